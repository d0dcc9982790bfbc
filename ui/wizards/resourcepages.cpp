// SPDX-License-Identifier: Apache-2.0
#include "resourcepages.h"

#include "connectionpages.h"
#include "endpointgrouppage.h"
#include "policypages.h"
#include "servicepage.h"

namespace vpnaas::ui {
namespace {

/*! The page class of each resource type. */
template<typename T>
struct PageOf;
template<>
struct PageOf<IkePolicy> {
    using type = IkePolicyPage;
};
template<>
struct PageOf<IpsecPolicy> {
    using type = IpsecPolicyPage;
};
template<>
struct PageOf<VpnService> {
    using type = VpnServicePage;
};
template<>
struct PageOf<EndpointGroup> {
    using type = EndpointGroupPage;
};
template<>
struct PageOf<IpsecSiteConnection> {
    using type = ConnectionPage;
};

} // namespace

QList<DraftPage *> createResourcePages(ResourceKind kind, Workspace *workspace, QWidget *parent)
{
    return withResource(kind, [&]<typename T>(ResourceType<T>) {
        auto *page = new typename PageOf<T>::type(workspace, parent);
        QList<DraftPage *> pages{page};
        if constexpr (std::is_same_v<T, IpsecSiteConnection>) {
            auto *options = new ConnectionOptionsPage(workspace, page, parent);
            page->setOptionsPage(options);
            pages.append(options);
        }
        return pages;
    });
}

} // namespace vpnaas::ui
