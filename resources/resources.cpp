// SPDX-License-Identifier: Apache-2.0
#include "resources.h"

#include <QtCore/qglobal.h>

// Q_INIT_RESOURCE must be used outside of any namespace.
void vpnaasInitResources()
{
    Q_INIT_RESOURCE(vpnaas_syntax);
    Q_INIT_RESOURCE(vpnaas_samples);
}
