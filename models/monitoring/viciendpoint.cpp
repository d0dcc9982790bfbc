// SPDX-License-Identifier: Apache-2.0
#include "viciendpoint.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace vpnaas::monitoring {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::monitoring::ViciEndpoint)
};

// sun_path holds 108 bytes including the terminating NUL.
constexpr qsizetype MaxUnixPath = 107;

const QString UnixScheme = u"unix://"_s;
const QString TcpScheme = u"tcp://"_s;

/*! User input quoted back in a message, cut short so that a pasted file does not fill the dialog. */
QString quoted(const QString &text)
{
    constexpr qsizetype Max = 60;
    return text.size() <= Max ? text : text.left(Max) + u'\u2026';
}

QString typeText(const QVariant &value)
{
    return value.isValid() ? QString::fromLatin1(value.typeName()) : Text::tr("nothing");
}

bool isHostName(const QString &host)
{
    static const QRegularExpression name(
        uR"(^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$)"_s);
    return host.size() <= 253 && name.match(host).hasMatch();
}

QString unixProblem(const QString &uri)
{
    const QString path = uri.mid(UnixScheme.size());
    if (path.isEmpty())
        return Text::tr("The socket path is missing: write unix:///path/to/charon.vici.");
    if (!path.startsWith(u'/'))
        return Text::tr("The socket path must be absolute: write three slashes, as in unix:///%1.").arg(quoted(path));
    if (path.endsWith(u'/'))
        return Text::tr("\"%1\" names a directory, not the VICI socket in it (such as %1charon.vici).")
            .arg(quoted(path));
    if (path.contains(QChar(0)))
        return Text::tr("The socket path contains a NUL character.");
    const qsizetype bytes = path.toLocal8Bit().size();
    if (bytes > MaxUnixPath)
        return Text::tr("The socket path is %1 bytes long; a UNIX socket path can have at most %2.")
            .arg(bytes)
            .arg(MaxUnixPath);
    return {};
}

QString tcpProblem(const QString &uri)
{
    const QString rest = uri.mid(TcpScheme.size());
    QString host;
    QString portText;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return Text::tr("The IPv6 address has no closing bracket: write tcp://[2001:db8::1]:4502.");
        host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.startsWith(u':'))
            return Text::tr("The port is missing: write tcp://[%1]:4502.").arg(quoted(host));
        portText = after.mid(1);
        const QHostAddress address(host);
        if (address.isNull() || address.protocol() != QAbstractSocket::IPv6Protocol)
            return Text::tr("\"%1\" in brackets is not an IPv6 address.").arg(quoted(host));
    } else {
        const qsizetype colon = rest.lastIndexOf(u':');
        if (colon < 0)
            return Text::tr("The port is missing: write tcp://%1:4502 (the port of charon's VICI TCP listener).")
                .arg(quoted(rest.isEmpty() ? u"host"_s : rest));
        host = rest.left(colon);
        portText = rest.mid(colon + 1);
        if (host.contains(u':'))
            return Text::tr("Put an IPv6 address in brackets: tcp://[%1]:%2.").arg(quoted(host), quoted(portText));
        if (host.isEmpty())
            return Text::tr("The host is missing: write tcp://host:port.");
        if (!isHostName(host))
            return Text::tr("\"%1\" is neither an IP address nor a host name.").arg(quoted(host));
    }
    static const QRegularExpression digits(u"^[0-9]{1,5}$"_s);
    if (portText.isEmpty())
        return Text::tr("The port is missing: write tcp://host:4502.");
    if (!digits.match(portText).hasMatch())
        return Text::tr("The port \"%1\" is not a number (there may be nothing after it).").arg(quoted(portText));
    const int port = portText.toInt();
    if (port < 1 || port > 65535)
        return Text::tr("The port %1 is out of range: use 1 to 65535.").arg(portText);
    return {};
}

QString targetProblem(const ViciEndpoint &endpoint)
{
    if (!endpoint.targetId.trimmed().isEmpty())
        return {};
    return endpoint.scope == ViciEndpoint::Scope::VpnService
        ? Text::tr("Choose the VPN service whose network node this charon runs on.")
        : Text::tr("Choose the connection whose peer gateway this charon runs on.");
}

} // namespace

QString viciUriProblem(const QString &uri)
{
    if (uri.isEmpty())
        return Text::tr("Enter the VICI socket: unix:///path/to/charon.vici or tcp://host:port.");
    if (uri.trimmed() != uri || uri.contains(u' '))
        return Text::tr("The address contains spaces.");
    if (uri.startsWith(UnixScheme))
        return unixProblem(uri);
    if (uri.startsWith(TcpScheme))
        return tcpProblem(uri);
    if (uri.startsWith(u'/'))
        return Text::tr("Write the socket path as a URI: unix://%1.").arg(quoted(uri));
    return Text::tr("\"%1\" is not a VICI address: use unix:///path/to/charon.vici or tcp://host:port.")
        .arg(quoted(uri));
}

