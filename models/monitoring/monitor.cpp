// SPDX-License-Identifier: Apache-2.0
#include "monitor.h"

#include "countersource.h"
#include "historystore.h"
#include "monitoringlogging.h"
#include "perf/background.h"
#include "perf/stallwatch.h"

#include <QCoreApplication>
#include <QTimer>

#include <tuple>

using namespace Qt::StringLiterals;

namespace vpnaas::monitoring {
namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::monitoring::Monitor)
};
} // namespace

Monitor::Monitor(QObject *parent)
    : QObject(parent)
    , m_poller(new StatusPoller(this))
    , m_counterTimer(new QTimer(this))
{
    connect(m_poller, &StatusPoller::transitions, this, &Monitor::onTransitions);
    // A poll's transitions (10,000 first sightings on the first poll of a big cloud) reach the
    // history in one transaction at its end.
    connect(m_poller, &StatusPoller::polled, this, [this] {
        flushTransitions();
        publish();
    });
    connect(m_counterTimer, &QTimer::timeout, this, &Monitor::fetchCounters);
    setInterval(5000);
}

Monitor::~Monitor() = default;

void Monitor::setClient(openstack::NeutronClient *client)
{
    flushTransitions(); // under the scope they were seen in
    m_poller->setClient(client);
    m_tracker = {};
    m_lastChange.clear();
    m_saUp.clear();
    m_sa.clear();
    ++m_stateVersion;
    m_restored = false;
    ++m_generation;
    m_fetching = false;
}

void Monitor::setCounterSource(CounterSource *source)
{
    if (source == m_source)
        return;
    m_source = source;
    // Counters of another source are other SAs: start the SA picture afresh (totals stay).
    m_saUp.clear();
    m_sa.clear();
    ++m_stateVersion;
    ++m_generation;
    m_fetching = false;
    if (!m_counterError.isEmpty()) {
        m_counterError.clear();
        Q_EMIT counterErrorChanged({});
    }
}

void Monitor::setInterval(int milliseconds)
{
    m_poller->setInterval(milliseconds);
    m_counterTimer->setInterval(std::max(100, milliseconds));
}

void Monitor::start()
{
    m_poller->start();
    m_counterTimer->start();
    fetchCounters();
}

void Monitor::stop()
{
    flushTransitions();
    m_poller->stop();
    m_counterTimer->stop();
}

void Monitor::pollNow()
{
    m_poller->pollNow();
    fetchCounters();
}

void Monitor::onTransitions(const QList<StatusTransition> &changes)
{
    const perf::Scope scope("Monitor::onTransitions", changes.size());
    // A first poll of 10,000 connections is 10,000 changes: room for them at once, and the
    // list handed over whole to the history (one by one, with the hash growing: 7 ms).
    m_lastChange.reserve(m_lastChange.size() + changes.size());
    for (const StatusTransition &change : changes)
        m_lastChange.insert(change.connectionId, change.at);
    recordTransitions(changes);
    ++m_stateVersion;
    Q_EMIT transitions(changes);
    for (const StatusTransition &change : changes) {
        Q_EMIT transition(change);
        if (!change.from.isEmpty() && (change.to == u"DOWN" || change.to == u"ERROR"))
            Q_EMIT alert(change.connectionId, Text::tr("Connection went %1 (was %2).").arg(change.to, change.from));
    }
}

void Monitor::fetchCounters()
{
    if (!m_source || m_fetching)
        return;
    m_fetching = true;
    QPointer<Monitor> self(this);
    const quint64 generation = m_generation;
    m_source->fetch([self, generation](const QList<ConnectionSnapshot> &snapshots, const QString &error) {
        if (!self || generation != self->m_generation)
            return;
        self->m_fetching = false;
        self->onCounters(snapshots, error);
    });
}

/*!
 * The bookkeeping of one counter fetch, on copies of the monitor's state: implicitly shared, so
 * taking them is free and a pool thread pays for detaching them. 10,000 connections take
 * ~200 ms, which the GUI thread must not spend.
 */
struct Monitor::CounterPass {
    // In.
    QList<ConnectionSnapshot> snapshots;
    QDateTime now;
    bool withHistory = false;
    // In and out.
    CounterTracker tracker;
    QHash<QString, bool> saUp;
    QHash<QString, ConnectionSnapshot> sa;
    // Out.
    QList<StatusTransition> changes; // the tunnels' UP/DOWN
    QList<CounterSample> samples;
    QHash<QString, CounterTracker::Saved> state; // what the samples continue from
};

