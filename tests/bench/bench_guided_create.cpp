// SPDX-License-Identifier: Apache-2.0
// The guided wizard's create on a real neutron-server (issue 16): from Finish to created, against
// the sum of its six POSTs' own times, and every request the create made meanwhile (method, path,
// milliseconds). Target: the whole create within 1.5x the sum of its POSTs. Offscreen; prints
// numbers; never run by ctest (docs/style.md 24). Needs the server of the integration harness:
//
//   tests/integration/run-with-openstack -- build/release/tests/bench/bench_guided_create [runs]
#include "benchsupport.h"
#include "neutronseed.h"

#include "wizards/connectionpages.h"
#include "wizards/endpointgrouppage.h"
#include "wizards/sitetositewizard.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace vpnaas;

namespace {

constexpr double kRatioTarget = 1.5;

struct Request {
    QByteArray method;
    QString path;
    double start = 0;
    double end = -1;
};

/*! Remembers every request it sends, with when it was sent and when its reply finished. */
class RecordingNetwork : public QNetworkAccessManager
{
public:
    QList<Request> requests;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *body) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, body);
        const qsizetype index = requests.size();
        QByteArray method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        if (method.isEmpty()) {
            static const QHash<Operation, QByteArray> names{{GetOperation, "GET"},
                                                            {PostOperation, "POST"},
                                                            {PutOperation, "PUT"},
                                                            {DeleteOperation, "DELETE"},
                                                            {HeadOperation, "HEAD"}};
            method = names.value(op, "?");
        }
        requests.append(
            {method, request.url().path() + (request.url().hasQuery() ? u"?…"_s : QString()), bench::nowMs(), -1});
        connect(reply, &QNetworkReply::finished, this, [this, index] { requests[index].end = bench::nowMs(); });
        return reply;
    }
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    bench::offscreenByDefault();
    bench::Application<QApplication> app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    if (qEnvironmentVariableIsEmpty("NEUTRON_URL")) {
        std::fprintf(stderr,
                     "bench_guided_create: no NEUTRON_URL; run it under tests/integration/run-with-openstack\n");
        return 2;
    }
    const QUrl url = integration::neutronUrl();
    RecordingNetwork network;
    integration::seedNetworkSide(network, url);
    openstack::CloudProfile profile;
    profile.name = u"bench"_s;
    profile.authTypeName = u"none"_s;
    profile.endpoint = url;
    Workspace workspace;
    {
        // neutron on SQLite may answer the first reads of a new project with "database is locked".
        QSignalSpy refreshed(&workspace, &Workspace::refreshSucceeded);
        QSignalSpy failed(&workspace, &Workspace::refreshFailed);
        workspace.connectTo(profile, &network);
        for (int attempt = 0; attempt < 3 && refreshed.isEmpty(); ++attempt) {
            if (attempt > 0)
                workspace.refresh();
            failed.clear();
            if (!QTest::qWaitFor(
                    [&] { return (!refreshed.isEmpty() || !failed.isEmpty()) && !workspace.isRefreshing(); }, 60000))
                break;
        }
        if (refreshed.isEmpty()) {
            std::fprintf(stderr, "bench_guided_create: the first refresh did not succeed\n");
            return 1;
        }
    }
    std::printf("guided create on %s, %d runs (the window's own refreshes are left out: none runs meanwhile)\n",
                qPrintable(url.toString()), runs);
    QList<double> totals, posts, ratios;
    for (int run = 0; run < runs; ++run) {
        ui::SiteToSiteWizard wizard(&workspace);
        wizard.peerGroupPage()->setCidrs({u"198.51.%1.0/24"_s.arg(100 + run)});
        wizard.connectionPage()->setPeer(u"203.0.113.%1"_s.arg(10 + run));
        const QString psk = u"bench-psk-0123456789abcdef-%1"_s.arg(run);
        wizard.connectionPage()->setPsk(psk, psk);
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard))
            return 1;
        while (wizard.currentId() != ui::SiteToSiteWizard::SummaryPageId) {
            if (!wizard.currentPage()->isComplete()) {
                std::fprintf(stderr, "bench_guided_create: stuck on page %d\n", wizard.currentId());
                return 1;
            }
            wizard.next();
        }
        QSignalSpy created(&wizard, &ui::SiteToSiteWizard::created);
        QSignalSpy failed(&wizard, &ui::SiteToSiteWizard::submitFailed);
        const qsizetype first = network.requests.size();
        const double started = bench::nowMs();
        wizard.button(QWizard::FinishButton)->click();
        if (!QTest::qWaitFor([&] { return !created.isEmpty() || !failed.isEmpty(); }, 120000) || !failed.isEmpty()) {
            std::fprintf(stderr, "bench_guided_create: the create failed\n");
            return 1;
        }
        const double total = bench::nowMs() - started;
        // What the create's follow-up reads are still doing is part of it, up to the last reply.
        if (!QTest::qWaitFor(
                [&] {
                    return std::all_of(network.requests.cbegin() + first, network.requests.cend(),
                                       [](const Request &r) { return r.end >= 0; });
                },
                30000))
            std::fprintf(stderr, "bench_guided_create: a reply did not come within 30 s\n");
        double postMs = 0, lastEnd = started;
        int postCount = 0, others = 0;
        std::printf("run %d:\n", run + 1);
        for (qsizetype i = first; i < network.requests.size(); ++i) {
            const Request &r = network.requests[i];
            std::printf("  %+8.1f ms  %-6s %-44s %6.1f ms\n", r.start - started, r.method.constData(),
                        qPrintable(r.path), r.end - r.start);
            if (r.method == "POST") {
                postMs += r.end - r.start;
                ++postCount;
            } else {
                ++others;
            }
            lastEnd = std::max(lastEnd, r.end);
        }
        const double ratio = total / std::max(postMs, 0.001);
        std::printf("  Finish -> created %.1f ms (last reply %.1f ms); %d POSTs took %.1f ms in all; %d other "
                    "requests; ratio %.2f\n",
                    total, lastEnd - started, postCount, postMs, others, ratio);
        totals.append(total);
        posts.append(postMs);
        ratios.append(ratio);
    }
    const double ratio = median(ratios);
    std::printf("median: create %.1f ms, its POSTs %.1f ms: %.2fx   <= %.1fx   %s\n", median(totals), median(posts),
                ratio, kRatioTarget, bench::verdict(ratio <= kRatioTarget));
    return 0;
}
