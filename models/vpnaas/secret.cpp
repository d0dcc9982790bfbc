// SPDX-License-Identifier: Apache-2.0
#include "secret.h"

#include <QDebug>

namespace vpnaas {

QDebug operator<<(QDebug debug, const Secret &secret)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Secret(" << (secret.isEmpty() ? "empty" : "set") << ')';
    return debug;
}

} // namespace vpnaas