void Monitor::compute(CounterPass &pass)
{
    const perf::Scope scope("Monitor::compute", pass.snapshots.size());
    pass.tracker.update(pass.now, pass.snapshots);
    pass.samples.reserve(pass.snapshots.size());
    for (const ConnectionSnapshot &s : std::as_const(pass.snapshots)) {
        const bool up = !s.children.isEmpty();
        const auto known = pass.saUp.constFind(s.connectionId);
        if (known == pass.saUp.cend() || *known != up) {
            const QString from = known == pass.saUp.cend() ? QString() : (*known ? u"UP"_s : u"DOWN"_s);
            pass.changes.append(
                {s.connectionId, pass.now, from, up ? u"UP"_s : u"DOWN"_s, StatusTransition::Source::Tunnel});
        }
        pass.saUp.insert(s.connectionId, up);
        ConnectionSnapshot states = s;
        states.children.clear();
        pass.sa.insert(s.connectionId, states);
        const Totals t = pass.tracker.totals(s.connectionId);
        pass.samples.append({s.connectionId, {}, pass.now, t.bytesIn, t.bytesOut, t.packetsIn, t.packetsOut});
    }
    if (pass.withHistory) {
        const QHash<QString, CounterTracker::Saved> all = pass.tracker.saved();
        for (const ConnectionSnapshot &s : std::as_const(pass.snapshots))
            pass.state.insert(s.connectionId, all.value(s.connectionId));
    }
}

void Monitor::onCounters(const QList<ConnectionSnapshot> &snapshots, const QString &error)
{
    const perf::Scope scope("Monitor::onCounters", snapshots.size());
    if (error != m_counterError) {
        m_counterError = error;
        Q_EMIT counterErrorChanged(error);
    }
    if (!error.isEmpty()) {
        publish();
        return;
    }
    if (!m_restored && m_history) {
        // Continue the totals of the previous run (the SAs still up are not counted twice).
        m_tracker.restore(m_history->counterState());
        ++m_stateVersion;
        m_restored = true;
    }
    CounterPass pass{snapshots, QDateTime::currentDateTimeUtc(), m_history != nullptr, m_tracker, m_saUp, m_sa, {}, {},
                     {}};
    if (snapshots.size() < perf::kBackgroundFrom) {
        compute(pass);
        applyCounters(std::move(pass));
        return;
    }
    m_fetching = true; // no other fetch until this one is applied
    perf::runInBackground(
        this,
        [pass = std::move(pass)]() mutable {
            compute(pass);
            return std::move(pass);
        },
        [this, generation = m_generation](CounterPass &&done) {
            if (generation != m_generation)
                return; // another client or source meanwhile: these counters are of the old one
            m_fetching = false;
            applyCounters(std::move(done));
        });
}

void Monitor::applyCounters(CounterPass &&pass)
{
    const perf::Scope scope("Monitor::applyCounters", pass.snapshots.size());
    // The replaced picture is freed on the pool (the pass detached it: it is the last reference).
    auto replaced
        = std::make_tuple(std::exchange(m_tracker, std::move(pass.tracker)),
                          std::exchange(m_saUp, std::move(pass.saUp)), std::exchange(m_sa, std::move(pass.sa)));
    if (pass.snapshots.size() >= perf::kBackgroundFrom)
        perf::releaseInBackground(std::move(replaced));
    ++m_stateVersion;
    recordTransitions(pass.changes);
    if (!pass.changes.isEmpty())
        Q_EMIT transitions(pass.changes);
    for (const StatusTransition &change : std::as_const(pass.changes)) {
        Q_EMIT transition(change);
        if (!change.from.isEmpty() && change.to == u"DOWN")
            Q_EMIT alert(change.connectionId, Text::tr("The connection's security association went away."));
    }
    if (m_history) {
        m_history->recordLater(pass.samples, pass.state, this, [this](const QString &writeError) {
            setHistoryError(HistoryWrite::Samples,
                            writeError.isEmpty() ? QString() : Text::tr("counter samples: %1").arg(writeError));
            if (writeError.isEmpty())
                Q_EMIT samplesWritten();
        });
    }
    flushTransitions();
    publish();
    // What is left of the pass (10,000 snapshots with their SAs, the changes) is freed on the pool.
    if (pass.snapshots.size() >= perf::kBackgroundFrom)
        perf::releaseInBackground(std::move(pass));
}

void Monitor::recordTransitions(const QList<StatusTransition> &changes)
{
    if (!m_history || changes.isEmpty())
        return;
    if (m_unwritten.isEmpty()) { // whatever queued it, written by the next turn of the event loop at the latest
        QTimer::singleShot(0, this, &Monitor::flushTransitions);
        m_unwritten = changes; // shared, not copied
    } else {
        m_unwritten.append(changes);
    }
}

