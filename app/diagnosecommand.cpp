// SPDX-License-Identifier: Apache-2.0
#include "diagnosecommand.h"
#include "headlesscloud.h"

#include "diagnosis/diagnoserun.h"
#include "diagnosis/logcollector.h"
#include "diagnosis/simulation.h"
#include "monitoring/samapping.h"
#include "monitoring/vicicountersource.h"
#include "workspace/clicommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSettings>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace vpnaas;

namespace {

class DiagnoseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiagnoseCommand)
};

constexpr int kCloudFailed = 3;

int fail(int status, const QString &message)
{
    std::fprintf(stderr, "vpnaas-console diagnose: %s\n", qPrintable(message));
    return status;
}

void warn(const QString &message)
{
    std::fprintf(stderr, "vpnaas-console diagnose: %s\n", qPrintable(DiagnoseCommand::tr("warning: %1").arg(message)));
}

/*! A charon log file's lines; std::nullopt with \a error when it cannot be read. */
std::optional<QList<diagnosis::CharonLogLine>> readLog(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = DiagnoseCommand::tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // A log file can be huge: its tail is what counts.
    constexpr qint64 kTail = qint64(8) * 1024 * 1024;
    if (file.size() > kTail)
        file.seek(file.size() - kTail);
    int skipped = 0;
    QList<diagnosis::CharonLogLine> lines = diagnosis::parseCharonLog(QString::fromUtf8(file.readAll()),
                                                                      QDateTime::currentDateTimeUtc().date(), &skipped);
    if (lines.isEmpty()) {
        *error = DiagnoseCommand::tr("%1 has no charon log lines (%n other line(s))", nullptr, skipped).arg(path);
        return std::nullopt;
    }
    return lines;
}

} // namespace

