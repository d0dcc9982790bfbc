// SPDX-License-Identifier: Apache-2.0
#include "vicimessage.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace vpnaas::vici {

namespace {

enum Element : quint8 {
    SectionStart = 1,
    SectionEnd = 2,
    KeyValue = 3,
    ListStart = 4,
    ListItem = 5,
    ListEnd = 6,
};

class CodecText
{
    Q_DECLARE_TR_FUNCTIONS(vpnaas::vici::ViciCodec)
};

QString quoted(QByteArrayView bytes)
{
    QString out;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '"' || u == '\\')
            out += u'\\' + QChar(char16_t(u));
        else if (u >= 0x20 && u < 0x7f)
            out += QChar(char16_t(u));
        else
            out += u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0');
    }
    return u'"' + out + u'"';
}

void appendDebug(const ViciMessage &message, QString *out)
{
    *out += u'{';
    bool first = true;
    for (const auto &entry : message.entries()) {
        if (!first)
            *out += u", "_s;
        first = false;
        *out += quoted(entry.name) + u": "_s;
        switch (entry.kind) {
        case ViciMessage::Kind::Value:
            *out += quoted(entry.value);
            break;
        case ViciMessage::Kind::List: {
            QStringList items;
            for (const auto &item : entry.items)
                items << quoted(item);
            *out += u'[' + items.join(u", "_s) + u']';
            break;
        }
        case ViciMessage::Kind::Section:
            appendDebug(entry.section, out);
            break;
        }
    }
    *out += u'}';
}

bool encodeInto(const ViciMessage &message, QByteArray *out, ViciCodecError *error)
{
    const auto fail = [&](const QString &text) {
        if (error)
            *error = {text, out->size()};
        return false;
    };
    const auto putName = [&](quint8 type, const QByteArray &name) {
        if (name.size() > 0xff)
            return fail(
                CodecText::tr("name of %1 bytes is longer than 255: %2").arg(name.size()).arg(quoted(name.left(40))));
        out->append(char(type));
        out->append(char(name.size()));
        out->append(name);
        return true;
    };
    const auto putValue = [&](const QByteArray &value) {
        if (value.size() > 0xffff)
            return fail(CodecText::tr("value of %1 bytes is longer than 65535").arg(value.size()));
        out->append(char((value.size() >> 8) & 0xff));
        out->append(char(value.size() & 0xff));
        out->append(value);
        return true;
    };
    for (const auto &entry : message.entries()) {
        switch (entry.kind) {
        case ViciMessage::Kind::Value:
            if (!putName(KeyValue, entry.name) || !putValue(entry.value))
                return false;
            break;
        case ViciMessage::Kind::List:
            if (!putName(ListStart, entry.name))
                return false;
            for (const auto &item : entry.items) {
                out->append(char(ListItem));
                if (!putValue(item))
                    return false;
            }
            out->append(char(ListEnd));
            break;
        case ViciMessage::Kind::Section:
            if (!putName(SectionStart, entry.name) || !encodeInto(entry.section, out, error))
                return false;
            out->append(char(SectionEnd));
            break;
        }
    }
    return true;
}

// Recursive descent over the elements; depth is bounded by limits.maxDepth, every read is
// bounds-checked against data.size() before it happens.
class Decoder
{
public:
    Decoder(QByteArrayView data, const ViciLimits &limits, qsizetype baseOffset)
        : m_data(data)
        , m_limits(limits)
        , m_base(baseOffset)
    {
    }