void Monitor::flushTransitions()
{
    const perf::Scope scope("Monitor::flushTransitions", m_unwritten.size());
    if (m_unwritten.isEmpty() || !m_history)
        return;
    m_history->addTransitionsLater(std::exchange(m_unwritten, {}), this, [this](const QString &error) {
        setHistoryError(HistoryWrite::Transitions,
                        error.isEmpty() ? QString() : Text::tr("status changes: %1").arg(error));
    });
}

int Monitor::pruneHistory(int days, const QDateTime &now)
{
    if (!m_history)
        return 0;
    QString error;
    const int removed = m_history->prune(days, now, &error);
    setHistoryError(HistoryWrite::Prune, removed < 0 ? Text::tr("retention: %1").arg(error) : QString());
    return removed;
}

int Monitor::thinHistory(const QDateTime &from, const QDateTime &to, qint64 bucketMs)
{
    if (!m_history)
        return 0;
    QString error;
    const int removed = m_history->thin(from, to, bucketMs, &error);
    setHistoryError(HistoryWrite::Thin, removed < 0 ? Text::tr("thinning old samples: %1").arg(error) : QString());
    return removed;
}

void Monitor::setHistoryError(HistoryWrite write, const QString &message)
{
    if (m_historyErrors.value(write) == message)
        return;
    if (message.isEmpty())
        m_historyErrors.remove(write);
    else
        m_historyErrors.insert(write, message);
    if (!message.isEmpty())
        qCWarning(lcMonitoring, "the monitoring history was not written: %s", qPrintable(message));
    const QString now = historyError();
    if (now != m_reportedHistoryError) {
        m_reportedHistoryError = now;
        Q_EMIT historyErrorChanged(now);
    }
}

QString Monitor::historyError() const
{
    QStringList messages;
    for (const QString &message : m_historyErrors) // ordered by kind: QMap
        messages.append(message);
    return messages.join(u"; "_s);
}

void Monitor::publish()
{
    if (m_poller->statuses().size() < perf::kBackgroundFrom) {
        Q_EMIT updated();
        return;
    }
    if (m_making)
        return; // when those are made, the rows are made again from what is new
    m_making = true;
    const std::pair<quint64, quint64> version{m_poller->statusesVersion(), m_stateVersion};
    perf::runInBackground(
        this,
        [statuses = m_poller->statuses(), saUp = m_saUp, tracker = m_tracker, lastChange = m_lastChange, sa = m_sa] {
            return makeRows(statuses, saUp, tracker, lastChange, sa);
        },
        [this, version, generation = m_generation](QList<MonitorRow> &&rows) {
            m_making = false;
            if (generation == m_generation) {
                perf::releaseInBackground(std::exchange(m_rows, std::move(rows)));
                m_rowsVersion = version;
            }
            if (version != std::pair{m_poller->statusesVersion(), m_stateVersion})
                publish(); // changed meanwhile
            Q_EMIT updated();
        });
}

QList<MonitorRow> Monitor::rows() const
{
    const std::pair<quint64, quint64> version{m_poller->statusesVersion(), m_stateVersion};
    if (version == m_rowsVersion || m_poller->statuses().size() >= perf::kBackgroundFrom)
        return m_rows; // a big cloud's are made by publish()
    m_rows = makeRows(m_poller->statuses(), m_saUp, m_tracker, m_lastChange, m_sa);
    m_rowsVersion = version;
    return m_rows;
}

QList<MonitorRow> Monitor::makeRows(const QHash<QString, QString> &statuses, const QHash<QString, bool> &saUp,
                                    const CounterTracker &tracker, const QHash<QString, QDateTime> &lastChange,
                                    const QHash<QString, ConnectionSnapshot> &sa)
{
    // Found in place (no copies of the per-connection state), sorted once.
    const perf::Scope scope("Monitor::makeRows", statuses.size());
    QList<MonitorRow> rows;
    rows.reserve(statuses.size());
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        const QString &id = it.key();
        MonitorRow row;
        row.connectionId = id;
        row.status = it.value();
        if (const auto up = saUp.constFind(id); up != saUp.cend()) {
            row.saKnown = true;
            row.saUp = *up;
        }
        row.totals = tracker.totals(id);
        if (const auto change = lastChange.constFind(id); change != lastChange.cend())
            row.lastChange = *change;
        if (const auto states = sa.constFind(id); states != sa.cend()) {
            row.ikeState = states->ikeState;
            row.childState = states->childState;
            row.upSince = states->establishedAt;
        }
        rows.append(std::move(row));
    }
    std::sort(rows.begin(), rows.end(),
              [](const MonitorRow &a, const MonitorRow &b) { return a.connectionId < b.connectionId; });
    return rows;
}

} // namespace vpnaas::monitoring