int runDiagnoseCommand(QCoreApplication &app, const QStringList &arguments)
{
    Q_UNUSED(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(DiagnoseCommand::tr(
        "Say why an IPsec site connection is down, from charon's log on the network node and the peer, and what to "
        "change.\nExit status: 0 healthy, 1 a problem was found, 2 cannot tell (or a usage error), 3 the cloud "
        "could not be read."));
    parser.addHelpOption();
    HeadlessCloud cloud;
    cloud.addOptions(parser);
    const QCommandLineOption connection(u"connection"_s,
                                        DiagnoseCommand::tr("The IPsec site connection, by id or name."), u"id"_s);
    const QCommandLineOption vici(u"vici"_s,
                                  DiagnoseCommand::tr("VICI socket of the network node running the connection's router "
                                                      "(unix:///path or tcp://host:port); repeatable. Default: the "
                                                      "endpoints saved in the window for this cloud."),
                                  u"uri"_s);
    const QCommandLineOption peerVici(u"peer-vici"_s, DiagnoseCommand::tr("VICI socket of the peer gateway."),
                                      u"uri"_s);
    const QCommandLineOption log(u"log"_s, DiagnoseCommand::tr("charon's log of the network node, from a file."),
                                 u"file"_s);
    const QCommandLineOption peerLog(u"peer-log"_s,
                                     DiagnoseCommand::tr("charon's log of the peer gateway, from a file."), u"file"_s);
    const QCommandLineOption noInitiate(
        u"no-initiate"_s, DiagnoseCommand::tr("Do not start a connection that is down; only read what is logged."));
    const QCommandLineOption timeout(u"timeout"_s,
                                     DiagnoseCommand::tr("How long a started negotiation may take (default 15)."),
                                     u"seconds"_s, u"15"_s);
    const QCommandLineOption json(u"json"_s, DiagnoseCommand::tr("Print the diagnosis as JSON."));
    const QCommandLineOption simulate(u"simulate"_s,
                                      DiagnoseCommand::tr("With --sandbox: the simulated failure to show (%1).")
                                          .arg(diagnosis::simulatedCodes().join(u", "_s)),
                                      u"code"_s);
    parser.addOptions({connection, vici, peerVici, log, peerLog, noInitiate, timeout, json, simulate});
    if (!parser.parse(arguments))
        return fail(2, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (!parser.isSet(connection))
        return fail(2, DiagnoseCommand::tr("--connection is required"));
    bool timeoutOk = false;
    const int timeoutSeconds = parser.value(timeout).toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds < 1 || timeoutSeconds > 600)
        return fail(2, DiagnoseCommand::tr("--timeout is a number of seconds from 1 to 600"));
    QList<monitoring::ViciEndpoint> endpoints;
    const auto addEndpoints = [&](const QStringList &uris, monitoring::ViciEndpoint::Scope scope) -> QString {
        for (const QString &uri : uris) {
            if (const QString problem = monitoring::viciUriProblem(uri); !problem.isEmpty())
                return u"%1: %2"_s.arg(uri, problem);
            endpoints.append({uri, scope, QString(), QString()});
        }
        return {};
    };
    if (QString problem = addEndpoints(parser.values(vici), monitoring::ViciEndpoint::Scope::VpnService);
        !problem.isEmpty())
        return fail(2, problem);
    if (QString problem = addEndpoints(parser.values(peerVici), monitoring::ViciEndpoint::Scope::PeerGateway);
        !problem.isEmpty())
        return fail(2, problem);

    QString error;
    if (const int status = cloud.open(parser, warn, &error); status != 0)
        return fail(status == 2 ? 2 : kCloudFailed, error);
    const ServerState &state = cloud.state();
    const QString wanted = parser.value(connection);
    const IpsecSiteConnection *target = state.connection(wanted);
    if (!target) {
        for (const IpsecSiteConnection &c : state.connections) {
            if (c.name == wanted) {
                if (target)
                    return fail(2,
                                DiagnoseCommand::tr("several connections are named \"%1\": give the id").arg(wanted));
                target = &c;
            }
        }
    }
    if (!target)
        return fail(2, DiagnoseCommand::tr("no IPsec site connection \"%1\" in this project").arg(wanted));
    const QString connectionId = target->id;
    // The peer gateway endpoints of the command line belong to this connection.
    for (monitoring::ViciEndpoint &endpoint : endpoints) {
        if (endpoint.scope == monitoring::ViciEndpoint::Scope::PeerGateway)
            endpoint.targetId = connectionId;
    }
    const bool fromFiles = parser.isSet(log) || parser.isSet(peerLog);
    if (endpoints.isEmpty() && !fromFiles && !cloud.isSandbox() && !cloud.cloudName().isEmpty()) {
        // What the window saved for this cloud (Monitoring ▸ strongSwan endpoints).
        QStringList skipped;
        endpoints = monitoring::ViciEndpoint::fromVariantList(
            QSettings().value(u"monitoring/endpoints/"_s
                              + QString::fromLatin1(cloud.cloudName().toUtf8().toPercentEncoding())),
            &skipped);
        for (const QString &problem : std::as_const(skipped))
            warn(DiagnoseCommand::tr("a saved strongSwan endpoint was skipped: %1").arg(problem));
    }

    diagnosis::Diagnosis result;
    QStringList actions;
    if (cloud.isSandbox()) {
        const QString code = parser.isSet(simulate) ? parser.value(simulate) : diagnosis::defaultSimulation(*target);
        if (!diagnosis::simulatedCodes().contains(code))
            return fail(2,
                        DiagnoseCommand::tr("--simulate is one of: %1").arg(diagnosis::simulatedCodes().join(u", "_s)));
        result = diagnosis::diagnose(diagnosis::simulatedEvidence(state, connectionId, code));
    } else if (fromFiles) {
        diagnosis::Evidence evidence;
        evidence.connection = strongswan::resolveConnection(state, connectionId);
        if (parser.isSet(log)) {
            const auto lines = readLog(parser.value(log), &error);
            if (!lines)
                return fail(2, error);
            evidence.ownAttached = true;
            evidence.ownLines = *lines;
        }
        if (parser.isSet(peerLog)) {
            const auto lines = readLog(parser.value(peerLog), &error);
            if (!lines)
                return fail(2, error);
            evidence.peerAttached = true;
            evidence.peerLines = *lines;
        }
        result = diagnosis::diagnose(evidence);
    } else {
        diagnosis::LogCollector collector;
        collector.setEndpoints(endpoints);
        monitoring::ViciCounterSource counters;
        counters.setEndpoints(endpoints);
        counters.setTargets(monitoring::mappingTargets(state));
        diagnosis::DiagnoseRun run(&collector, endpoints.isEmpty() ? nullptr : &counters);
        diagnosis::DiagnoseRun::Options options;
        options.initiate = !parser.isSet(noInitiate);
        options.initiateTimeoutMs = timeoutSeconds * 1000;
        QEventLoop loop;
        QObject::connect(&run, &diagnosis::DiagnoseRun::progress, &loop, [&](const QString &message) {
            if (!parser.isSet(json))
                std::fprintf(stderr, "%s\n", qPrintable(message));
        });
        QObject::connect(&run, &diagnosis::DiagnoseRun::finished, &loop, [&](const diagnosis::Diagnosis &d) {
            result = d;
            loop.quit();
        });
        run.start(state, connectionId, options);
        loop.exec();
        actions = run.actions();
        for (const monitoring::ViciEndpoint &endpoint : std::as_const(endpoints)) {
            if (const QString problem = collector.endpointProblem(endpoint.uri); !problem.isEmpty())
                result.missing.append(problem);
        }
    }

    if (parser.isSet(json)) {
        std::fputs(diagnosis::toJson(result, connectionId).constData(), stdout);
    } else {
        QString text
            = DiagnoseCommand::tr("Connection %1 (%2)").arg(cli::terminalText(target->name), connectionId) + u'\n';
        for (const QString &action : std::as_const(actions))
            text += action + u'\n';
        // Log lines and names come from daemons and the server: no terminal escapes, line by line.
        for (const QString &line : diagnosis::toText(result).split(u'\n'))
            text += cli::terminalText(line) + u'\n';
        std::fputs(text.toUtf8().constData(), stdout);
    }
    std::fflush(stdout);
    return diagnosis::exitCode(result);
}
