// SPDX-License-Identifier: Apache-2.0
#include "resourcetraits.h"

namespace vpnaas {
namespace {

template<typename Read>
std::optional<ResourceKind> kindWhere(Read read, QStringView wanted)
{
    for (const ResourceKind kind : kAllResourceKinds) {
        if (withResource(kind, read) == wanted)
            return kind;
    }
    return std::nullopt;
}

} // namespace

QString resourceSlug(ResourceKind kind)
{
    return withResource(kind, []<typename T>(ResourceType<T>) { return ResourceTraits<T>::slug.toString(); });
}

std::optional<ResourceKind> resourceKindFromSlug(QStringView slug)
{
    return kindWhere([]<typename T>(ResourceType<T>) { return ResourceTraits<T>::slug; }, slug);
}

QString resourceWizardSlug(ResourceKind kind)
{
    return withResource(kind, []<typename T>(ResourceType<T>) { return ResourceTraits<T>::wizardSlug.toString(); });
}

std::optional<ResourceKind> resourceKindFromWizardSlug(QStringView slug)
{
    return kindWhere([]<typename T>(ResourceType<T>) { return ResourceTraits<T>::wizardSlug; }, slug);
}

QString resourceCliNoun(ResourceKind kind)
{
    return withResource(kind, []<typename T>(ResourceType<T>) { return ResourceTraits<T>::cliNoun.toString(); });
}

std::optional<ResourceKind> resourceKindFromCollection(QStringView urlSegment)
{
    return kindWhere([]<typename T>(ResourceType<T>) { return collectionSegment<T>(); }, urlSegment);
}

QString resourceNotFoundType(ResourceKind kind)
{
    return withResource(kind, []<typename T>(ResourceType<T>) { return ResourceTraits<T>::notFoundType.toString(); });
}

QString resourceNotFoundMessage(ResourceKind kind, const QString &id)
{
    return withResource(
        kind, [&id]<typename T>(ResourceType<T>) { return ResourceTraits<T>::notFoundMessage.toString().arg(id); });
}

} // namespace vpnaas
