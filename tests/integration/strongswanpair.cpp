// SPDX-License-Identifier: Apache-2.0
#include "strongswanpair.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace integration {

bool writeConfigFile(const QString &path, const QString &text, bool secret, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = u"cannot create the directory of %1"_s.arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    if (secret && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = u"cannot make %1 0600"_s.arg(path);
        return false;
    }
    return true;
}

namespace {

// One section of the list-sas tree: its key/values, lists and subsections in order.
struct Section {
    QHash<QString, QString> values;
    QHash<QString, QStringList> lists;
    QList<std::pair<QString, Section>> sections;

    QString value(const QString &key) const { return values.value(key); }
    qint64 number(const QString &key, qint64 absent = 0) const
    {
        bool ok = false;
        const qint64 n = values.value(key).toLongLong(&ok);
        return ok ? n : absent;
    }
    const Section *section(const QString &name) const
    {
        for (const auto &[key, sub] : sections) {
            if (key == name)
                return &sub;
        }
        return nullptr;
    }
};

ChildSa toChild(const QString &key, const Section &s)
{
    ChildSa c;
    c.key = key;
    c.name = s.value(u"name"_s);
    c.uniqueId = quint32(s.number(u"uniqueid"_s));
    c.state = s.value(u"state"_s);
    c.mode = s.value(u"mode"_s);
    c.protocol = s.value(u"protocol"_s);
    c.encap = s.value(u"encap"_s) == u"yes";
    c.encrAlg = s.value(u"encr-alg"_s);
    c.encrKeySize = int(s.number(u"encr-keysize"_s));
    c.integAlg = s.value(u"integ-alg"_s);
    c.dhGroup = s.value(u"dh-group"_s);
    c.esn = s.values.contains(u"esn"_s);
    c.bytesIn = quint64(s.number(u"bytes-in"_s));
    c.packetsIn = quint64(s.number(u"packets-in"_s));
    c.bytesOut = quint64(s.number(u"bytes-out"_s));
    c.packetsOut = quint64(s.number(u"packets-out"_s));
    c.rekeyTime = s.number(u"rekey-time"_s, -1);
    c.lifeTime = s.number(u"life-time"_s, -1);
    c.localTs = s.lists.value(u"local-ts"_s);
    c.remoteTs = s.lists.value(u"remote-ts"_s);
    return c;
}

IkeSa toIke(const QString &name, const Section &s)
{
    IkeSa ike;
    ike.name = name;
    ike.uniqueId = quint32(s.number(u"uniqueid"_s));
    ike.version = int(s.number(u"version"_s));
    ike.state = s.value(u"state"_s);
    ike.localHost = s.value(u"local-host"_s);
    ike.remoteHost = s.value(u"remote-host"_s);
    ike.localPort = int(s.number(u"local-port"_s));
    ike.remotePort = int(s.number(u"remote-port"_s));
    ike.localId = s.value(u"local-id"_s);
    ike.remoteId = s.value(u"remote-id"_s);
    ike.initiator = s.value(u"initiator"_s) == u"yes";
    ike.encrAlg = s.value(u"encr-alg"_s);
    ike.encrKeySize = int(s.number(u"encr-keysize"_s));
    ike.integAlg = s.value(u"integ-alg"_s);
    ike.prfAlg = s.value(u"prf-alg"_s);
    ike.dhGroup = s.value(u"dh-group"_s);
    ike.rekeyTime = s.number(u"rekey-time"_s, -1);
    ike.reauthTime = s.number(u"reauth-time"_s, -1);
    if (const Section *children = s.section(u"child-sas"_s)) {
        for (const auto &[key, child] : children->sections)
            ike.children.append(toChild(key, child));
    }
    return ike;
}

// "AES_CBC-128" or "AES_GCM_16-256": the cipher with its key size, when it has one.
QString cipher(const QString &alg, int keySize)
{
    return keySize > 0 ? alg + u'-' + QString::number(keySize) : alg;
}

} // namespace

QString ChildSa::proposal() const
{
    QStringList parts;
    if (!encrAlg.isEmpty())
        parts << cipher(encrAlg, encrKeySize);
    if (!integAlg.isEmpty())
        parts << integAlg;
    if (!dhGroup.isEmpty())
        parts << dhGroup;
    if (esn)
        parts << u"ESN"_s;
    return protocol + u':' + parts.join(u'/');
}

QString IkeSa::proposal() const
{
    QStringList parts{cipher(encrAlg, encrKeySize)};
    if (!integAlg.isEmpty())
        parts << integAlg;
    parts << prfAlg << dhGroup;
    return parts.join(u'/');
}

