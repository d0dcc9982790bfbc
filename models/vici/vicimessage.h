// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace vpnaas::vici {

/*!
 * One VICI message: an ordered list of key/values, lists and (nested) sections, exactly as
 * strongSwan puts them on the wire. Names and values are raw bytes (strongSwan sends numbers
 * as decimal ASCII). Duplicate names are kept; the lookup helpers return the first match.
 * Plain value type.
 */
class ViciMessage
{
public:
    enum class Kind { Value, List, Section };
    struct Entry;

    ViciMessage();
    ~ViciMessage();
    ViciMessage(const ViciMessage &);
    ViciMessage(ViciMessage &&) noexcept;
    ViciMessage &operator=(const ViciMessage &);
    ViciMessage &operator=(ViciMessage &&) noexcept;

    ViciMessage &add(const QByteArray &name, const QByteArray &value);
    ViciMessage &addList(const QByteArray &name, const QList<QByteArray> &items);
    ViciMessage &addSection(const QByteArray &name, const ViciMessage &section);

    const std::vector<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.empty(); }

    const Entry *find(QByteArrayView name) const;
    bool contains(QByteArrayView name) const { return find(name) != nullptr; }
    /*! The first key/value \a name, or a null QByteArray. */
    QByteArray value(QByteArrayView name) const;
    /*! The first list \a name (empty if there is none). */
    QList<QByteArray> list(QByteArrayView name) const;
    /*! The first section \a name, or nullptr. */
    const ViciMessage *section(QByteArrayView name) const;

    /*! Compact JSON-like text ({"k": "v", "l": ["a"], "s": {...}}) for test diffs and logs. */
    QString toDebugString() const;

    bool operator==(const ViciMessage &other) const;

private:
    std::vector<Entry> m_entries;
};

struct ViciMessage::Entry {
    Kind kind = Kind::Value;
    QByteArray name;
    QByteArray value; //!< Kind::Value
    QList<QByteArray> items; //!< Kind::List
    ViciMessage section; //!< Kind::Section

    bool operator==(const Entry &) const = default;
};

enum class ViciPacketType : quint8 {
    CmdRequest = 0,
    CmdResponse = 1,
    CmdUnknown = 2,
    EventRegister = 3,
    EventUnregister = 4,
    EventConfirm = 5,
    EventUnknown = 6,
    Event = 7,
};
QString packetTypeName(ViciPacketType type);
/*! Whether packets of \a type carry a name (command or event), and a message. */
bool packetHasName(ViciPacketType type);
bool packetHasMessage(ViciPacketType type);

/*! One packet without its length prefix. */
struct ViciPacket {
    ViciPacketType type = ViciPacketType::CmdRequest;
    QByteArray name; //!< command or event name, for the types that carry one
    ViciMessage message; //!< for CMD_REQUEST, CMD_RESPONSE and EVENT

    bool operator==(const ViciPacket &) const = default;
};

/*!
 * Bounds for everything the decoder accepts. The default frame size is strongSwan's own
 * (VICI_MESSAGE_SIZE_MAX, 512 KiB); charon never sends more.
 */
struct ViciLimits {
    qsizetype maxFrameSize = qsizetype{512} * 1024;
    int maxDepth = 32; //!< nested sections
    qsizetype maxElements = 200000; //!< elements of one message, list items included
};

/*! Why bytes could not be decoded (or encoded): a sentence and the byte offset it refers to. */
struct ViciCodecError {
    QString message;
    qsizetype offset = -1;
    /*! "message at offset N". */
    QString toString() const;
};

/*! Message elements only (no packet header). An error for names over 255 or values over 65535 bytes. */
std::optional<QByteArray> encodeMessage(const ViciMessage &message, ViciCodecError *error = nullptr);
/*! A whole frame: the 4-byte big-endian length, type, name and message. */
std::optional<QByteArray> encodePacket(const ViciPacket &packet, ViciCodecError *error = nullptr);

/*!
 * Message elements only. Offsets in \a error count from the start of \a data plus \a baseOffset.
 * Never reads outside \a data; every malformed input is an error, never a crash.
 */
std::optional<ViciMessage> decodeMessage(QByteArrayView data, ViciCodecError *error = nullptr,
                                         const ViciLimits &limits = {}, qsizetype baseOffset = 0);
/*! One packet body (what follows the length prefix); offsets count from \a baseOffset. */
std::optional<ViciPacket> decodePacket(QByteArrayView body, ViciCodecError *error = nullptr,
                                       const ViciLimits &limits = {}, qsizetype baseOffset = 0);

enum class ViciFrameStatus { NeedMore, Complete, Error };
/*!
 * Looks at the start of a receive buffer: NeedMore until a whole frame is there, then Complete
 * with \a frameSize (prefix included) set; Error as soon as the length prefix is 0 or over the
 * limit (no need to wait for the bytes of an oversize frame).
 */
ViciFrameStatus checkFrame(QByteArrayView buffer, qsizetype *frameSize, ViciCodecError *error = nullptr,
                           const ViciLimits &limits = {});
/*! Exactly one whole frame (prefix included); an error if \a frame holds less or more. */
std::optional<ViciPacket> decodeFrame(QByteArrayView frame, ViciCodecError *error = nullptr,
                                      const ViciLimits &limits = {});

} // namespace vpnaas::vici
