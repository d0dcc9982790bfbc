// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the VICI decoder and the SA parsers (models/vici). The input is a receive
// buffer: frames are cut off it with checkFrame() the way ViciConnection does, decoded, parsed
// as list-sas / ike-updown / child-rekey messages, and re-encoded: what decodes must encode
// and decode again to the same packet. The whole input is also decoded as one bare message.
// Seeds: the `hex:` lines of tests/data/vici/vici-capture.txt (tests/fuzz/seeds.py).
#include "fuzzsupport.h"

#include "vici/vicimessage.h"
#include "vici/vicisainfo.h"

using namespace vpnaas;
using namespace vpnaas::vici;

namespace {

void parseAll(const ViciMessage &message)
{
    QString error;
    if (const auto sas = parseSas(message, &error)) {
        for (const SaInfo &sa : *sas)
            (void)sa;
    }
    (void)parseUpDown(message, &error);
    (void)parseChildRekey(message, &error);
    for (const ViciMessage::Entry &entry : message.entries()) {
        if (entry.kind == ViciMessage::Kind::Section) {
            (void)parseIkeSa(entry.name, entry.section, &error);
            (void)parseChildSa(entry.name, entry.section, &error);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    // Small limits so that deep nesting and many elements are reached with small inputs.
    ViciLimits limits;
    limits.maxFrameSize = 64 * 1024;
    limits.maxDepth = 8;
    limits.maxElements = 4096;

    QByteArrayView rest(input);
    while (!rest.isEmpty()) {
        qsizetype frameSize = 0;
        ViciCodecError error;
        const ViciFrameStatus status = checkFrame(rest, &frameSize, &error, limits);
        if (status != ViciFrameStatus::Complete)
            break;
        fuzz::fuzzCheck(frameSize > 4 && frameSize <= rest.size(), "checkFrame's frame size is inside the buffer");
        const auto packet = decodeFrame(rest.first(frameSize), &error, limits);
        if (packet) {
            parseAll(packet->message);
            ViciCodecError encodeError;
            if (const auto encoded = encodePacket(*packet, &encodeError)) {
                const auto again = decodeFrame(*encoded, &error, limits);
                fuzz::fuzzCheck(again.has_value(), "a re-encoded packet decodes");
                fuzz::fuzzCheck(*again == *packet, "decode(encode(packet)) == packet");
            }
        } else {
            fuzz::fuzzCheck(error.offset >= 0 || !error.message.isEmpty(), "a refused frame says why");
        }
        rest = rest.sliced(frameSize);
    }

    if (const auto message = decodeMessage(input, nullptr, limits))
        parseAll(*message);
    return 0;
}
