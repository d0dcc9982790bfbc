// SPDX-License-Identifier: Apache-2.0
#include "logbook.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vpnaas::diagnosis {

namespace {

QString intern(QHash<QString, QString> &strings, const QString &text)
{
    if (text.isEmpty())
        return {};
    const auto it = strings.constFind(text);
    if (it != strings.constEnd())
        return *it;
    if (strings.size() > 8192)
        strings.clear(); // names of long-gone IKE_SAs: start over rather than grow
    strings.insert(text, text);
    return text;
}

} // namespace

LogBook::LogBook()
    : LogBook(Limits{})
{
}

LogBook::LogBook(Limits limits)
    : m_limits(limits)
{
}

void LogBook::append(CharonLogLine line)
{
    line.group = intern(m_strings, line.group);
    const quint64 sequence = ++m_sequence;
    if (line.ikeSaUniqueId == 0) {
        m_unattributed.push_back({sequence, std::move(line)});
        ++m_lineCount;
        while (qsizetype(m_unattributed.size()) > m_limits.unattributed) {
            m_unattributed.pop_front();
            --m_lineCount;
        }
        return;
    }
    SaLog &sa = m_sas[line.ikeSaUniqueId];
    if (!line.ikeSaName.isEmpty() && line.ikeSaName != sa.name) {
        if (!sa.name.isEmpty()) { // the unique id was reused: a restarted charon
            m_lineCount -= qsizetype(sa.lines.size());
            sa.lines.clear();
        }
        sa.name = intern(m_strings, line.ikeSaName);
    }
    line.ikeSaName = sa.name;
    sa.lastSequence = sequence;
    sa.lines.push_back({sequence, std::move(line)});
    ++m_lineCount;
    if (qsizetype(sa.lines.size()) > m_limits.linesPerSa) {
        sa.lines.pop_front();
        --m_lineCount;
    }
    if (m_sas.size() > m_limits.sas)
        evictSas();
}

void LogBook::evictSas()
{
    // Drop the eighth that logged least recently at once, so that eviction is not a scan per line.
    std::vector<std::pair<quint64, quint32>> order;
    order.reserve(m_sas.size());
    for (auto it = m_sas.cbegin(); it != m_sas.cend(); ++it)
        order.emplace_back(it->lastSequence, it.key());
    const std::size_t drop = std::max<std::size_t>(1, order.size() - std::size_t(m_limits.sas) + order.size() / 8);
    std::nth_element(order.begin(), order.begin() + qsizetype(std::min(drop, order.size()) - 1), order.end());
    for (std::size_t i = 0; i < drop && i < order.size(); ++i) {
        const auto it = m_sas.find(order[i].second);
        m_lineCount -= qsizetype(it->lines.size());
        m_sas.erase(it);
    }
}

void LogBook::clear()
{
    m_sas.clear();
    m_unattributed.clear();
    m_strings.clear();
    m_lineCount = 0;
}

bool LogBook::mentions(const CharonLogLine &line, const QString &address)
{
    if (address.isEmpty())
        return false;
    qsizetype from = 0;
    while ((from = line.message.indexOf(address, from)) >= 0) {
        const qsizetype end = from + address.size();
        // Not part of a longer address; "a...b" (charon's address pair) ends in dots.
        const QChar before = from > 0 ? line.message.at(from - 1) : QChar();
        const bool startOk = before.isNull()
            || !(before.isLetterOrNumber() || before == u':'
                 || (before == u'.' && !(from > 1 && line.message.at(from - 2) == u'.')));
        const QChar next = end < line.message.size() ? line.message.at(end) : QChar();
        const bool endOk
            = next.isNull() || next == u'[' || next == u' ' || next == u'.' || next == u',' || next == u'\'';
        if (startOk && endOk && !(next == u'.' && end + 1 < line.message.size() && line.message.at(end + 1).isDigit()))
            return true;
        from = end;
    }
    return false;
}

QList<CharonLogLine> LogBook::linesFor(const QString &connectionId, const QString &peerAddress, int max) const
{
    std::vector<const Entry *> found;
    for (const SaLog &sa : m_sas) {
        bool take = !connectionId.isEmpty() && sa.name == connectionId;
        if (!take && sa.name.isEmpty()) {
            take = std::any_of(sa.lines.cbegin(), sa.lines.cend(),
                               [&](const Entry &entry) { return mentions(entry.line, peerAddress); });
        }
        if (!take)
            continue;
        for (const Entry &entry : sa.lines)
            found.push_back(&entry);
    }
    for (const Entry &entry : m_unattributed) {
        if (mentions(entry.line, peerAddress) || (!connectionId.isEmpty() && entry.line.message.contains(connectionId)))
            found.push_back(&entry);
    }
    std::sort(found.begin(), found.end(), [](const Entry *a, const Entry *b) { return a->sequence < b->sequence; });
    const std::size_t first = found.size() > std::size_t(max) ? found.size() - std::size_t(max) : 0;
    QList<CharonLogLine> lines;
    lines.reserve(qsizetype(found.size() - first));
    for (std::size_t i = first; i < found.size(); ++i)
        lines.append(found[i]->line);
    return lines;
}

QList<CharonLogLine> LogBook::allLines() const
{
    std::vector<const Entry *> found;
    for (const SaLog &sa : m_sas) {
        for (const Entry &entry : sa.lines)
            found.push_back(&entry);
    }
    for (const Entry &entry : m_unattributed)
        found.push_back(&entry);
    std::sort(found.begin(), found.end(), [](const Entry *a, const Entry *b) { return a->sequence < b->sequence; });
    QList<CharonLogLine> lines;
    lines.reserve(qsizetype(found.size()));
    for (const Entry *entry : found)
        lines.append(entry->line);
    return lines;
}

} // namespace vpnaas::diagnosis
