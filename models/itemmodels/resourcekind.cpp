// SPDX-License-Identifier: Apache-2.0
#include "resourcekind.h"

#include <QCoreApplication>

namespace vpnaas {

// The names are QT_TRANSLATE_NOOP()s in ResourceTraits, in this context.
QString resourcePluralName(ResourceKind kind)
{
    return withResource(kind, []<typename T>(ResourceType<T>) {
        return QCoreApplication::translate("vpnaas::ResourceKindText", ResourceTraits<T>::displayPluralName);
    });
}

QString resourceSingularName(ResourceKind kind)
{
    return withResource(kind, []<typename T>(ResourceType<T>) {
        return QCoreApplication::translate("vpnaas::ResourceKindText", ResourceTraits<T>::displayName);
    });
}

qsizetype resourceCount(ResourceKind kind, const ServerState &state)
{
    return withResource(kind, [&state]<typename T>(ResourceType<T>) { return state.items<T>().size(); });
}

QString resourceDisplayName(ResourceKind kind, const QString &id, const ServerState &state)
{
    return withResource(kind, [&]<typename T>(ResourceType<T>) {
        const T *item = state.find<T>(id);
        return !item ? QString() : item->name.isEmpty() ? item->id : item->name;
    });
}

} // namespace vpnaas
