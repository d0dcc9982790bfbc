// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

/*!
 * Algorithm names: Neutron API values → the keywords each IPsec implementation understands.
 * Pure functions over the API spelling (a Choice's api()), so an unknown value from a newer
 * server still renders (unchanged, as the driver does) and lint can flag it.
 *
 * Sources: the name maps of neutron-vpnaas's device_drivers/ipsec.py (BaseSwanProcess.DIALECT_MAP)
 * and strongswan_ipsec.py, Zed (21.0.0) and master; Libreswan's ipsec.conf(5) for its names.
 */
namespace vpnaas {
struct ServerCapabilities;
}

namespace vpnaas::strongswan {

/*!
 * Which neutron-vpnaas release renders the own-side files. The strongSwan driver's name map
 * differs: Zed (21.0.0, Debian 12) writes sha384 → sha2_384 and knows only the Zed values;
 * master (2025.1 and later) adds CTR/CCM/GCM, xcbc/cmac and DH groups 15–31, and its template
 * has the AEAD branch (`esp=<enc>-<pfs>`).
 */
enum class Dialect { Zed, Master };

/*!
 * The release a server runs, as far as its extensions tell: master (2025.1 and later) with
 * vpn-aes-ctr, otherwise Zed.
 */
Dialect dialectFor(const ServerCapabilities &capabilities);

/*! "zed" / "master". */
QString dialectName(Dialect dialect);
/*! The dialect for "zed" or "master"; \a ok (if given) says whether the text was one of them. */
Dialect dialectFromName(QStringView name, bool *ok = nullptr);

/*!
 * What the Neutron strongSwan driver writes for an API value (encryption, auth, PFS group,
 * IKE version): DIALECT_MAP.get(value, value), so a value missing from the map passes through
 * unchanged (which strongSwan then refuses; see driverMaps()).
 */
QString driverName(const QString &apiValue, Dialect dialect);

/*! True when the dialect's map has \a apiValue, or it passes through as a valid keyword (sha1, 3des). */
bool driverMaps(const QString &apiValue, Dialect dialect);

/*!
 * The strongSwan proposal keyword for the modern and peer-side files (swanctl.conf, the
 * peer's ipsec.conf): the master names, which strongSwan 5.9 and later all accept. Unknown
 * values come back unchanged.
 */
QString strongSwanKeyword(const QString &apiValue);

/*! True for a CCM/GCM encryption keyword or API value (the proposal then carries no integrity). */
bool isAeadName(const QString &name);

/*!
 * The Libreswan keyword for an API value: aes128, sha2_256, modp1536, dh19, aes_gcm_c256,
 * aes_ctr128, aes_xcbc, ... Empty when Libreswan has no such algorithm (DH groups 22–30).
 */
QString libreswanName(const QString &apiValue);

} // namespace vpnaas::strongswan