    bool parse(ViciMessage *message, int depth)
    {
        while (m_pos < m_data.size()) {
            const qsizetype start = m_pos;
            if (++m_elements > m_limits.maxElements)
                return fail(CodecText::tr("more than %1 elements").arg(m_limits.maxElements), start);
            const auto type = static_cast<quint8>(m_data[m_pos++]);
            switch (type) {
            case SectionStart: {
                QByteArray name;
                if (!readName(&name, "section"))
                    return false;
                if (depth + 1 > m_limits.maxDepth)
                    return fail(CodecText::tr("sections nested deeper than %1").arg(m_limits.maxDepth), start);
                ViciMessage section;
                if (!parse(&section, depth + 1))
                    return false;
                if (!m_closed)
                    return fail(CodecText::tr("section %1 is not closed").arg(quoted(name)), start);
                m_closed = false;
                message->addSection(name, section);
                break;
            }
            case SectionEnd:
                if (depth == 0)
                    return fail(CodecText::tr("section end without a section"), start);
                m_closed = true;
                return true;
            case KeyValue: {
                QByteArray name;
                QByteArray value;
                if (!readName(&name, "key") || !readValue(&value))
                    return false;
                message->add(name, value);
                break;
            }
            case ListStart: {
                QByteArray name;
                if (!readName(&name, "list"))
                    return false;
                QList<QByteArray> items;
                for (;;) {
                    if (m_pos >= m_data.size())
                        return fail(CodecText::tr("list %1 is not closed").arg(quoted(name)), start);
                    const qsizetype itemStart = m_pos;
                    const auto itemType = static_cast<quint8>(m_data[m_pos++]);
                    if (itemType == ListEnd)
                        break;
                    if (itemType != ListItem)
                        return fail(CodecText::tr("element type %1 inside list %2").arg(itemType).arg(quoted(name)),
                                    itemStart);
                    if (++m_elements > m_limits.maxElements)
                        return fail(CodecText::tr("more than %1 elements").arg(m_limits.maxElements), itemStart);
                    QByteArray item;
                    if (!readValue(&item))
                        return false;
                    items << item;
                }
                message->addList(name, items);
                break;
            }
            case ListItem:
                return fail(CodecText::tr("list item outside a list"), start);
            case ListEnd:
                return fail(CodecText::tr("list end outside a list"), start);
            default:
                return fail(CodecText::tr("unknown element type %1").arg(type), start);
            }
        }
        return true; // the caller decides whether ending here is fine (only at depth 0)
    }

    ViciCodecError error() const { return m_error; }

private:
    bool fail(const QString &text, qsizetype offset)
    {
        m_error = {text, m_base + offset};
        return false;
    }

    bool readName(QByteArray *name, const char *what)
    {
        if (m_pos >= m_data.size())
            return fail(CodecText::tr("truncated: %1 name length missing").arg(QLatin1StringView(what)), m_pos);
        const auto length = static_cast<quint8>(m_data[m_pos]);
        if (m_data.size() - m_pos - 1 < length)
            return fail(CodecText::tr("truncated: %1 name of %2 bytes, %3 left")
                            .arg(QLatin1StringView(what))
                            .arg(length)
                            .arg(m_data.size() - m_pos - 1),
                        m_pos);
        *name = m_data.sliced(m_pos + 1, length).toByteArray();
        m_pos += 1 + length;
        return true;
    }

    bool readValue(QByteArray *value)
    {
        if (m_data.size() - m_pos < 2)
            return fail(CodecText::tr("truncated: value length missing"), m_pos);
        const qsizetype length
            = (qsizetype(static_cast<quint8>(m_data[m_pos])) << 8) | static_cast<quint8>(m_data[m_pos + 1]);
        if (m_data.size() - m_pos - 2 < length)
            return fail(
                CodecText::tr("truncated: value of %1 bytes, %2 left").arg(length).arg(m_data.size() - m_pos - 2),
                m_pos);
        *value = m_data.sliced(m_pos + 2, length).toByteArray();
        m_pos += 2 + length;
        return true;
    }

    QByteArrayView m_data;
    ViciLimits m_limits;
    qsizetype m_base = 0;
    qsizetype m_pos = 0;
    qsizetype m_elements = 0;
    bool m_closed = false;
    ViciCodecError m_error;
};

} // namespace

ViciMessage::ViciMessage() = default;
ViciMessage::~ViciMessage() = default;
ViciMessage::ViciMessage(const ViciMessage &) = default;
ViciMessage::ViciMessage(ViciMessage &&) noexcept = default;
ViciMessage &ViciMessage::operator=(const ViciMessage &) = default;
ViciMessage &ViciMessage::operator=(ViciMessage &&) noexcept = default;

bool ViciMessage::operator==(const ViciMessage &other) const
{
    return m_entries == other.m_entries;
}

ViciMessage &ViciMessage::add(const QByteArray &name, const QByteArray &value)
{
    Entry entry;
    entry.kind = Kind::Value;
    entry.name = name;
    entry.value = value;
    m_entries.push_back(std::move(entry));
    return *this;
}

