// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: every decoder of the JSON codec (models/vpnaas/codec.h). Byte 0 picks the
// decoder, the rest is the body. Whatever a decoder accepts must not crash the code that reads
// the value, and a decoded VPN resource must survive toJson() and decoding again unchanged.
// Seeds: the request and response bodies of tests/data/neutron-fixtures (tests/fuzz/seeds.py
// writes them with the selector seeds.py and this file agree on: kDecoders' order).
#include "fuzzsupport.h"

#include "vpnaas/codec.h"

#include <QJsonDocument>

#include <functional>

using namespace vpnaas;

namespace {

template<typename T>
void single(const QByteArray &body)
{
    const auto decoded = codec::decodeSingle<T>(body);
    fuzz::fuzzCheck(decoded.ok() || !decoded.error.isEmpty(), "a refused body says why");
    if constexpr (VpnResource<T>) {
        if (decoded.ok()) {
            const QJsonObject json = codec::toJson(*decoded.value);
            const T again = codec::decodeResource<T>(json);
            fuzz::fuzzCheck(again == *decoded.value, "decodeResource(toJson(value)) == value");
        }
    }
}

template<typename T>
void list(const QByteArray &body)
{
    const auto decoded = codec::decodeList<T>(body);
    fuzz::fuzzCheck(decoded.ok() || !decoded.error.isEmpty(), "a refused body says why");
    if constexpr (VpnResource<T>) {
        if (decoded.ok()) {
            for (const T &item : decoded.value->items)
                fuzz::fuzzCheck(codec::decodeResource<T>(codec::toJson(item)) == item, "list item round trip");
        }
    }
}

template<typename T>
void request(const QByteArray &body)
{
    const auto decoded = codec::decodeRequest<T>(body);
    if (decoded.ok()) {
        (void)codec::encodeCreate(*decoded.value);
        (void)codec::encodeUpdate(*decoded.value);
    }
}

template<typename T>
void resource(std::vector<std::function<void(const QByteArray &)>> &decoders)
{
    decoders.emplace_back(single<T>);
    decoders.emplace_back(list<T>);
    if constexpr (VpnResource<T>)
        decoders.emplace_back(request<T>);
}

/*! The order is the seed format (tests/fuzz/seeds.py CODEC_SELECTORS). */
const std::vector<std::function<void(const QByteArray &)>> &decoders()
{
    static const auto all = [] {
        std::vector<std::function<void(const QByteArray &)>> d;
        resource<IkePolicy>(d); // 0 1 2
        resource<IpsecPolicy>(d); // 3 4 5
        resource<VpnService>(d); // 6 7 8
        resource<EndpointGroup>(d); // 9 10 11
        resource<IpsecSiteConnection>(d); // 12 13 14
        resource<Router>(d); // 15 16
        resource<Network>(d); // 17 18
        resource<Subnet>(d); // 19 20
        d.emplace_back([](const QByteArray &body) { (void)codec::decodeError(body); }); // 21
        d.emplace_back([](const QByteArray &body) { (void)codec::decodeExtension(body); }); // 22
        d.emplace_back([](const QByteArray &body) { (void)codec::decodeExtensions(body); }); // 23
        d.emplace_back([](const QByteArray &body) { (void)codec::decodeVersions(body); }); // 24
        d.emplace_back([](const QByteArray &body) { (void)codec::decodeResources(body); }); // 25
        d.emplace_back([](const QByteArray &body) { (void)codec::decodeRouterInterface(body); }); // 26
        d.emplace_back([](const QByteArray &body) { (void)codec::decodeRouterInterfacePorts(body); }); // 27
        return d;
    }();
    return all;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const auto &all = decoders();
    const QByteArray body = fuzz::bytes(data + 1, size - 1);
    all[data[0] % all.size()](body);
    return 0;
}
