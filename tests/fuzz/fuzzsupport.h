// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

/*!
 * What every libFuzzer target here shares. Qt's warnings for bad input are expected by the
 * thousand and would only slow the run down, so they are dropped; qFatal still aborts, and an
 * invariant a target checks fails through fuzzCheck(), which prints the reason and aborts, so
 * libFuzzer keeps the input as a crash.
 */
namespace vpnaas::fuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
        std::abort();
    }
}

inline void initialize()
{
    qInstallMessageHandler(quietMessages);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void fuzzCheck(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace vpnaas::fuzz
