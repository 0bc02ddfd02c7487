// SPDX-License-Identifier: MIT
// fakegithub_selftest: drives the fake with QNetworkAccessManager (and one raw
// socket) the way the sync client will, and checks GitHub's protocol details.
// Prints PASS/FAIL lines; the exit code is the number of failures (capped).
#include "domain/clock.h"
#include "fakegithub.h"
#include "fixtureloader.h"
#include "synthetic.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <cstdio>
#include <functional>

using namespace ks::fake;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

class SelfTest final : public QObject
{
public:
    SelfTest()
    {
        m_watchdog.setSingleShot(true);
        connect(&m_watchdog, &QTimer::timeout, this, [this] {
            check(false, QStringLiteral("finished within 60 s"));
            finish();
        });
        m_watchdog.start(60000);
    }

    void add(std::function<void()> step) { m_steps.append(std::move(step)); }
    void start()
    {
        QTimer::singleShot(0, this, [this] { next(); });
    }

    void next()
    {
        if (m_index >= m_steps.size()) {
            finish();
            return;
        }
        const auto step = m_steps[m_index++];
        step();
    }
    void nextLater()
    {
        QTimer::singleShot(0, this, [this] { next(); });
    }

    bool check(bool ok, const QString &what)
    {
        std::printf("%s %s\n", ok ? "PASS" : "FAIL", qPrintable(what));
        std::fflush(stdout);
        m_failures += ok ? 0 : 1;
        return ok;
    }

    void get(const QUrl &url, const HeaderList &headers, std::function<void(const Reply &)> then)
    {
        QNetworkRequest request(url);
        for (const auto &[k, v] : headers)
            request.setRawHeader(k, v);
        QNetworkReply *reply = m_nam.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, then] {
            Reply r;
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.body = reply->readAll();
            r.error = reply->error();
            for (const auto &[k, v] : reply->rawHeaderPairs())
                r.headers.insert(k.toLower(), v);
            reply->deleteLater();
            then(r);
            nextLater();
        });
    }

    int failures() const { return m_failures; }

private:
    void finish()
    {
        std::printf("%s: %d failure(s)\n", m_failures ? "FAILED" : "ALL PASSED", m_failures);
        QCoreApplication::exit(qMin(m_failures, 100));
    }

    QNetworkAccessManager m_nam;
    QList<std::function<void()>> m_steps;
    qsizetype m_index = 0;
    int m_failures = 0;
    QTimer m_watchdog;
};

