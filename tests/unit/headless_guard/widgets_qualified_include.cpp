// SPDX-License-Identifier: Apache-2.0
// Must NOT build: even through the module path, QtWidgets is not on a models/ link line.
#include <QtWidgets/QWidget>

int main()
{
    QWidget widget;
    return widget.isVisible() ? 1 : 0;
}
