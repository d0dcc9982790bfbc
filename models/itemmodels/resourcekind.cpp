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

QString resourceTitleName(ResourceKind kind)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "IKE Policy"),
        QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "IPsec Policy"),
        QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "VPN Service"),
        QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "Endpoint Group"),
        QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "IPsec Site Connection"),
    };
    static_assert(std::size(names) == kAllResourceKinds.size());
    return QCoreApplication::translate("vpnaas::ResourceKindText", names[int(kind)]);
}

QString resourcePluralTitleName(ResourceKind kind)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "IKE Policies"),
        QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "IPsec Policies"),
        QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "VPN Services"),
        QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "Endpoint Groups"),
        QT_TRANSLATE_NOOP("vpnaas::ResourceKindText", "IPsec Site Connections"),
    };
    static_assert(std::size(names) == kAllResourceKinds.size());
    return QCoreApplication::translate("vpnaas::ResourceKindText", names[int(kind)]);
}

QString resourceNameInSentence(ResourceKind kind, bool plural)
{
    QString name = plural ? resourcePluralName(kind) : resourceSingularName(kind);
    // "Endpoint group" → "endpoint group"; "IKE policy", "IPsec policy" keep their acronym.
    if (name.size() > 1 && name[0].isUpper() && name[1].isLower())
        name[0] = name[0].toLower();
    return name;
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