QString linkFor(const QByteArray &link, const char *rel)
{
    const QString relText = QStringLiteral("rel=\"%1\"").arg(QLatin1String(rel));
    for (const QString &part : QString::fromLatin1(link).split(u',')) {
        if (part.contains(relText)) {
            const qsizetype a = part.indexOf(u'<'), b = part.indexOf(u'>');
            return part.mid(a + 1, b - a - 1);
        }
    }
    return {};
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    FakeGitHub gh;
    SelfTest t;

    if (!t.check(gh.listen(), s("listen on 127.0.0.1")))
        return 1;
    const ks::Status loaded = loadFixtureFile(gh, QStringLiteral(KS_DEMO_GITHUB_FIXTURE));
    t.check(loaded.ok(), s("demo fixture loads ") + loaded.error());
    SyntheticSpec small;
    small.name = s("small");
    small.pulls = 300;
    small.commits = 1000;
    small.reviewComments = 200;
    small.people = 30;
    small.seed = 7;
    gh.addSynthetic(small);
    {
        QElapsedTimer timer;
        timer.start();
        FakeGitHub big;
        big.addSynthetic(SyntheticSpec {});
        const qint64 ms = timer.elapsed();
        const FakeRepo *r = big.repo(s("synth"), s("big"));
        t.check(r && r->commits.size() == 20000 && r->pulls.size() == 5000 && r->comments.size() == 10000,
            s("default synthetic size: 20000 commits, 5000 pulls, 10000 review comments"));
        t.check(ms < 2000, QStringLiteral("default synthetic generation under 2 s (%1 ms)").arg(ms));
        int squash = 0, trailer = 0, mergedPulls = 0;
        for (const FakeCommit &c : r->commits) {
            const QString first = c.message.section(u'\n', 0, 0);
            squash += first.endsWith(u')') && first.contains(QLatin1String(" (#")) ? 1 : 0;
            trailer += c.message.contains(QLatin1String("Pull Request resolved: https://github.com/synth/big/pull/")) ? 1 : 0;
        }
        for (const FakePull &p : r->pulls)
            mergedPulls += p.mergedAt.isValid() ? 1 : 0;
        t.check(squash == mergedPulls && trailer > 0,
            QStringLiteral("synthetic: one squash commit per merged PR (%1), trailer landings (%2)").arg(squash).arg(trailer));
        FakeGitHub again;
        again.addSynthetic(SyntheticSpec {});
        const FakeRepo *r2 = again.repo(s("synth"), s("big"));
        t.check(r2->commits.last().sha == r->commits.last().sha && r2->pulls[77].title == r->pulls[77].title
                && r2->comments[123].diffHunk == r->comments[123].diffHunk,
            s("synthetic generation is deterministic"));
    }
    {
        FakeRepo paths;
        paths.owner = s("acme");
        paths.name = s("paths");
        const QDateTime base(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::UTC);
        const QStringList files = { s("mlir/lib/x.cpp"), s("mlirx/a.cpp"), s("mlir"), s("docs/mlir/readme.md"), s("mlir/include/y.h") };
        for (int i = 0; i < files.size(); ++i)
            paths.commits.append(FakeCommit { QString::number(i).repeated(40), QStringLiteral("c%1").arg(i), QString(), s("Someone"),
                s("someone@example.com"), base.addDays(i), { files[i] } });
        gh.addRepo(paths);
    }

    const QUrl root = gh.apiRoot();
    const auto url = [&](const QString &pathAndQuery) { return QUrl(root.toString() + pathAndQuery); };
    const HeaderList clientHeaders
        = { { "Accept", "application/vnd.github+json" }, { "X-GitHub-Api-Version", "2022-11-28" }, { "Authorization", "Bearer TOKEN" } };
    const qint64 smallId = gh.repo(s("synth"), s("small"))->id;
    auto nextUrl = std::make_shared<QString>();
    auto etag = std::make_shared<QByteArray>();

    t.add([&] {
        gh.resetCounters();
        t.get(url(s("/repos/synth/small/commits?per_page=50")), clientHeaders, [&](const Reply &r) {
            const QJsonArray items = r.json().array();
            t.check(r.status == 200 && items.size() == 50, s("commits page 1 has 50 items"));
            bool newestFirst = true;
            for (qsizetype i = 1; i < items.size(); ++i)
                newestFirst = newestFirst
                    && items[i - 1][s("commit")][s("committer")][s("date")].toString()
                        >= items[i][s("commit")][s("committer")][s("date")].toString();
            t.check(newestFirst, s("commits are newest first"));
            const QString next = linkFor(r.header("link"), "next");
            const QString last = linkFor(r.header("link"), "last");
            t.check(next == root.toString() + QStringLiteral("/repositories/%1/commits?per_page=50&page=2").arg(smallId),
                s("Link rel=next uses /repositories/{id}: ") + next);
            t.check(last.endsWith(s("page=20")), s("Link rel=last is page 20: ") + last);
            t.check(linkFor(r.header("link"), "prev").isEmpty(), s("no rel=prev on page 1"));
            t.check(r.header("x-ratelimit-limit") == "5000" && r.header("x-ratelimit-remaining") == "4999"
                    && r.header("x-ratelimit-resource") == "core" && !r.header("x-ratelimit-reset").isEmpty()
                    && r.header("x-ratelimit-used") == "1",
                s("rate-limit headers"));
            t.check(gh.lastRequestHeader("authorization") == "Bearer TOKEN"
                    && gh.lastRequestHeader("accept") == "application/vnd.github+json"
                    && gh.lastRequestHeader("x-github-api-version") == "2022-11-28",
                s("client headers recorded"));
            t.check(!items.isEmpty() && items[0][s("url")].toString().startsWith(root.toString() + s("/repos/synth/small/commits/")),
                s("url fields point at the fake"));
            *nextUrl = next;
        });
    });
    t.add([&] {
        t.get(QUrl(*nextUrl), clientHeaders, [&](const Reply &r) {
            t.check(r.status == 200 && r.json().array().size() == 50, s("/repositories/{id}/commits page 2 routes"));
            t.check(linkFor(r.header("link"), "prev").endsWith(s("page=1")) && linkFor(r.header("link"), "first").endsWith(s("page=1"))
                    && linkFor(r.header("link"), "next").endsWith(s("page=3")),
                s("page 2 has prev, next and first"));
        });
    });
    t.add([&] {
        t.get(url(s("/repos/synth/small/commits?per_page=500&page=20")), clientHeaders, [&](const Reply &r) {
            t.check(r.status == 200 && r.json().array().isEmpty() && linkFor(r.header("link"), "last").endsWith(s("page=10")),
                s("per_page capped at 100; past the last page is empty"));
        });
    });
    t.add([&] {
        t.get(url(s("/repos/synth/small")), clientHeaders, [&](const Reply &r) {
            *etag = r.header("etag");
            t.check(
                r.status == 200 && etag->startsWith("W/\"") && etag->size() == 44, s("weak ETag on 200: ") + QString::fromLatin1(*etag));
            t.check(r.json()[s("full_name")].toString() == s("synth/small") && r.json()[s("default_branch")].toString() == s("main")
                    && r.json()[s("id")].toInteger() == smallId,
                s("repo shape"));
        });
    });
    t.add([&] {
        const int counted = gh.countedRequests();
        const int remaining = gh.rateRemaining();
        HeaderList h = clientHeaders;
        h.append({ "If-None-Match", *etag });
        t.get(url(s("/repos/synth/small")), h, [&, counted, remaining](const Reply &r) {
            t.check(r.status == 304 && r.body.isEmpty(), s("If-None-Match gives 304 with no body"));
            t.check(gh.notModified() == 1 && gh.countedRequests() == counted && gh.rateRemaining() == remaining
                    && r.header("x-ratelimit-remaining") == QByteArray::number(remaining),
                s("304 counted as notModified, costs nothing, carries rate headers"));
            t.check(gh.requests() == counted + 1, s("requests() counts the 304"));
        });
    });
    t.add([&] {
        t.get(url(s("/repos/acme/paths/commits?path=mlir")), clientHeaders, [&](const Reply &r) {
            QStringList shas;
            for (const QJsonValue &v : r.json().array())
                shas.append(v[s("sha")].toString().left(1));
            t.check(shas == QStringList { s("4"), s("2"), s("0") }, s("path=mlir matches mlir, mlir/... only: ") + shas.join(u','));
        });
    });
    t.add([&] {
        t.get(url(s("/repos/acme/paths/commits?path=mlir/&since=2026-03-02T00:00:00Z&until=2026-03-04T00:00:00Z")), clientHeaders,
            [&](const Reply &r) {
                const QJsonArray a = r.json().array();
                t.check(a.size() == 1 && a[0][s("sha")].toString().startsWith(u'2') && a[0][s("author")].isNull(),
                    s("since/until filter; author null without a login"));
            });
    });
    t.add([&] {
        t.get(url(s("/api/v3/repos/synth/small/pulls?state=all&per_page=10")), clientHeaders, [&](const Reply &r) {
            const QJsonArray a = r.json().array();
            t.check(r.status == 200 && a.size() == 10 && a[0][s("number")].toInt() == 300 && !a[0].toObject().contains(s("merged_by")),
                s("/api/v3 prefix; pulls default created desc; no merged_by in list"));
            t.check(linkFor(r.header("link"), "next")
                        .startsWith(root.toString() + QStringLiteral("/api/v3/repositories/%1/pulls?").arg(smallId))
                    && linkFor(r.header("link"), "next").contains(s("state=all")),
                s("Link keeps /api/v3 and other query parameters"));
            t.check(a[0][s("url")].toString().startsWith(root.toString() + s("/api/v3/repos/")), s("url fields keep /api/v3"));
        });
    });
    t.add([&] {
        t.get(url(s("/api/v3/rate_limit")), clientHeaders, [&](const Reply &r) {
            t.check(r.status == 200 && r.json()[s("resources")][s("core")][s("limit")].toInt() == 5000
                    && r.json()[s("rate")][s("remaining")].toInt() == gh.rateRemaining(),
                s("/rate_limit shape (free)"));
        });
    });

    // A merged pull request of the demo fixture, both ways round.
    const FakeRepo *triton = gh.repo(s("triton-lang"), s("triton"));
    const FakePull *merged = nullptr;
    for (const FakePull &p : triton ? triton->pulls : QList<FakePull>()) {
        if (p.mergedAt.isValid() && !merged)
            merged = &p;
    }
    t.check(merged, s("demo fixture has a merged triton PR"));
    if (merged) {
        t.add([&, merged] {
            t.get(
                url(QStringLiteral("/repos/triton-lang/triton/pulls/%1").arg(merged->number)), clientHeaders, [&, merged](const Reply &r) {
                    const QJsonObject o = r.json().object();
                    t.check(o[s("merged")].toBool() && o[s("merged_by")][s("login")].toString() == merged->mergedByLogin
                            && o[s("changed_files")].toInt() == merged->files.size()
                            && o[s("html_url")].toString()
                                == QStringLiteral("https://github.com/triton-lang/triton/pull/%1").arg(merged->number)
                            && o[s("merged_at")].toString().endsWith(u'Z'),
                        s("pull detail shape"));
                });
        });
        t.add([&, merged] {
            t.get(url(QStringLiteral("/repos/triton-lang/triton/commits/%1/pulls").arg(merged->mergeCommitSha)), clientHeaders,
                [&, merged](const Reply &r) {
                    const QJsonArray a = r.json().array();
                    t.check(a.size() == 1 && a[0][s("number")].toInt() == merged->number, s("commits/{sha}/pulls finds the PR"));
                });
        });
        t.add([&, merged] {
            t.get(url(QStringLiteral("/repos/triton-lang/triton/pulls/%1/files").arg(merged->number)), clientHeaders, [&](const Reply &r) {
                const QJsonArray a = r.json().array();
                t.check(!a.isEmpty() && a[0][s("patch")].toString().contains(s("@@")) && a[0][s("changes")].toInt() > 0,
                    s("pull files with patch"));
            });
        });
    }
    t.add([&] {
        t.get(url(s("/repos/pytorch/pytorch/commits?path=torch/_inductor&per_page=100")), clientHeaders, [&](const Reply &r) {
            int trailers = 0;
            for (const QJsonValue &v : r.json().array())
                trailers += v[s("commit")][s("message")].toString().contains(
                                s("Pull Request resolved: https://github.com/pytorch/pytorch/pull/"))
                    ? 1
                    : 0;
            t.check(trailers > 0, QStringLiteral("pytorch commits land with trailers (%1)").arg(trailers));
        });
    });
    t.add([&] {
        t.get(url(s("/repos/llvm/llvm-project/pulls/comments?per_page=100")), clientHeaders, [&](const Reply &r) {
            const QJsonArray a = r.json().array();
            t.check(!a.isEmpty() && a[0][s("diff_hunk")].toString().startsWith(s("@@")) && a[0][s("side")].toString() == s("RIGHT")
                    && a[0][s("pull_request_review_id")].isDouble(),
                QStringLiteral("repo-wide review comments with diff_hunk (%1)").arg(a.size()));
        });
    });
    t.add([&] {
        t.get(url(s("/users/github-actions[bot]")), clientHeaders, [&](const Reply &r) {
            t.check(r.status == 200 && r.json()[s("type")].toString() == s("Bot") && r.json()[s("company")].isNull(),
                s("/users/{bot}: type Bot, null company"));
        });
    });
    t.add([&] {
        t.get(url(s("/repos/nobody/nothing/pulls")), clientHeaders, [&](const Reply &r) {
            t.check(r.status == 404 && r.json()[s("message")].toString() == s("Not Found"), s("404 Not Found JSON"));
        });
    });
    t.add([&] {
        gh.setRateLimit(10, 1, ks::Clock::now().toSecsSinceEpoch() + 600);
        t.get(url(s("/repos/synth/small")), clientHeaders,
            [&](const Reply &r) { t.check(r.status == 200 && r.header("x-ratelimit-remaining") == "0", s("last unit of budget spent")); });
    });
    t.add([&] {
        const int counted = gh.countedRequests();
        t.get(url(s("/repos/synth/small/pulls")), clientHeaders, [&, counted](const Reply &r) {
            t.check(r.status == 403 && r.json()[s("message")].toString().startsWith(s("API rate limit exceeded"))
                    && r.header("x-ratelimit-remaining") == "0" && !r.json()[s("documentation_url")].toString().isEmpty(),
                s("403 rate limit exceeded at remaining 0"));
            t.check(gh.countedRequests() == counted, s("refused request costs nothing"));
            gh.setRateLimit(5000, 5000, ks::Clock::now().toSecsSinceEpoch() + 3600);
        });
    });
    t.add([&] {
        gh.setInterceptor([](const Request &req, Response &resp) {
            if (!req.path.endsWith(QLatin1String("/boom")))
                return false;
            resp = Response::error(502, QStringLiteral("Server Error"));
            return true;
        });
        t.get(url(s("/repos/synth/small/boom")), clientHeaders, [&](const Reply &r) {
            t.check(r.status == 502 && !r.header("x-ratelimit-remaining").isEmpty(), s("interceptor overrides a response"));
            gh.setInterceptor({});
        });
    });
    t.add([&] {
        // Sequential requests through QNAM reuse connections.
        t.check(gh.connections() <= 6 && gh.requests() > 10,
            QStringLiteral("keep-alive: %1 requests over %2 connection(s)").arg(gh.requests()).arg(gh.connections()));
        t.nextLater();
    });
    t.add([&] {
        // Raw socket: a request split mid-header, a pipelined POST (405) and a
        // final GET with Connection: close, all on one connection.
        auto *socket = new QTcpSocket(&t);
        auto received = std::make_shared<QByteArray>();
        const int before = gh.connections();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, received] { *received += socket->readAll(); });
        QObject::connect(socket, &QTcpSocket::disconnected, &t, [&, socket, received, before] {
            *received += socket->readAll();
            t.check(received->count("HTTP/1.1 200 OK") == 2 && received->count("HTTP/1.1 405") == 1,
                s("pipelined requests answered in order on one connection"));
            t.check(received->contains("connection: close") && gh.connections() == before + 1,
                s("Connection: close honoured (server closed the socket)"));
            t.check(received->count("content-length: ") == 3, s("every response has Content-Length"));
            socket->deleteLater();
            t.nextLater();
        });
        QObject::connect(socket, &QTcpSocket::connected, socket, [socket] {
            socket->write("GET /repos/synth/sm");
            socket->flush();
            QTimer::singleShot(50, socket, [socket] {
                socket->write("all HTTP/1.1\r\nHost: x\r\n\r\n"
                              "POST /repos/synth/small HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                              "GET /rate_limit HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            });
        });
        socket->connectToHost(QHostAddress::LocalHost, gh.port());
    });

    t.start();
    return app.exec();
}
