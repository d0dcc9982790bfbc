// SPDX-License-Identifier: Apache-2.0
#include "charonlog.h"

#include "vici/vicimessage.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace vpnaas::diagnosis {

std::optional<CharonLogLine> logLineFromVici(const vici::ViciMessage &event, const QDateTime &received)
{
    const QByteArray message = event.value("msg");
    if (message.isNull())
        return std::nullopt;
    CharonLogLine line;
    line.time = received.toUTC();
    line.message = QString::fromUtf8(message);
    line.group = QString::fromUtf8(event.value("group"));
    bool ok = false;
    if (const int level = event.value("level").toInt(&ok); ok)
        line.level = level;
    if (const int thread = event.value("thread").toInt(&ok); ok)
        line.thread = thread;
    line.ikeSaName = QString::fromUtf8(event.value("ikesa-name"));
    line.ikeSaUniqueId = event.value("ikesa-uniqueid").toUInt();
    // charon names an IKE_SA without a config "(unnamed)"; keep only real conn names.
    if (line.ikeSaName == u"(unnamed)")
        line.ikeSaName.clear();
    return line;
}

namespace {

// `09[IKE] <conn|1> message`: the thread is optional (swanctl --log without it), the IKE_SA
// part is `<name|id>` or, for an IKE_SA without a config, `<id>`.
const QRegularExpression &tagPattern()
{
    static const QRegularExpression pattern(
        u"(?:^|\\s)(\\d{1,3})?\\[([A-Z]{2,4})\\]\\s(?:<(?:([^|<>]*)\\|)?(\\d+)>\\s)?"_s);
    return pattern;
}

const QRegularExpression &timePattern()
{
    static const QRegularExpression pattern(
        u"(?:(\\d{4})-(\\d{2})-(\\d{2})[T ])?(\\d{2}):(\\d{2}):(\\d{2})(?:[.,](\\d{1,6}))?"_s);
    return pattern;
}

} // namespace

std::optional<CharonLogLine> parseCharonLogLine(QStringView text, const QDate &day)
{
    const QRegularExpressionMatch tag = tagPattern().match(text);
    if (!tag.hasMatch())
        return std::nullopt;
    CharonLogLine line;
    line.group = tag.captured(2);
    if (tag.hasCaptured(1))
        line.thread = tag.capturedView(1).toInt();
    line.ikeSaName = tag.captured(3);
    if (line.ikeSaName == u"(unnamed)")
        line.ikeSaName.clear();
    if (tag.hasCaptured(4))
        line.ikeSaUniqueId = tag.capturedView(4).toUInt();
    QStringView message = text.mid(tag.capturedEnd(0));
    while (message.endsWith(u'\r') || message.endsWith(u'\n'))
        message.chop(1);
    line.message = message.toString();

    const QStringView prefix = text.left(tag.capturedStart(0));
    const QRegularExpressionMatch time = timePattern().match(prefix);
    if (time.hasMatch()) {
        QDate date = day.isValid() ? day : QDateTime::currentDateTimeUtc().date();
        if (time.hasCaptured(1))
            date = QDate(time.capturedView(1).toInt(), time.capturedView(2).toInt(), time.capturedView(3).toInt());
        QString fraction = time.captured(7);
        fraction = QString(fraction + u"000"_s).left(3);
        const QTime clock(time.capturedView(4).toInt(), time.capturedView(5).toInt(), time.capturedView(6).toInt(),
                          fraction.toInt());
        if (date.isValid() && clock.isValid())
            line.time = QDateTime(date, clock, Qt::UTC);
    }
    return line;
}

QList<CharonLogLine> parseCharonLog(QStringView text, const QDate &day, int *skipped)
{
    QList<CharonLogLine> lines;
    int bad = 0;
    for (QStringView row : text.split(u'\n')) {
        if (row.trimmed().isEmpty())
            continue;
        if (auto line = parseCharonLogLine(row, day))
            lines.append(std::move(*line));
        else
            ++bad;
    }
    if (skipped)
        *skipped = bad;
    return lines;
}

QString formatCharonLogLine(const CharonLogLine &line, bool localTime)
{
    QString text;
    if (line.time.isValid())
        text += (localTime ? line.time.toLocalTime() : line.time.toUTC()).toString(u"HH:mm:ss.zzz"_s) + u' ';
    if (line.thread >= 0)
        text += u"%1"_s.arg(line.thread, 2, 10, QChar(u'0'));
    text += u'[' + (line.group.isEmpty() ? u"LOG"_s : line.group) + u"] "_s;
    if (!line.ikeSaName.isEmpty())
        text += u'<' + line.ikeSaName + u'|' + QString::number(line.ikeSaUniqueId) + u"> "_s;
    else if (line.ikeSaUniqueId > 0)
        text += u'<' + QString::number(line.ikeSaUniqueId) + u"> "_s;
    text += line.message;
    return text;
}

} // namespace vpnaas::diagnosis
