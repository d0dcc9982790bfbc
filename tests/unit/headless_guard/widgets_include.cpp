// SPDX-License-Identifier: Apache-2.0
// Must NOT compile: models/ targets do not have QtWidgets on their include path.
#include <QWidget>

int main()
{
    QWidget widget;
    return widget.isVisible() ? 1 : 0;
}