ViciMessage &ViciMessage::addList(const QByteArray &name, const QList<QByteArray> &items)
{
    Entry entry;
    entry.kind = Kind::List;
    entry.name = name;
    entry.items = items;
    m_entries.push_back(std::move(entry));
    return *this;
}

ViciMessage &ViciMessage::addSection(const QByteArray &name, const ViciMessage &section)
{
    Entry entry;
    entry.kind = Kind::Section;
    entry.name = name;
    entry.section = section;
    m_entries.push_back(std::move(entry));
    return *this;
}

const ViciMessage::Entry *ViciMessage::find(QByteArrayView name) const
{
    for (const auto &entry : m_entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

QByteArray ViciMessage::value(QByteArrayView name) const
{
    for (const auto &entry : m_entries) {
        if (entry.kind == Kind::Value && entry.name == name)
            return entry.value;
    }
    return {};
}

QList<QByteArray> ViciMessage::list(QByteArrayView name) const
{
    for (const auto &entry : m_entries) {
        if (entry.kind == Kind::List && entry.name == name)
            return entry.items;
    }
    return {};
}

const ViciMessage *ViciMessage::section(QByteArrayView name) const
{
    for (const auto &entry : m_entries) {
        if (entry.kind == Kind::Section && entry.name == name)
            return &entry.section;
    }
    return nullptr;
}

QString ViciMessage::toDebugString() const
{
    QString out;
    appendDebug(*this, &out);
    return out;
}

QString ViciCodecError::toString() const
{
    return CodecText::tr("%1 at offset %2").arg(message).arg(offset);
}

QString packetTypeName(ViciPacketType type)
{
    switch (type) {
    case ViciPacketType::CmdRequest:
        return u"CMD_REQUEST"_s;
    case ViciPacketType::CmdResponse:
        return u"CMD_RESPONSE"_s;
    case ViciPacketType::CmdUnknown:
        return u"CMD_UNKNOWN"_s;
    case ViciPacketType::EventRegister:
        return u"EVENT_REGISTER"_s;
    case ViciPacketType::EventUnregister:
        return u"EVENT_UNREGISTER"_s;
    case ViciPacketType::EventConfirm:
        return u"EVENT_CONFIRM"_s;
    case ViciPacketType::EventUnknown:
        return u"EVENT_UNKNOWN"_s;
    case ViciPacketType::Event:
        return u"EVENT"_s;
    }
    return u"type %1"_s.arg(int(type));
}

bool packetHasName(ViciPacketType type)
{
    return type == ViciPacketType::CmdRequest || type == ViciPacketType::EventRegister
        || type == ViciPacketType::EventUnregister || type == ViciPacketType::Event;
}

bool packetHasMessage(ViciPacketType type)
{
    return type == ViciPacketType::CmdRequest || type == ViciPacketType::CmdResponse || type == ViciPacketType::Event;
}

std::optional<QByteArray> encodeMessage(const ViciMessage &message, ViciCodecError *error)
{
    QByteArray out;
    if (!encodeInto(message, &out, error))
        return std::nullopt;
    return out;
}

std::optional<QByteArray> encodePacket(const ViciPacket &packet, ViciCodecError *error)
{
    QByteArray body;
    body.append(char(packet.type));
    if (packetHasName(packet.type)) {
        if (packet.name.size() > 0xff) {
            if (error)
                *error = {CodecText::tr("packet name of %1 bytes is longer than 255").arg(packet.name.size()), 5};
            return std::nullopt;
        }
        body.append(char(packet.name.size()));
        body.append(packet.name);
    }
    if (packetHasMessage(packet.type)) {
        const auto message = encodeMessage(packet.message, error);
        if (!message) {
            if (error)
                error->offset += 4 + body.size();
            return std::nullopt;
        }
        body.append(*message);
    }
    const auto size = quint32(body.size());
    QByteArray frame;
    frame.reserve(body.size() + 4);
    frame.append(char((size >> 24) & 0xff));
    frame.append(char((size >> 16) & 0xff));
    frame.append(char((size >> 8) & 0xff));
    frame.append(char(size & 0xff));
    frame.append(body);
    return frame;
}

std::optional<ViciMessage> decodeMessage(QByteArrayView data, ViciCodecError *error, const ViciLimits &limits,
                                         qsizetype baseOffset)
{
    Decoder decoder(data, limits, baseOffset);
    ViciMessage message;
    if (!decoder.parse(&message, 0)) {
        if (error)
            *error = decoder.error();
        return std::nullopt;
    }
    return message;
}

std::optional<ViciPacket> decodePacket(QByteArrayView body, ViciCodecError *error, const ViciLimits &limits,
                                       qsizetype baseOffset)
{
    const auto fail = [&](const QString &text, qsizetype offset) {
        if (error)
            *error = {text, baseOffset + offset};
        return std::nullopt;
    };
    if (body.isEmpty())
        return fail(CodecText::tr("empty packet"), 0);
    const auto rawType = static_cast<quint8>(body[0]);
    if (rawType > quint8(ViciPacketType::Event))
        return fail(CodecText::tr("unknown packet type %1").arg(rawType), 0);
    ViciPacket packet;
    packet.type = ViciPacketType(rawType);
    qsizetype pos = 1;
    if (packetHasName(packet.type)) {
        if (body.size() < 2)
            return fail(CodecText::tr("truncated: %1 without a name length").arg(packetTypeName(packet.type)), pos);
        const auto length = static_cast<quint8>(body[1]);
        if (body.size() - 2 < length)
            return fail(CodecText::tr("truncated: %1 name of %2 bytes, %3 left")
                            .arg(packetTypeName(packet.type))
                            .arg(length)
                            .arg(body.size() - 2),
                        pos);
        packet.name = body.sliced(2, length).toByteArray();
        pos = 2 + length;
    }
    if (packetHasMessage(packet.type)) {
        auto message = decodeMessage(body.sliced(pos), error, limits, baseOffset + pos);
        if (!message)
            return std::nullopt;
        packet.message = std::move(*message);
    } else if (pos != body.size()) {
        return fail(CodecText::tr("%1 bytes after %2, which carries no message")
                        .arg(body.size() - pos)
                        .arg(packetTypeName(packet.type)),
                    pos);
    }
    return packet;
}

ViciFrameStatus checkFrame(QByteArrayView buffer, qsizetype *frameSize, ViciCodecError *error, const ViciLimits &limits)
{
    if (buffer.size() < 4)
        return ViciFrameStatus::NeedMore;
    const quint32 length = (quint32(static_cast<quint8>(buffer[0])) << 24)
        | (quint32(static_cast<quint8>(buffer[1])) << 16) | (quint32(static_cast<quint8>(buffer[2])) << 8)
        | quint32(static_cast<quint8>(buffer[3]));
    if (length == 0) {
        if (error)
            *error = {CodecText::tr("packet of length 0"), 0};
        return ViciFrameStatus::Error;
    }
    if (qint64(length) > qint64(limits.maxFrameSize)) {
        if (error)
            *error
                = {CodecText::tr("packet of %1 bytes exceeds the limit of %2").arg(length).arg(limits.maxFrameSize), 0};
        return ViciFrameStatus::Error;
    }
    if (buffer.size() - 4 < qsizetype(length))
        return ViciFrameStatus::NeedMore;
    if (frameSize)
        *frameSize = 4 + qsizetype(length);
    return ViciFrameStatus::Complete;
}

std::optional<ViciPacket> decodeFrame(QByteArrayView frame, ViciCodecError *error, const ViciLimits &limits)
{
    qsizetype size = 0;
    switch (checkFrame(frame, &size, error, limits)) {
    case ViciFrameStatus::Error:
        return std::nullopt;
    case ViciFrameStatus::NeedMore:
        if (error)
            *error = {CodecText::tr("truncated frame: %1 bytes").arg(frame.size()), frame.size()};
        return std::nullopt;
    case ViciFrameStatus::Complete:
        break;
    }
    if (size != frame.size()) {
        if (error)
            *error = {CodecText::tr("%1 bytes after the frame").arg(frame.size() - size), size};
        return std::nullopt;
    }
    return decodePacket(frame.sliced(4), error, limits, 4);
}

} // namespace vpnaas::vici
