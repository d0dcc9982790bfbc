// SPDX-License-Identifier: Apache-2.0
#include "resourcetablemodel.h"

#include "resourcedetails.h"

#include "perf/background.h"
#include "perf/stallwatch.h"

#include <QThreadPool>

#include <memory>

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace vpnaas {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::ResourceTableModel)
};

template<typename E>
ResourceTableModel::Cell choiceCell(const Choice<E> &choice)
{
    const std::optional<E> value = choice.value();
    bool weak = false;
    if constexpr (Weakable<E>)
        weak = value && isWeak(*value);
    return {choice.api(), choice.api(), weak};
}

ResourceTableModel::Cell textCell(const QString &text)
{
    return {text, text.toLower(), false};
}

ResourceTableModel::Cell numberCell(qint64 value, const QString &text = {})
{
    return {text.isEmpty() ? QString::number(value) : text, value, false};
}

ResourceTableModel::Cell lifetimeCell(const Lifetime &lifetime)
{
    return numberCell(lifetime.value, lifetimeText(lifetime));
}

QString yesNo(bool value)
{
    return value ? Text::tr("Up") : Text::tr("Down");
}

template<typename T>
QHash<QString, QString> namesById(const QList<T> &items)
{
    QHash<QString, QString> names;
    names.reserve(items.size());
    for (const T &item : items)
        names.insert(item.id, item.name.isEmpty() ? item.id : item.name);
    return names;
}

QString nameOr(const QHash<QString, QString> &names, const QString &id)
{
    if (id.isEmpty())
        return {};
    return names.value(id, id);
}

/*! How many connections use each policy, service and endpoint group (one pass). */
QHash<QString, int> usageCounts(const ServerState &state)
{
    QHash<QString, int> counts;
    for (const IpsecSiteConnection &connection : state.connections) {
        for (const QString *id : {&connection.ikepolicyId, &connection.ipsecpolicyId, &connection.vpnserviceId,
                                  &connection.localEpGroupId, &connection.peerEpGroupId}) {
            if (!id->isEmpty())
                ++counts[*id];
        }
    }
    return counts;
}

ResourceTableModel::Cell usageCell(const QHash<QString, int> &usage, const QString &id)
{
    const int count = usage.value(id);
    return numberCell(count,
                      count == 0       ? Text::tr("unused")
                          : count == 1 ? Text::tr("1 connection")
                                       : Text::tr("%n connections", nullptr, count));
}

// The columns and rows of each resource type (ResourceTableModel picks one with withResource()).

QStringList headersOf(ResourceType<IkePolicy>)
{
    return {Text::tr("Name"),     Text::tr("Encryption"),  Text::tr("Integrity"),
            Text::tr("PFS"),      Text::tr("IKE Version"), Text::tr("Phase 1 Mode"),
            Text::tr("Lifetime"), Text::tr("Used By"),     Text::tr("ID")};
}

QStringList headersOf(ResourceType<IpsecPolicy>)
{
    return {Text::tr("Name"), Text::tr("Encryption"), Text::tr("Integrity"), Text::tr("PFS"), Text::tr("Protocol"),
            Text::tr("Mode"), Text::tr("Lifetime"),   Text::tr("Used By"),   Text::tr("ID")};
}

QStringList headersOf(ResourceType<VpnService>)
{
    return {Text::tr("Name"),
            Text::tr("Status"),
            Text::tr("Router"),
            Text::tr("External IP"),
            Text::tr("Subnet (Legacy)"),
            Text::tr("Admin State"),
            Text::tr("Used By"),
            Text::tr("ID")};
}

QStringList headersOf(ResourceType<EndpointGroup>)
{
    return {Text::tr("Name"), Text::tr("Type"), Text::tr("Endpoints"), Text::tr("Used By"), Text::tr("ID")};
}

