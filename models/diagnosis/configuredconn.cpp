// SPDX-License-Identifier: Apache-2.0
#include "configuredconn.h"

#include "vici/vicimessage.h"

using namespace Qt::StringLiterals;

namespace vpnaas::diagnosis {

namespace {

QStringList strings(const QList<QByteArray> &list)
{
    QStringList result;
    for (const QByteArray &item : list)
        result.append(QString::fromUtf8(item));
    return result;
}

bool matchesAddress(const QStringList &configured, const QString &address)
{
    if (configured.isEmpty() || address.isEmpty())
        return true;
    for (const QString &entry : configured) {
        // charon lists addresses, ranges, subnets, host names or %any; a subnet or range is
        // taken as a match (only what is certain to exclude is a mismatch).
        if (entry == u"%any" || entry == u"%any4" || entry == u"%any6" || entry == address || entry.contains(u'/')
            || entry.contains(u'-'))
            return true;
    }
    return false;
}

} // namespace

bool ConfiguredConn::matchesAddresses(const QString &local, const QString &remote) const
{
    return matchesAddress(localAddrs, local) && matchesAddress(remoteAddrs, remote);
}

QList<ConfiguredConn> parseListConns(const QList<vici::ViciMessage> &events)
{
    QList<ConfiguredConn> conns;
    for (const vici::ViciMessage &event : events) {
        for (const vici::ViciMessage::Entry &entry : event.entries()) {
            const vici::ViciMessage *section = event.section(entry.name);
            if (!section)
                continue;
            ConfiguredConn conn;
            conn.name = QString::fromUtf8(entry.name);
            conn.localAddrs = strings(section->list("local_addrs"));
            conn.remoteAddrs = strings(section->list("remote_addrs"));
            const QByteArray version = section->value("version");
            conn.version = version == "IKEv1" ? 1 : version == "IKEv2" ? 2 : 0;
            for (const vici::ViciMessage::Entry &part : section->entries()) {
                const vici::ViciMessage *sub = section->section(part.name);
                if (!sub)
                    continue;
                if (part.name.startsWith("local") && conn.localId.isEmpty() && conn.localAuth.isEmpty()) {
                    conn.localId = QString::fromUtf8(sub->value("id"));
                    conn.localAuth = QString::fromUtf8(sub->value("class"));
                } else if (part.name.startsWith("remote") && conn.remoteId.isEmpty()) {
                    conn.remoteId = QString::fromUtf8(sub->value("id"));
                } else if (part.name == "children") {
                    for (const vici::ViciMessage::Entry &childEntry : sub->entries()) {
                        const vici::ViciMessage *child = sub->section(childEntry.name);
                        if (!child)
                            continue;
                        conn.children.append({QString::fromUtf8(childEntry.name), strings(child->list("local-ts")),
                                              strings(child->list("remote-ts"))});
                    }
                }
            }
            conns.append(conn);
        }
    }
    return conns;
}

} // namespace vpnaas::diagnosis