const ChildSa *IkeSa::installedChild(const QString &childName) const
{
    const ChildSa *best = nullptr;
    for (const ChildSa &c : children) {
        if (c.name == childName && c.state == u"INSTALLED" && (!best || c.uniqueId > best->uniqueId))
            best = &c;
    }
    return best;
}

std::optional<QList<IkeSa>> parseListSas(const QByteArray &pretty, QString *error)
{
    const auto fail = [&](int lineNo, const QString &why) -> std::optional<QList<IkeSa>> {
        if (error)
            *error = u"list-sas output, line %1: %2"_s.arg(lineNo).arg(why);
        return std::nullopt;
    };
    // A stack of open sections; the bottom one collects the top-level "list-sa event"s.
    QList<Section> stack{Section{}};
    QStringList names{QString()};
    QString listKey; // inside "key = [" ... "]"
    QStringList listItems;
    const QList<QByteArray> lines = pretty.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        const int lineNo = i + 1;
        if (line.isEmpty())
            continue;
        if (!listKey.isEmpty()) {
            if (line == u"]") {
                stack.last().lists.insert(listKey, listItems);
                listKey.clear();
                listItems.clear();
            } else {
                listItems << line;
            }
        } else if (line == u"}") {
            if (stack.size() < 2)
                return fail(lineNo, u"unbalanced '}'"_s);
            const Section closed = stack.takeLast();
            stack.last().sections.append({names.takeLast(), closed});
        } else if (line.endsWith(u" {")) {
            stack.append(Section{});
            names.append(line.chopped(2));
        } else if (line.endsWith(u" = [")) {
            listKey = line.chopped(4);
        } else if (const qsizetype eq = line.indexOf(u" = "); eq > 0) {
            stack.last().values.insert(line.left(eq), line.mid(eq + 3));
        } else {
            return fail(lineNo, u"unexpected '%1'"_s.arg(line));
        }
    }
    if (stack.size() != 1 || !listKey.isEmpty())
        return fail(int(lines.size()), u"unterminated section or list"_s);

    QList<IkeSa> result;
    for (const auto &[name, section] : stack.first().sections) {
        if (name == u"list-sas reply")
            continue;
        if (name != u"list-sa event")
            return fail(0, u"unexpected top-level section '%1'"_s.arg(name));
        for (const auto &[ikeName, ike] : section.sections)
            result.append(toIke(ikeName, ike));
    }
    return result;
}

StrongSwanPair::StrongSwanPair()
{
    m_tool = qEnvironmentVariable("SWAN_SIDE");
    QStringList missing;
    for (const char *name : {"SWAN_SIDE", "SWAN_DIR", "SWAN_LEFT_NS", "SWAN_RIGHT_NS", "SWAN_LEFT_IP", "SWAN_RIGHT_IP",
                             "SWAN_LEFT_HOST", "SWAN_RIGHT_HOST", "SWAN_LEFT_CONF", "SWAN_RIGHT_CONF"}) {
        if (qEnvironmentVariableIsEmpty(name))
            missing << QString::fromLatin1(name);
    }
    m_valid = missing.isEmpty();
    if (!m_valid)
        m_error = u"%1 not set: run through tests/integration/run-with-strongswan"_s.arg(missing.join(u", "_s));
}

StrongSwanPair::~StrongSwanPair()
{
    if (m_valid)
        stopAll();
}

QString StrongSwanPair::sideName(Side side)
{
    return side == Side::Left ? u"left"_s : u"right"_s;
}

QString StrongSwanPair::env(Side side, const char *suffix) const
{
    const QByteArray name = (side == Side::Left ? "SWAN_LEFT_" : "SWAN_RIGHT_") + QByteArray(suffix);
    return qEnvironmentVariable(name.constData());
}

QString StrongSwanPair::address(Side side) const
{
    return env(side, "IP");
}
QString StrongSwanPair::address6(Side side) const
{
    return env(side, "IP6");
}
QString StrongSwanPair::host(Side side) const
{
    return env(side, "HOST");
}
QString StrongSwanPair::host6(Side side) const
{
    return env(side, "HOST6");
}
QString StrongSwanPair::subnet(Side side) const
{
    return env(side, "SUBNET");
}
QString StrongSwanPair::subnet6(Side side) const
{
    return env(side, "SUBNET6");
}
QString StrongSwanPair::networkNamespace(Side side) const
{
    return env(side, "NS");
}
QString StrongSwanPair::configDir(Side side) const
{
    return env(side, "CONF");
}
QString StrongSwanPair::viciUri(Side side) const
{
    return env(side, "VICI");
}