QStringList headersOf(ResourceType<IpsecSiteConnection>)
{
    return {Text::tr("Name"),           Text::tr("Status"),      Text::tr("Peer Address"),
            Text::tr("Peer ID"),        Text::tr("VPN Service"), Text::tr("IKE Policy"),
            Text::tr("IPsec Policy"),   Text::tr("Local"),       Text::tr("Peer"),
            Text::tr("Pre-Shared Key"), Text::tr("MTU"),         Text::tr("DPD"),
            Text::tr("Initiator"),      Text::tr("Admin State"), Text::tr("ID")};
}

QList<ResourceTableModel::Row> rowsOf(ResourceType<IkePolicy>, const ServerState &state,
                                      const QHash<QString, int> &usage)
{
    QList<ResourceTableModel::Row> rows;
    rows.reserve(state.ikePolicies.size());
    for (const IkePolicy &p : state.ikePolicies) {
        rows.append({p.id,
                     {},
                     p.description,
                     {textCell(p.name), choiceCell(p.encryptionAlgorithm), choiceCell(p.authAlgorithm),
                      choiceCell(p.pfs), choiceCell(p.ikeVersion), choiceCell(p.phase1NegotiationMode),
                      lifetimeCell(p.lifetime), usageCell(usage, p.id), textCell(p.id)}});
    }
    return rows;
}

QList<ResourceTableModel::Row> rowsOf(ResourceType<IpsecPolicy>, const ServerState &state,
                                      const QHash<QString, int> &usage)
{
    QList<ResourceTableModel::Row> rows;
    rows.reserve(state.ipsecPolicies.size());
    for (const IpsecPolicy &p : state.ipsecPolicies) {
        rows.append({p.id,
                     {},
                     p.description,
                     {textCell(p.name), choiceCell(p.encryptionAlgorithm), choiceCell(p.authAlgorithm),
                      choiceCell(p.pfs), choiceCell(p.transformProtocol), choiceCell(p.encapsulationMode),
                      lifetimeCell(p.lifetime), usageCell(usage, p.id), textCell(p.id)}});
    }
    return rows;
}

QList<ResourceTableModel::Row> rowsOf(ResourceType<VpnService>, const ServerState &state,
                                      const QHash<QString, int> &usage)
{
    QList<ResourceTableModel::Row> rows;
    const QHash<QString, QString> routers = namesById(state.routers);
    QHash<QString, QString> subnets;
    for (const Subnet &subnet : state.subnets)
        subnets.insert(subnet.id, subnet.name.isEmpty() ? subnet.cidr : u"%1 (%2)"_s.arg(subnet.name, subnet.cidr));
    rows.reserve(state.vpnServices.size());
    for (const VpnService &s : state.vpnServices) {
        QStringList ips;
        for (const QString &ip : {s.externalV4Ip, s.externalV6Ip}) {
            if (!ip.isEmpty())
                ips.append(ip);
        }
        rows.append({s.id,
                     s.status.api(),
                     s.description,
                     {textCell(s.name), textCell(s.status.api()), textCell(nameOr(routers, s.routerId)),
                      textCell(ips.join(u", "_s)), textCell(nameOr(subnets, s.subnetId)),
                      textCell(yesNo(s.adminStateUp)), usageCell(usage, s.id), textCell(s.id)}});
    }
    return rows;
}

QList<ResourceTableModel::Row> rowsOf(ResourceType<EndpointGroup>, const ServerState &state,
                                      const QHash<QString, int> &usage)
{
    QList<ResourceTableModel::Row> rows;
    QHash<QString, QString> subnetCidrs;
    for (const Subnet &subnet : state.subnets)
        subnetCidrs.insert(subnet.id, subnet.cidr);
    rows.reserve(state.endpointGroups.size());
    for (const EndpointGroup &g : state.endpointGroups) {
        QStringList endpoints;
        for (const QString &endpoint : g.endpoints)
            endpoints.append(g.type == EndpointGroupType::Subnet ? subnetCidrs.value(endpoint, endpoint) : endpoint);
        rows.append({g.id,
                     {},
                     g.description,
                     {textCell(g.name), choiceCell(g.type), textCell(endpoints.join(u", "_s)), usageCell(usage, g.id),
                      textCell(g.id)}});
    }
    return rows;
}

