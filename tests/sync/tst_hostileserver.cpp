// SPDX-License-Identifier: MIT
// A hostile server gets nothing: the token goes only to the API root it
// belongs to, and no answer can hang, flood or park a sync. Each case ends
// with the repository failed, the reason named, within seconds (waits run
// on the harness's virtual clock).
#include "sources/apiorigin.h"
#include "support/kernelrepo.h"
#include "support/requestrecorder.h"
#include "support/syncharness.h"

#include <QElapsedTimer>
#include <QRegularExpression>

using namespace ks;
using namespace Qt::StringLiterals;

namespace {

const QString Repo = u"acme/kernels"_s;

struct Hostile
{
    SyncHarness h;
    RequestRecorder elsewhere;

    Hostile()
    {
        seedKernelRepo(h.github);
        h.map(Repo, { u"kernels"_s });
        REQUIRE(elsewhere.listen());
    }

    bool isCommits(const fake::Request &r) const { return r.path.endsWith(u"/commits"_s); }

    // Syncs, and returns the repository's error (empty when it synced).
    QString sync()
    {
        QElapsedTimer took;
        took.start();
        const auto summary = h.sync();
        CHECK(took.elapsed() < 20000);
        return summary.errors.value(Repo);
    }
};

// GitHub's answer when the hourly budget is spent, resetting at `reset`.
fake::Response budgetSpent(const QDateTime &reset)
{
    fake::Response response = fake::Response::error(403, u"API rate limit exceeded"_s);
    response.setHeader("x-ratelimit-remaining", "0");
    response.setHeader("x-ratelimit-limit", "5000");
    response.setHeader("x-ratelimit-reset", QByteArray::number(reset.toSecsSinceEpoch()));
    return response;
}

} // namespace

TEST_CASE("a next link to another server is never requested, so the token stays with its API", "[sync][hostile]")
{
    Hostile x;
    x.h.github.setResponseHook([&](const fake::Request &r, fake::Response &response) {
        if (x.isCommits(r))
            response.setHeader("Link", "<" + x.elsewhere.url(u"/steal?page=2"_s).toEncoded() + ">; rel=\"next\"");
    });
    const QString error = x.sync();
    INFO(error.toStdString());
    CHECK(error.contains(u"outside the API root"_s));
    CHECK(x.elsewhere.requests.isEmpty());
}

TEST_CASE("a redirect to another server is not followed with the token", "[sync][hostile]")
{
    Hostile x;
    x.h.github.setInterceptor([&](const fake::Request &r, fake::Response &response) {
        if (!x.isCommits(r))
            return false;
        response = fake::Response {};
        response.status = 301;
        response.setHeader("Location", x.elsewhere.url(u"/steal"_s).toEncoded());
        return true;
    });
    const QString error = x.sync();
    INFO(error.toStdString());
    CHECK(!error.isEmpty());
    CHECK_FALSE(x.elsewhere.sawAuthorization());
    CHECK(x.elsewhere.requests.isEmpty());
}

TEST_CASE("a redirect on the same host but outside the API root is not followed either", "[sync][hostile]")
{
    Hostile x;
    x.h.github.setInterceptor([&](const fake::Request &r, fake::Response &response) {
        if (!x.isCommits(r))
            return false;
        response = fake::Response {};
        response.status = 302;
        response.setHeader("Location", x.h.github.apiRoot().toEncoded() + "/login?return_to=/api/v3");
        return true;
    });
    auto options = x.h.options();
    options.apiRoot = QUrl(x.h.github.apiRoot().toString() + u"/api/v3"_s); // the Enterprise form: the root has a path
    const auto summary = x.h.sync(options);
    CHECK(!summary.errors.value(Repo).isEmpty());
    for (const QString &request : x.h.github.requestLog())
        CHECK_FALSE(request.startsWith(u"/login"_s));
}

TEST_CASE("a resume address planted in a shared workspace is refused", "[sync][hostile]")
{
    Hostile x;
    REQUIRE(x.h.sync().ok());
    // Someone edits the shared file: the commits walk "resumes" elsewhere.
    QSqlQuery q(x.h.db.connection());
    REQUIRE(q.prepare(u"UPDATE sync_walks SET resume_url = ?, started_at = ? WHERE walk = 'commits:kernels'"_s));
    q.addBindValue(x.elsewhere.url(u"/steal?page=7"_s).toString());
    q.addBindValue(x.h.now.toString(Qt::ISODate));
    REQUIRE(q.exec());
    REQUIRE(q.numRowsAffected() == 1);
    const QString error = x.sync();
    INFO(error.toStdString());
    CHECK(error.contains(u"outside the API root"_s));
    CHECK(x.elsewhere.requests.isEmpty());
}

