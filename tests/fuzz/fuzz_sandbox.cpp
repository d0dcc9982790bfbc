// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the sandbox's request handler, SandboxServer::handle() (models/sandbox).
// The input is a short session: requests separated by a line "%%", each a first line
// "METHOD /path?query" and the body after it. "{N}" in a path or body stands for the id of
// the N-th resource this session created (0-based), so that mutated sessions still address
// what they made. Every execution starts from an empty in-memory store (no SQLite file; one
// store and server for the process, cleared before each input), so it is cheap and
// independent of the previous one. Nothing may crash, every answer must be a
// valid HTTP status with a JSON body or none, and a write's id must be readable afterwards.
// Seeds: the recorded session tests/data/neutron-fixtures, as a whole and per request
// (tests/fuzz/seeds.py maps its ids to {N}).
#include "fuzzsupport.h"

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace vpnaas;
using namespace vpnaas::sandbox;

namespace {

// Enough for create → read → update → delete chains across resources; longer sessions mostly
// repeat requests and cost executions.
constexpr int kMaxRequests = 12;

QList<QByteArray> records(const QByteArray &input)
{
    QList<QByteArray> result;
    qsizetype from = 0;
    while (from <= input.size() && result.size() < kMaxRequests) {
        const qsizetype end = input.indexOf("\n%%\n", from);
        result.append(input.mid(from, end < 0 ? -1 : end - from));
        if (end < 0)
            break;
        from = end + 4;
    }
    return result;
}

QByteArray substitute(QByteArray text, const QList<QByteArray> &ids)
{
    for (qsizetype i = ids.size() - 1; i >= 0; --i)
        text.replace(QByteArray("{" + QByteArray::number(i) + "}"), ids.at(i));
    return text;
}

SandboxStore *store()
{
    static SandboxStore memory;
    return &memory;
}

SandboxServer *server()
{
    static SandboxServer handler(store());
    return &handler;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    QString error;
    fuzz::fuzzCheck(store()->open(&error), "an in-memory store opens");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    fuzz::fuzzCheck(store()->clear(nullptr), "the in-memory store empties");
    QList<QByteArray> created;
    for (const QByteArray &text : records(input)) {
        const qsizetype newline = text.indexOf('\n');
        const QByteArray line = newline < 0 ? text : text.left(newline);
        const QByteArray body = newline < 0 ? QByteArray() : substitute(text.mid(newline + 1), created);
        const qsizetype space = line.indexOf(' ');
        if (space <= 0)
            continue;
        const QByteArray method = line.left(space);
        const QUrl url(u"http://sandbox.invalid:9696"_s + QString::fromUtf8(substitute(line.mid(space + 1), created)));
        if (!url.isValid())
            continue;
        const SandboxResponse response = server()->handle(method, url, body);
        fuzz::fuzzCheck(response.status >= 200 && response.status < 600, "an HTTP status");
        if (!response.body.isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
            fuzz::fuzzCheck(parseError.error == QJsonParseError::NoError, "the body is JSON");
            if (method == "POST" && response.status == 201 && document.isObject()) {
                const QJsonObject object = document.object();
                if (object.size() == 1 && object.begin()->isObject()) {
                    const QString id = object.begin()->toObject().value(u"id"_s).toString();
                    if (!id.isEmpty())
                        created.append(id.toUtf8());
                }
            }
        }
    }
    return 0;
}