QList<ResourceTableModel::Row> rowsOf(ResourceType<IpsecSiteConnection>, const ServerState &state,
                                      const QHash<QString, int> &)
{
    QList<ResourceTableModel::Row> rows;
    const QHash<QString, QString> services = namesById(state.vpnServices);
    const QHash<QString, QString> ike = namesById(state.ikePolicies);
    const QHash<QString, QString> ipsec = namesById(state.ipsecPolicies);
    const QHash<QString, QString> groups = namesById(state.endpointGroups);
    QHash<QString, QString> serviceSubnet;
    for (const VpnService &service : state.vpnServices)
        serviceSubnet.insert(service.id, service.subnetId);
    QHash<QString, QString> subnetCidrs;
    for (const Subnet &subnet : state.subnets)
        subnetCidrs.insert(subnet.id, subnet.cidr);
    rows.reserve(state.connections.size());
    for (const IpsecSiteConnection &c : state.connections) {
        const QString local = !c.localEpGroupId.isEmpty() ? nameOr(groups, c.localEpGroupId)
                                                          : nameOr(subnetCidrs, serviceSubnet.value(c.vpnserviceId));
        const QString peer = !c.peerEpGroupId.isEmpty() ? nameOr(groups, c.peerEpGroupId) : c.peerCidrs.join(u", "_s);
        const QString dpd = Text::tr("%1, %2 s / %3 s").arg(c.dpd.action.api()).arg(c.dpd.interval).arg(c.dpd.timeout);
        rows.append({c.id,
                     c.status.api(),
                     c.description,
                     {textCell(c.name),
                      textCell(c.status.api()),
                      textCell(c.peerAddress),
                      textCell(c.peerId),
                      textCell(nameOr(services, c.vpnserviceId)),
                      textCell(nameOr(ike, c.ikepolicyId)),
                      textCell(nameOr(ipsec, c.ipsecpolicyId)),
                      textCell(local),
                      textCell(peer),
                      // Never the key itself: the model reveals it per connection on request.
                      {c.psk.isEmpty() ? QString() : Secret::mask(), {}, false},
                      numberCell(c.mtu),
                      textCell(dpd),
                      choiceCell(c.initiator),
                      textCell(yesNo(c.adminStateUp)),
                      textCell(c.id)}});
    }
    return rows;
}

} // namespace

ResourceTableModel::ResourceTableModel(ResourceKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
    , m_headers(headers(kind))
{
}

ResourceTableModel::~ResourceTableModel() = default;

QStringList ResourceTableModel::headers(ResourceKind kind)
{
    // The owner last: shown when the console lists all projects (an admin's view).
    return withResource(kind, [](auto type) { return headersOf(type); }) << Text::tr("Project");
}

QList<ResourceTableModel::Row> ResourceTableModel::buildRows(ResourceKind kind, const ServerState &state)
{
    const perf::Scope scope("ResourceTableModel::buildRows");
    const QHash<QString, int> usage
        = kind == ResourceKind::IpsecSiteConnection ? QHash<QString, int>{} : usageCounts(state);
    return withResource(kind, [&]<typename T>(ResourceType<T> type) {
        QList<Row> rows = rowsOf(type, state, usage);
        const QList<T> &items = state.items<T>();
        Q_ASSERT(rows.size() == items.size());
        for (qsizetype i = 0; i < rows.size() && i < items.size(); ++i)
            rows[i].cells.append(textCell(items[i].projectId)); // the id; data() shows the name
        return rows;
    });
}

int ResourceTableModel::projectColumn() const
{
    return int(m_headers.size()) - 1;
}

void ResourceTableModel::setProjectNames(const QHash<QString, QString> &names)
{
    if (names == m_projectNames)
        return;
    m_projectNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, projectColumn()), index(int(m_rows.size()) - 1, projectColumn()));
}

