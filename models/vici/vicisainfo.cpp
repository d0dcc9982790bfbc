// SPDX-License-Identifier: Apache-2.0
#include "vicisainfo.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace vpnaas::vici {

namespace {

class SaInfoText
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::vici::SaInfo)
};

// Reads the typed fields of one section; remembers the first problem.
class Reader
{
public:
    Reader(const ViciMessage &section, QString context)
        : m_section(section)
        , m_context(std::move(context))
    {
    }

    QString text(const char *key) const { return QString::fromUtf8(m_section.value(key)); }
    bool flag(const char *key) const { return m_section.value(key) == "yes"; }
    QStringList list(const char *key) const
    {
        QStringList out;
        for (const auto &item : m_section.list(key))
            out << QString::fromUtf8(item);
        return out;
    }

    template<typename T>
    void number(const char *key, T *out)
    {
        const QByteArray raw = m_section.value(key);
        if (raw.isNull())
            return;
        bool ok = false;
        if constexpr (std::is_signed_v<T>) {
            const qlonglong v = raw.toLongLong(&ok);
            ok = ok && v >= qlonglong(std::numeric_limits<T>::min()) && v <= qlonglong(std::numeric_limits<T>::max());
            if (ok)
                *out = T(v);
        } else {
            const qulonglong v = raw.toULongLong(&ok);
            ok = ok && !raw.startsWith('-') && v <= qulonglong(std::numeric_limits<T>::max());
            if (ok)
                *out = T(v);
        }
        if (!ok && m_error.isEmpty())
            m_error = SaInfoText::tr("%1: %2 \"%3\" is not a number")
                          .arg(m_context, QLatin1StringView(key), QString::fromUtf8(raw.left(40)));
    }

    const QString &error() const { return m_error; }

private:
    const ViciMessage &m_section;
    QString m_context;
    QString m_error;
};

bool report(const QString &problem, QString *error)
{
    if (problem.isEmpty())
        return true;
    if (error)
        *error = problem;
    return false;
}

} // namespace

const ChildSaInfo *SaInfo::installedChild(const QString &childName) const
{
    const ChildSaInfo *best = nullptr;
    for (const auto &child : children) {
        if (child.name == childName && child.state == u"INSTALLED"_s && (!best || child.uniqueId > best->uniqueId))
            best = &child;
    }
    return best;
}

std::optional<ChildSaInfo> parseChildSa(const QByteArray &key, const ViciMessage &section, QString *error)
{
    Reader r(section, SaInfoText::tr("CHILD_SA %1").arg(QString::fromUtf8(key)));
    ChildSaInfo child;
    child.key = QString::fromUtf8(key);
    child.name = r.text("name");
    if (child.name.isEmpty())
        child.name = child.key;
    r.number("uniqueid", &child.uniqueId);
    r.number("reqid", &child.reqId);
    child.state = r.text("state");
    child.mode = r.text("mode");
    child.protocol = r.text("protocol");
    child.encap = r.flag("encap");
    child.spiIn = r.text("spi-in");
    child.spiOut = r.text("spi-out");
    child.encrAlg = r.text("encr-alg");
    r.number("encr-keysize", &child.encrKeySize);
    child.integAlg = r.text("integ-alg");
    child.dhGroup = r.text("dh-group");
    r.number("bytes-in", &child.bytesIn);
    r.number("bytes-out", &child.bytesOut);
    r.number("packets-in", &child.packetsIn);
    r.number("packets-out", &child.packetsOut);
    r.number("install-time", &child.installTime);
    r.number("rekey-time", &child.rekeyTime);
    r.number("life-time", &child.lifeTime);
    child.localTs = r.list("local-ts");
    child.remoteTs = r.list("remote-ts");
    if (!report(r.error(), error))
        return std::nullopt;
    return child;
}

std::optional<SaInfo> parseIkeSa(const QByteArray &name, const ViciMessage &section, QString *error)
{
    Reader r(section, SaInfoText::tr("IKE_SA %1").arg(QString::fromUtf8(name)));
    SaInfo sa;
    sa.name = QString::fromUtf8(name);
    r.number("uniqueid", &sa.uniqueId);
    r.number("version", &sa.version);
    sa.state = r.text("state");
    sa.localHost = r.text("local-host");
    r.number("local-port", &sa.localPort);
    sa.localId = r.text("local-id");
    sa.remoteHost = r.text("remote-host");
    r.number("remote-port", &sa.remotePort);
    sa.remoteId = r.text("remote-id");
    sa.initiator = r.flag("initiator");
    sa.encrAlg = r.text("encr-alg");
    r.number("encr-keysize", &sa.encrKeySize);
    sa.integAlg = r.text("integ-alg");
    sa.prfAlg = r.text("prf-alg");
    sa.dhGroup = r.text("dh-group");
    r.number("established", &sa.established);
    r.number("rekey-time", &sa.rekeyTime);
    r.number("reauth-time", &sa.reauthTime);
    if (!report(r.error(), error))
        return std::nullopt;
    if (const ViciMessage *children = section.section("child-sas")) {
        for (const auto &entry : children->entries()) {
            if (entry.kind != ViciMessage::Kind::Section)
                continue;
            auto child = parseChildSa(entry.name, entry.section, error);
            if (!child)
                return std::nullopt;
            sa.children << *child;
        }
    }
    return sa;
}

std::optional<QList<SaInfo>> parseSas(const ViciMessage &message, QString *error)
{
    QList<SaInfo> sas;
    for (const auto &entry : message.entries()) {
        if (entry.kind != ViciMessage::Kind::Section)
            continue;
        auto sa = parseIkeSa(entry.name, entry.section, error);
        if (!sa)
            return std::nullopt;
        sas << *sa;
    }
    return sas;
}

std::optional<UpDownInfo> parseUpDown(const ViciMessage &message, QString *error)
{
    auto sas = parseSas(message, error);
    if (!sas)
        return std::nullopt;
    return UpDownInfo{message.value("up") == "yes", *sas};
}

std::optional<QList<ChildRekeyInfo>> parseChildRekey(const ViciMessage &message, QString *error)
{
    QList<ChildRekeyInfo> out;
    for (const auto &ike : message.entries()) {
        if (ike.kind != ViciMessage::Kind::Section)
            continue;
        const ViciMessage *children = ike.section.section("child-sas");
        if (!children)
            continue;
        for (const auto &child : children->entries()) {
            if (child.kind != ViciMessage::Kind::Section)
                continue;
            const ViciMessage *oldSection = child.section.section("old");
            const ViciMessage *newSection = child.section.section("new");
            if (!oldSection || !newSection) {
                if (error)
                    *error
                        = SaInfoText::tr("child-rekey %1: no old and new sections").arg(QString::fromUtf8(child.name));
                return std::nullopt;
            }
            auto oldSa = parseChildSa(child.name, *oldSection, error);
            auto newSa = parseChildSa(child.name, *newSection, error);
            if (!oldSa || !newSa)
                return std::nullopt;
            ChildRekeyInfo info;
            info.ikeName = QString::fromUtf8(ike.name);
            info.ikeUniqueId = QString::fromUtf8(ike.section.value("uniqueid")).toUInt();
            info.oldSa = *oldSa;
            info.newSa = *newSa;
            out << info;
        }
    }
    return out;
}

} // namespace vpnaas::vici
