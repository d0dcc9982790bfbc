// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace integration {

/*!
 * Writes \a text to \a path (creating its directory), mode 0600 when \a secret; false with
 * \a error set when it cannot. For the config files tests hand to the daemons.
 */
bool writeConfigFile(const QString &path, const QString &text, bool secret, QString *error);

/*! One CHILD_SA as `swanctl --list-sas` reports it (VICI list-sa keys; absent numbers are 0/-1). */
struct ChildSa {
    QString key; //!< "<name>-<uniqueid>", the section name in list-sas
    QString name;
    quint32 uniqueId = 0;
    QString state; //!< INSTALLED, REKEYED, DELETED, ...
    QString mode; //!< TUNNEL, TRANSPORT
    QString protocol; //!< ESP, AH
    bool encap = false; //!< UDP encapsulation (always with kernel-libipsec)
    QString encrAlg;
    int encrKeySize = 0;
    QString integAlg;
    QString dhGroup; //!< PFS group; only for CHILD_SAs that did a key exchange of their own
    bool esn = false;
    quint64 bytesIn = 0;
    quint64 packetsIn = 0;
    quint64 bytesOut = 0;
    quint64 packetsOut = 0;
    qint64 rekeyTime = -1; //!< seconds until rekeying
    qint64 lifeTime = -1; //!< seconds until expiry
    QStringList localTs;
    QStringList remoteTs;

    /*! The proposal as swanctl prints it, e.g. "ESP:AES_CBC-128/HMAC_SHA1_96/MODP_1536". */
    QString proposal() const;

    bool operator==(const ChildSa &) const = default;
};

/*! One IKE_SA with its CHILD_SAs. */
struct IkeSa {
    QString name;
    quint32 uniqueId = 0;
    int version = 0; //!< 1 or 2
    QString state; //!< ESTABLISHED, CONNECTING, ...
    QString localHost;
    QString remoteHost;
    int localPort = 0;
    int remotePort = 0;
    QString localId;
    QString remoteId;
    bool initiator = false;
    QString encrAlg;
    int encrKeySize = 0;
    QString integAlg;
    QString prfAlg;
    QString dhGroup;
    qint64 rekeyTime = -1; //!< IKEv2 rekeying
    qint64 reauthTime = -1; //!< IKEv1 (and IKEv2 reauth) re-authentication
    QList<ChildSa> children;

    /*! The proposal as swanctl prints it, e.g. "AES_CBC-128/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1536". */
    QString proposal() const;
    /*! The INSTALLED CHILD_SA \a name with the highest unique id, or nullptr. */
    const ChildSa *installedChild(const QString &name) const;

    bool operator==(const IkeSa &) const = default;
};

/*!
 * Parses `swanctl --list-sas --pretty`: one IkeSa per `list-sa event`. Lines are
 * `key = value`, `name {`, `}`, `key = [`, list items and `]`, so values may hold spaces
 * (distinguished-name ids). std::nullopt with \a error set on anything else.
 */
std::optional<QList<IkeSa>> parseListSas(const QByteArray &pretty, QString *error = nullptr);

/*!
 * Real strongSwan daemons on both sides of tests/integration/run-with-strongswan, driven
 * through its strongswan-side helper: start a side from a swanctl.conf dir or, the way
 * Neutron's StrongSwan driver does, from ipsec.conf + ipsec.secrets (+ strongswan.conf);
 * initiate; wait for the CHILD_SA; ping across; read the SAs back.
 *
 * Plain value type, no QObject. Every call blocks until the helper is done (bounded by its
 * own deadlines). Calls return false / std::nullopt on failure and errorString() then says
 * why, with the helper's output (including a tail of the daemon's log). The destructor stops
 * whatever still runs.
 */
class StrongSwanPair
{
public:
    enum class Side { Left, Right };

    StrongSwanPair();
    ~StrongSwanPair();
    StrongSwanPair(const StrongSwanPair &) = delete;
    StrongSwanPair &operator=(const StrongSwanPair &) = delete;

    /*! Whether the harness environment is there (else errorString() names what is missing). */
    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }

    static QString sideName(Side side);
    static Side other(Side side) { return side == Side::Left ? Side::Right : Side::Left; }

    // The harness's addresses: the public link, the inner host and its subnet, per family.
    QString address(Side side) const; //!< 192.0.2.1 / 192.0.2.2
    QString address6(Side side) const; //!< 2001:db8::1 / 2001:db8::2
    QString host(Side side) const; //!< 10.1.0.1 / 10.2.0.1
    QString host6(Side side) const;
    QString subnet(Side side) const; //!< 10.1.0.0/24 / 10.2.0.0/24
    QString subnet6(Side side) const;
    QString networkNamespace(Side side) const;
    /*! An empty scratch dir per side for configs a test writes (rendered ones, say). */
    QString configDir(Side side) const;
    /*! The side's VICI socket ("unix://..."), answering while its charon runs. */
    QString viciUri(Side side) const;

    /*! charon + `swanctl --load-all` of \a dir/swanctl.conf. */
    bool startSwanctl(Side side, const QString &dir);
    /*! `ipsec start` with \a dir/ipsec.conf, ipsec.secrets and (if there) strongswan.conf. */
    bool startIpsecConf(Side side, const QString &dir);
    /*!
     * Brings CHILD_SA (swanctl) or conn (ipsec.conf) \a name up from \a side. swanctl mode
     * waits for the exchange and fails with charon's log when it fails; ipsec.conf mode
     * returns at once like `ipsec stroke up-nb`: use waitForInstalled().
     */
    bool initiate(Side side, const QString &name);
    /*!
     * Polls list-sas (QTRY-style, no fixed sleep) until an IKE_SA holds an INSTALLED
     * CHILD_SA \a child with a unique id above \a newerThan; that IKE_SA.
     */
    std::optional<IkeSa> waitForInstalled(Side side, const QString &child, int timeoutMs = 20000,
                                          quint32 newerThan = 0);
    /*! \a count echo requests \a from -> \a to inside \a side; true when all were answered. */
    bool ping(Side side, const QString &from, const QString &to, int count = 3);
    std::optional<QList<IkeSa>> listSas(Side side);
    /*! `swanctl ARGS` against the side's charon (e.g. --rekey --child NAME). */
    bool swanctl(Side side, const QStringList &args);
    bool stop(Side side);
    bool stopAll();
    /*! The last \a lines lines of the side's current charon log (for failure messages). */
    QString logTail(Side side, int lines = 40);

private:
    bool run(const QString &side, const QStringList &args, QByteArray *output = nullptr, int timeoutMs = 60000);
    QString env(Side side, const char *suffix) const;

    bool m_valid = false;
    QString m_error;
    QString m_tool;
};

} // namespace integration