QString ResourceTableModel::projectAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].cells.value(projectColumn()).text : QString();
}

ResourceTableModel::Plan ResourceTableModel::makePlan(ResourceKind kind, const ServerState &state,
                                                      const QList<Row> &current, quint64 revision)
{
    const perf::Scope scope("ResourceTableModel::makePlan");
    Plan plan;
    plan.revision = revision;
    QList<Row> rows = buildRows(kind, state);
    if (kind == ResourceKind::IpsecSiteConnection) {
        for (const IpsecSiteConnection &connection : state.connections)
            plan.psks.insert(connection.id, connection.psk);
    }
    QHash<QString, qsizetype> incoming;
    incoming.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        incoming.insert(rows[i].id, i);

    // 1. Rows that are gone, in contiguous blocks from the bottom.
    QList<bool> kept(current.size(), false);
    for (int row = int(current.size()) - 1; row >= 0;) {
        if (incoming.contains(current[row].id)) {
            kept[row] = true;
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(current[first - 1].id))
            --first;
        plan.removed.append({first, row});
        row = first - 1;
    }
    // 2. Rows that stay, in their order, with the new content; 3. the new ones in the server's order.
    QSet<QString> present;
    present.reserve(current.size());
    for (qsizetype row = 0; row < current.size(); ++row) {
        if (!kept[row])
            continue;
        present.insert(current[row].id);
        Row next = rows[incoming.value(current[row].id)];
        if (!(current[row] == next))
            plan.changed.append(int(plan.rows.size()));
        plan.rows.append(std::move(next));
    }
    plan.appendedFrom = int(plan.rows.size());
    for (Row &row : rows) {
        if (!present.contains(row.id))
            plan.rows.append(std::move(row));
    }
    plan.rowOfId.reserve(plan.rows.size());
    for (int row = 0; row < plan.rows.size(); ++row)
        plan.rowOfId.insert(plan.rows[row].id, row);
    return plan;
}

