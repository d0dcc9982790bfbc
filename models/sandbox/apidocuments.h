// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "handlerresult.h"

#include <QUrl>

/*!
 * The documents neutron-server answers about itself (Zed, with VPNaaS): the version list
 * (GET /), the core resource list (GET /v2.0/) and the extensions (GET /v2.0/extensions and
 * /v2.0/extensions/{alias}), with the names, descriptions and dates it reports. Hrefs are built
 * on \a baseUrl, the address the server believes it is reached at.
 */
namespace vpnaas::sandbox {

HandlerResult versionsDocument(const QUrl &baseUrl);
HandlerResult resourcesDocument(const QUrl &baseUrl);
/*! All extensions (\a wanted empty) or the one aliased \a wanted; \a extendedAlgorithms adds vpn-aes-ctr (2025.1). */
HandlerResult extensionsDocument(const QString &wanted, bool extendedAlgorithms);

} // namespace vpnaas::sandbox