bool StrongSwanPair::run(const QString &side, const QStringList &args, QByteArray *output, int timeoutMs)
{
    if (!m_valid)
        return false;
    QProcess process;
    process.setProcessChannelMode(output ? QProcess::SeparateChannels : QProcess::MergedChannels);
    process.start(m_tool, QStringList{side} + args);
    const QString command = u"strongswan-side %1 %2"_s.arg(side, args.join(u' '));
    if (!process.waitForStarted(10000)) {
        m_error = u"%1: cannot start %2: %3"_s.arg(command, m_tool, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        m_error = u"%1: no answer within %2 s"_s.arg(command).arg(timeoutMs / 1000);
        return false;
    }
    const QByteArray out = process.readAllStandardOutput();
    if (output)
        *output = out;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QByteArray err = output ? process.readAllStandardError() : out;
        m_error = u"%1 failed (exit %2):\n%3"_s.arg(command).arg(process.exitCode()).arg(QString::fromUtf8(err));
        return false;
    }
    return true;
}

bool StrongSwanPair::startSwanctl(Side side, const QString &dir)
{
    return run(sideName(side), {u"start-swanctl"_s, dir});
}

bool StrongSwanPair::startIpsecConf(Side side, const QString &dir)
{
    return run(sideName(side), {u"start-ipsec"_s, dir});
}

bool StrongSwanPair::initiate(Side side, const QString &name)
{
    return run(sideName(side), {u"initiate"_s, name});
}

std::optional<QList<IkeSa>> StrongSwanPair::listSas(Side side)
{
    QByteArray out;
    if (!run(sideName(side), {u"swanctl"_s, u"--list-sas"_s, u"--pretty"_s}, &out))
        return std::nullopt;
    return parseListSas(out, &m_error);
}

std::optional<IkeSa> StrongSwanPair::waitForInstalled(Side side, const QString &child, int timeoutMs, quint32 newerThan)
{
    std::optional<IkeSa> found;
    QString lastSeen = u"(nothing listed)"_s;
    const bool ok = QTest::qWaitFor(
        [&] {
            const auto sas = listSas(side);
            if (!sas)
                return true; // the daemon is gone or answers garbage: no point in waiting
            QStringList seen;
            for (const IkeSa &ike : *sas) {
                seen << u"IKE_SA %1 %2"_s.arg(ike.name, ike.state);
                for (const ChildSa &c : ike.children)
                    seen << u"CHILD_SA %1 #%2 %3"_s.arg(c.name).arg(c.uniqueId).arg(c.state);
                const ChildSa *c = ike.installedChild(child);
                if (c && c->uniqueId > newerThan) {
                    found = ike;
                    return true;
                }
            }
            if (!seen.isEmpty())
                lastSeen = seen.join(u"; "_s);
            return false;
        },
        timeoutMs);
    if (found)
        return found;
    if (ok) // listSas() failed and set m_error
        return std::nullopt;
    m_error = u"CHILD_SA %1 not INSTALLED on the %2 side within %3 ms; last seen: %4\n%5"_s.arg(child, sideName(side))
                  .arg(timeoutMs)
                  .arg(lastSeen, logTail(side, 25));
    return std::nullopt;
}

bool StrongSwanPair::ping(Side side, const QString &from, const QString &to, int count)
{
    QByteArray out;
    const bool ok = run(sideName(side), {u"ping"_s, from, to, QString::number(count)}, &out);
    // "3 packets transmitted, 3 received, 0% packet loss, time 201ms"
    static const QRegularExpression summary(u"(\\d+) packets transmitted, (\\d+) received"_s);
    const auto match = summary.match(QString::fromUtf8(out));
    if (ok && match.hasMatch() && match.captured(1).toInt() == count && match.captured(2).toInt() == count)
        return true;
    if (ok)
        m_error = u"ping %1 -> %2 in %3: expected %4 answered echoes:\n%5"_s.arg(from, to, sideName(side))
                      .arg(count)
                      .arg(QString::fromUtf8(out));
    else
        m_error += u"\n"_s + QString::fromUtf8(out);
    return false;
}

bool StrongSwanPair::swanctl(Side side, const QStringList &args)
{
    return run(sideName(side), QStringList{u"swanctl"_s} + args);
}

bool StrongSwanPair::stop(Side side)
{
    return run(sideName(side), {u"stop"_s});
}

bool StrongSwanPair::stopAll()
{
    return run(u"both"_s, {u"stop"_s});
}

QString StrongSwanPair::logTail(Side side, int lines)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_tool, {sideName(side), u"log"_s, QString::number(lines)});
    if (!process.waitForFinished(10000))
        return u"(no log of the %1 side)"_s.arg(sideName(side));
    return u"----- charon log of the %1 side -----\n"_s.arg(sideName(side)) + QString::fromUtf8(process.readAll());
}

} // namespace integration