void ResourceTableModel::applyPlan(Plan plan)
{
    const perf::Scope scope("ResourceTableModel::applyPlan");
    if (m_kind == ResourceKind::IpsecSiteConnection)
        m_psks = std::move(plan.psks);
    for (const auto &[first, last] : std::as_const(plan.removed)) {
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    Q_ASSERT(m_rows.size() == plan.appendedFrom);
    for (int row : std::as_const(plan.changed)) {
        m_rows[row] = plan.rows[row];
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    if (plan.appendedFrom < plan.rows.size()) {
        beginInsertRows({}, plan.appendedFrom, int(plan.rows.size()) - 1);
        m_rows = std::move(plan.rows); // the kept rows are equal to what m_rows holds now
        endInsertRows();
    }
    m_rowOfId = std::move(plan.rowOfId);
    ++m_revision;
    if (plan.rows.size() >= 1000) {
        // Rows that were equal to the kept ones: 10,000 of them take ~20 ms to free.
        perf::releaseInBackground(std::move(plan.rows));
    }
    // A key the user revealed stays revealed only while its connection exists.
    for (auto it = m_revealed.begin(); it != m_revealed.end();) {
        if (m_rowOfId.contains(*it))
            ++it;
        else
            it = m_revealed.erase(it);
    }
    Q_EMIT stateApplied();
}

void ResourceTableModel::setState(const ServerState &state)
{
    const perf::Scope scope("ResourceTableModel::setState");
    m_pending.reset(); // what is computed elsewhere is older than this
    ++m_requests;
    applyPlan(makePlan(m_kind, state, m_rows, m_revision));
}

void ResourceTableModel::setStateInBackground(const ServerState &state)
{
    m_pending = state;
    if (m_planning)
        return; // the running computation is superseded when it arrives
    m_planning = true;
    const ServerState wanted = *m_pending;
    m_pending.reset();
    const quint64 request = ++m_requests;
    const auto planning = [kind = m_kind, wanted, current = m_rows, revision = m_revision] {
        return makePlan(kind, wanted, current, revision);
    };
    perf::runInBackground(this, planning, [this, wanted, request](Plan &&plan) {
        m_planning = false;
        if (m_pending) {
            setStateInBackground(*m_pending); // a newer state came meanwhile
            return;
        }
        if (request != m_requests)
            return; // a setState() since has shown a newer state
        if (plan.revision != m_revision) {
            setStateInBackground(wanted); // the rows changed meanwhile: plan again from them
            return;
        }
        applyPlan(std::move(plan));
    });
}

void ResourceTableModel::setStatuses(const QHash<QString, QString> &statuses)
{
    const int column = statusColumn();
    if (column < 0)
        return;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        const int row = rowOf(it.key());
        if (row < 0 || m_rows[row].status == *it)
            continue;
        m_rows[row].status = *it;
        m_rows[row].cells[column] = textCell(*it);
        ++m_revision;
        // The status colours the whole row (StatusRole).
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

QString ResourceTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int ResourceTableModel::rowOf(const QString &id) const
{
    return m_rowOfId.value(id, -1);
}

int ResourceTableModel::statusColumn() const
{
    return m_kind == ResourceKind::VpnService || m_kind == ResourceKind::IpsecSiteConnection ? 1 : -1;
}

int ResourceTableModel::pskColumn() const
{
    return m_kind == ResourceKind::IpsecSiteConnection ? 9 : -1;
}

void ResourceTableModel::setPskRevealed(const QString &connectionId, bool revealed)
{
    const int row = rowOf(connectionId);
    if (row < 0 || pskColumn() < 0 || isPskRevealed(connectionId) == revealed)
        return;
    if (revealed)
        m_revealed.insert(connectionId);
    else
        m_revealed.remove(connectionId);
    const QModelIndex cell = index(row, pskColumn());
    Q_EMIT dataChanged(cell, cell);
}

int ResourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const Cell &cell = row.cells[index.column()];
    if (index.column() == projectColumn() && !cell.text.isEmpty()) {
        const QString name = m_projectNames.value(cell.text);
        if (role == Qt::DisplayRole || role == SortRole)
            return name.isEmpty() ? cell.text : name;
        if (role == Qt::ToolTipRole)
            return name.isEmpty() ? Text::tr("Project %1 (its name is not known to this user)").arg(cell.text)
                                  : Text::tr("Project %1 (%2)").arg(name, cell.text);
    }
    const bool revealedPsk = index.column() == pskColumn() && m_revealed.contains(row.id);
    switch (role) {
    case Qt::DisplayRole:
        return revealedPsk ? m_psks.value(row.id).reveal() : cell.text;
    case Qt::ToolTipRole:
        if (index.column() == pskColumn())
            return revealedPsk ? Text::tr("Pre-shared key, revealed")
                               : Text::tr("Pre-shared key (hidden; use Reveal to show it)");
        if (cell.weak)
            return Text::tr("%1 is a weak choice: prefer AES-256, SHA-256 or better and DH group 14 or higher")
                .arg(cell.text);
        return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
    case IdRole:
        return row.id;
    case StatusRole:
        return row.status;
    case SortRole:
        return cell.sort.isValid() ? cell.sort : QVariant(cell.text);
    case WeakRole:
        return cell.weak;
    case SearchRole: {
        QStringList texts;
        texts.reserve(row.cells.size());
        for (const Cell &c : row.cells)
            texts.append(c.text);
        const QString project = m_projectNames.value(row.cells.value(projectColumn()).text);
        if (!project.isEmpty())
            texts.append(project);
        return texts.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_headers[section];
    return {};
}

} // namespace vpnaas