QStringList validateViciEndpoint(const ViciEndpoint &endpoint)
{
    QStringList problems;
    if (const QString problem = viciUriProblem(endpoint.uri); !problem.isEmpty())
        problems.append(problem);
    if (const QString problem = targetProblem(endpoint); !problem.isEmpty())
        problems.append(problem);
    return problems;
}

QString ViciEndpoint::scopeName(Scope scope)
{
    return scope == Scope::VpnService ? u"vpn-service"_s : u"peer-gateway"_s;
}

std::optional<ViciEndpoint::Scope> ViciEndpoint::scopeFromName(const QString &name)
{
    if (name == u"vpn-service")
        return Scope::VpnService;
    if (name == u"peer-gateway")
        return Scope::PeerGateway;
    return std::nullopt;
}

QString ViciEndpoint::scopeTitle(Scope scope)
{
    return scope == Scope::VpnService ? Text::tr("VPN service") : Text::tr("peer gateway");
}

QVariantMap ViciEndpoint::toVariant() const
{
    return {{u"uri"_s, uri}, {u"scope"_s, scopeName(scope)}, {u"target"_s, targetId}, {u"label"_s, label}};
}

std::optional<ViciEndpoint> ViciEndpoint::fromVariant(const QVariant &value, QString *reason)
{
    const auto fail = [reason](const QString &text) -> std::optional<ViciEndpoint> {
        if (reason)
            *reason = text;
        return std::nullopt;
    };
    if (value.typeId() != QMetaType::QVariantMap && value.typeId() != QMetaType::QVariantHash)
        return fail(Text::tr("not a VICI endpoint entry (%1)").arg(typeText(value)));
    const QVariantMap map = value.typeId() == QMetaType::QVariantMap ? value.toMap() : [&value] {
        QVariantMap out;
        const QVariantHash hash = value.toHash();
        for (auto it = hash.cbegin(); it != hash.cend(); ++it)
            out.insert(it.key(), it.value());
        return out;
    }();
    const auto text = [&map](const QString &key) {
        const QVariant v = map.value(key);
        return v.typeId() == QMetaType::QString ? v.toString() : QString();
    };
    ViciEndpoint endpoint;
    endpoint.uri = text(u"uri"_s);
    endpoint.targetId = text(u"target"_s);
    endpoint.label = text(u"label"_s);
    const QString scopeText = text(u"scope"_s);
    const auto scope = scopeFromName(scopeText);
    if (!scope) {
        return fail(
            scopeText.isEmpty()
                ? Text::tr("%1: the entry does not say what the endpoint is attached to").arg(quoted(endpoint.uri))
                : Text::tr("%1: unknown attachment \"%2\"").arg(quoted(endpoint.uri), quoted(scopeText)));
    }
    endpoint.scope = *scope;
    const QStringList problems = validateViciEndpoint(endpoint);
    if (!problems.isEmpty())
        return fail(u"%1: %2"_s.arg(endpoint.uri.isEmpty() ? Text::tr("(no address)") : quoted(endpoint.uri),
                                    problems.join(u' ')));
    return endpoint;
}

QVariantList ViciEndpoint::toVariantList(const QList<ViciEndpoint> &endpoints)
{
    QVariantList list;
    list.reserve(endpoints.size());
    for (const ViciEndpoint &endpoint : endpoints)
        list.append(endpoint.toVariant());
    return list;
}

QList<ViciEndpoint> ViciEndpoint::fromVariantList(const QVariant &value, QStringList *skipped)
{
    QList<ViciEndpoint> endpoints;
    if (!value.isValid())
        return endpoints;
    if (value.typeId() != QMetaType::QVariantList) {
        if (skipped)
            skipped->append(
                Text::tr("The stored VICI endpoints are not a list (%1); none were read.").arg(typeText(value)));
        return endpoints;
    }
    const QVariantList list = value.toList();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString reason;
        const auto endpoint = fromVariant(list.at(i), &reason);
        if (!endpoint) {
            if (skipped)
                skipped->append(Text::tr("VICI endpoint %1 skipped: %2").arg(i + 1).arg(reason));
            continue;
        }
        if (endpoints.contains(*endpoint)) {
            if (skipped)
                skipped->append(Text::tr("VICI endpoint %1 skipped: the same as an earlier one (%2)")
                                    .arg(i + 1)
                                    .arg(quoted(endpoint->uri)));
            continue;
        }
        endpoints.append(*endpoint);
    }
    return endpoints;
}

} // namespace vpnaas::monitoring