TEST_CASE("an API root is https, or http only on this machine, and never keeps a user:password", "[sync][hostile]")
{
    const auto plain = sources::ApiOrigin::parseRoot(u"http://github.example.com/api/v3"_s);
    REQUIRE_FALSE(plain.ok());
    CHECK(plain.error().contains(u"unencrypted"_s));
    CHECK(sources::ApiOrigin::parseRoot(u"http://127.0.0.1:8080"_s).ok());
    CHECK(sources::ApiOrigin::parseRoot(u"http://localhost:8080/api/v3"_s).ok());
    const auto withPassword = sources::ApiOrigin::parseRoot(u"https://ada:hunter2@github.example.com/api/v3"_s);
    REQUIRE(withPassword.ok());
    CHECK(withPassword->userInfo().isEmpty());
    CHECK_FALSE(withPassword->toString().contains(u"hunter2"_s));

    const sources::ApiOrigin enterprise(QUrl(u"https://github.example.com/api/v3"_s));
    CHECK(enterprise.contains(QUrl(u"https://github.example.com/api/v3/repos/a/b/commits?page=2"_s)));
    CHECK_FALSE(enterprise.contains(QUrl(u"https://github.example.com/login"_s)));
    CHECK_FALSE(enterprise.contains(QUrl(u"https://github.example.com/api/v3/../../steal"_s)));
    CHECK_FALSE(enterprise.contains(QUrl(u"https://github.example.com/api/v3/..%2F..%2Fsteal"_s)));
    CHECK_FALSE(enterprise.contains(QUrl(u"https://github.example.com/api/v3/%2E%2E/%2E%2E/steal"_s)));
    CHECK_FALSE(enterprise.contains(QUrl(u"https://github.example.com/api/v3x/repos"_s)));
    CHECK_FALSE(enterprise.contains(QUrl(u"http://github.example.com/api/v3/repos"_s)));
    CHECK_FALSE(enterprise.contains(QUrl(u"https://github.example.com:8443/api/v3/repos"_s)));
    CHECK_FALSE(enterprise.contains(QUrl(u"https://github.example.com.evil.test/api/v3/repos"_s)));
}

TEST_CASE("an answer that never ends is cut off at the cap", "[sync][hostile]")
{
    SyncHarness h;
    RequestRecorder endless;
    endless.mode = RequestRecorder::Mode::EndlessBody;
    REQUIRE(endless.listen());
    h.map(Repo, { u"kernels"_s });
    auto options = h.options();
    options.apiRoot = endless.url();
    QElapsedTimer took;
    took.start();
    const auto summary = h.sync(options);
    CHECK(took.elapsed() < 30000);
    const QString error = summary.errors.value(Repo);
    INFO(error.toStdString());
    CHECK(error.contains(u"larger than 32 MiB"_s));
    CHECK(endless.bytesSent >= 32LL << 20);
}

TEST_CASE("a compressed answer that inflates without end is refused", "[sync][hostile]")
{
    SyncHarness h;
    RequestRecorder bomb;
    bomb.mode = RequestRecorder::Mode::InflatingBody;
    bomb.inflating = qCompress(QByteArray(64LL << 20, ' '), 9).mid(4); // zlib stream, no Qt length prefix
    REQUIRE(bomb.inflating.size() < 1 << 20);
    REQUIRE(bomb.listen());
    h.map(Repo, { u"kernels"_s });
    auto options = h.options();
    options.apiRoot = bomb.url();
    const auto summary = h.sync(options);
    const QString error = summary.errors.value(Repo);
    INFO(error.toStdString());
    CHECK((error.contains(u"could not be read"_s) || error.contains(u"larger than"_s)));
    CHECK(bomb.requests.size() == 1); // refused, not retried
}

TEST_CASE("a next link back to a page already read ends the walk with the reason", "[sync][hostile]")
{
    Hostile x;
    x.h.github.setResponseHook([&](const fake::Request &r, fake::Response &response) {
        if (x.isCommits(r))
            response.setHeader("Link", "<" + x.h.github.apiRoot().toEncoded() + r.target + ">; rel=\"next\"");
    });
    const QString error = x.sync();
    INFO(error.toStdString());
    CHECK(error.contains(u"points back at a page already read"_s));
}

TEST_CASE("pages that lead back to an earlier one (A, B, A) end the walk too", "[sync][hostile]")
{
    Hostile x;
    x.h.github.setResponseHook([&](const fake::Request &r, fake::Response &response) {
        if (!x.isCommits(r))
            return;
        const QByteArray first = x.h.github.apiRoot().toEncoded()
            + r.target.left(r.target.indexOf("page=") < 0 ? r.target.size() : r.target.indexOf("page=") - 1);
        // page 1 leads to page 2, and page 2 back to page 1
        response.setHeader(
            "Link", r.query.hasQueryItem(u"page"_s) ? "<" + first + ">; rel=\"next\"" : "<" + first + "&page=2>; rel=\"next\"");
    });
    const QString error = x.sync();
    INFO(error.toStdString());
    CHECK(error.contains(u"points back at a page already read"_s));
}

TEST_CASE("a server asking to wait for years fails the repository at once, naming the value", "[sync][hostile]")
{
    Hostile x;
    x.h.github.setInterceptor([&](const fake::Request &r, fake::Response &response) {
        if (!x.isCommits(r))
            return false;
        response = fake::Response::error(403, u"You have exceeded a secondary rate limit."_s);
        response.setHeader("Retry-After", "2147483647");
        return true;
    });
    const QString error = x.sync();
    INFO(error.toStdString());
    CHECK(error.contains(u"2147483647"_s));
    CHECK(x.h.now.secsTo(*x.h.clock) < 3600);
}

TEST_CASE("a rate-limit reset days away is not waited for; one within the hour is", "[sync][hostile]")
{
    Hostile far;
    far.h.github.setInterceptor([&](const fake::Request &r, fake::Response &response) {
        if (!far.isCommits(r))
            return false;
        response = budgetSpent(far.h.now.addDays(30));
        return true;
    });
    const QString error = far.sync();
    INFO(error.toStdString());
    CHECK(error.contains(u"more than 65 minutes away"_s));
    CHECK(far.h.now.secsTo(*far.h.clock) < 3600);

    Hostile near;
    bool limited = false;
    near.h.github.setInterceptor([&](const fake::Request &r, fake::Response &response) {
        if (limited || !near.isCommits(r))
            return false;
        limited = true;
        response = budgetSpent(near.h.now.addSecs(30 * 60));
        return true;
    });
    CHECK(near.sync().isEmpty());
    CHECK(near.h.now.secsTo(*near.h.clock) >= 30 * 60); // waited, on the virtual clock
}

TEST_CASE("an unreadable next link or undated items are errors, not the end of the listing", "[sync][hostile]")
{
    const QString walkDone = u"SELECT count(*) FROM sync_walks WHERE walk = 'commits:kernels' AND cursor IS NOT NULL"_s;
    {
        Hostile x;
        x.h.github.setResponseHook([&](const fake::Request &r, fake::Response &response) {
            if (x.isCommits(r))
                response.setHeader("Link", "<http://exa mple.test/x?page=2>; rel=\"next\"");
        });
        const QString error = x.sync();
        INFO(error.toStdString());
        CHECK(error.contains(u"next page is not an address"_s));
        CHECK(x.h.count(walkDone) == 0); // not "complete as of today": the next sync reads it again
    }
    {
        // A next with no address at all, beside a good last.
        Hostile x;
        x.h.github.setResponseHook([&](const fake::Request &r, fake::Response &response) {
            if (x.isCommits(r))
                response.setHeader("Link", "rel=\"next\", <" + x.h.github.apiRoot().toEncoded() + r.target + ">; rel=\"last\"");
        });
        const QString error = x.sync();
        INFO(error.toStdString());
        CHECK(error.contains(u"next page is not an address"_s));
        CHECK(x.h.count(walkDone) == 0);
    }
    {
        Hostile x;
        x.h.github.setResponseHook([&](const fake::Request &r, fake::Response &response) {
            if (x.isCommits(r))
                response.body = QString::fromUtf8(response.body)
                                    .replace(QRegularExpression(u"\"date\":\\s*\"[^\"]*\""_s), u"\"date\":\"last Tuesday\""_s)
                                    .toUtf8();
        });
        const QString error = x.sync();
        INFO(error.toStdString());
        CHECK(error.contains(u"no readable date"_s));
        CHECK(x.h.count(walkDone) == 0);
        CHECK(x.h.count(u"SELECT count(*) FROM commits"_s) == 0);
    }
}
