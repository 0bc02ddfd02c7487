// SPDX-License-Identifier: MIT
#include "fixtureloader.h"

#include "fakegithub.h"
#include "jsonshapes.h"
#include "landing.h"
#include "patchtools.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ks::fake {

namespace {

// Thrown inside the loader only; loadFixture turns it into a Status.
struct FieldError
{
    QString message;
};

class Reader final
{
public:
    Reader(const QJsonObject &object, QString where)
        : m_object(object)
        , m_where(std::move(where))
    { }

    QString string(const char *key, bool required = false) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("missing"));
            return {};
        }
        if (!v.isString())
            fail(key, QStringLiteral("expected a string"));
        return v.toString();
    }
    qint64 integer(const char *key, qint64 fallback = 0) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble())
            fail(key, QStringLiteral("expected a number"));
        return qint64(v.toDouble());
    }
    bool boolean(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isBool())
            fail(key, QStringLiteral("expected true or false"));
        return v.toBool();
    }
    QDateTime time(const char *key, bool required = false) const
    {
        const QString text = string(key, required);
        if (text.isEmpty())
            return {};
        const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid())
            fail(key, QStringLiteral("not an ISO 8601 date: ") + text);
        return t.toUTC();
    }
    QList<Reader> array(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(key, QStringLiteral("expected an array"));
        QList<Reader> items;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString where = QStringLiteral("%1%2[%3]").arg(prefix(), QLatin1String(key)).arg(i);
            if (!a[i].isObject())
                throw FieldError { where + QStringLiteral(": expected an object") };
            items.append(Reader(a[i].toObject(), where));
        }
        return items;
    }
    QStringList strings(const char *key) const
    {
        QStringList out;
        const QJsonArray a = m_object.value(QLatin1String(key)).toArray();
        for (const QJsonValue &v : a) {
            if (!v.isString())
                fail(key, QStringLiteral("expected strings"));
            out.append(v.toString());
        }
        return out;
    }
    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }
    [[noreturn]] void fail(const char *key, const QString &what) const
    {
        throw FieldError { prefix() + QLatin1String(key) + QStringLiteral(": ") + what };
    }

private:
    QString prefix() const { return m_where.isEmpty() ? QString() : m_where + u'.'; }

    QJsonObject m_object;
    QString m_where;
};

FakeUser readUser(const Reader &r)
{
    FakeUser u;
    u.login = r.string("login", true);
    u.id = r.integer("id");
    u.type = r.string("type").isEmpty() ? QStringLiteral("User") : r.string("type");
    u.name = r.string("name");
    u.company = r.string("company");
    u.location = r.string("location");
    u.blog = r.string("blog");
    u.email = r.string("email");
    u.twitterUsername = r.string("twitter_username");
    u.bio = r.string("bio");
    u.hireable = r.boolean("hireable");
    return u;
}

FakePull readPull(FakeGitHub &server, FakeRepo &repo, const Reader &r)
{
    FakePull p;
    p.id = r.integer("id");
    if (p.id == 0)
        p.id = server.nextId();
    p.number = int(r.integer("number"));
    if (p.number <= 0)
        r.fail("number", QStringLiteral("must be positive"));
    p.title = r.string("title", true);
    p.body = r.string("body");
    p.authorLogin = r.string("author", true);
    p.createdAt = r.time("created_at", true);
    p.closedAt = r.time("closed_at");
    p.mergedAt = r.time("merged_at");
    if (p.mergedAt.isValid() && !p.closedAt.isValid())
        p.closedAt = p.mergedAt;
    p.state = p.closedAt.isValid() ? QStringLiteral("closed") : QStringLiteral("open");
    p.mergedByLogin = r.string("merged_by");
    p.mergeCommitSha = r.string("merge_commit_sha");
    p.commitCount = int(r.integer("commits", 1));

    for (const Reader &f : r.array("files")) {
        FakeFile file;
        file.filename = f.string("filename", true);
        file.status = f.has("status") ? f.string("status") : QStringLiteral("modified");
        file.patch = f.string("patch");
        file.previousFilename = f.string("previous_filename");
        const patchtools::Counts counts = patchtools::count(file.patch);
        file.additions = int(f.integer("additions", counts.additions));
        file.deletions = int(f.integer("deletions", counts.deletions));
        p.files.append(file);
    }
    QDateTime latest = p.closedAt.isValid() ? p.closedAt : p.createdAt;
    for (const Reader &rv : r.array("reviews")) {
        FakeReview review;
        review.id = rv.integer("id");
        if (review.id == 0)
            review.id = server.nextId();
        review.login = rv.string("user", true);
        review.state = rv.string("state", true);
        review.body = rv.string("body");
        review.submittedAt = rv.time("submitted_at", true);
        latest = qMax(latest, review.submittedAt);
        p.reviews.append(review);
    }
    for (const Reader &rc : r.array("review_comments")) {
        FakeReviewComment c;
        c.id = rc.integer("id");
        if (c.id == 0)
            c.id = server.nextId();
        c.pullNumber = p.number;
        c.login = rc.string("user", true);
        c.path = rc.string("path", true);
        c.body = rc.string("body", true);
        c.createdAt = rc.time("created_at", true);
        c.updatedAt = rc.time("updated_at");
        if (!c.updatedAt.isValid())
            c.updatedAt = c.createdAt;
        latest = qMax(latest, c.updatedAt);
        QString patch;
        for (const FakeFile &f : std::as_const(p.files)) {
            if (f.filename == c.path)
                patch = f.patch;
        }
        c.line = int(rc.integer("line", patchtools::lastAddedLine(patch)));
        c.diffHunk = rc.has("diff_hunk") ? rc.string("diff_hunk") : patchtools::diffHunk(patch, c.line);
        if (rc.has("review")) {
            const qint64 index = rc.integer("review");
            if (index < 0 || index >= p.reviews.size())
                rc.fail("review", QStringLiteral("no such review index"));
            c.reviewId = p.reviews[index].id;
        } else {
            for (const FakeReview &rv : std::as_const(p.reviews)) {
                if (rv.login.compare(c.login, Qt::CaseInsensitive) == 0) {
                    c.reviewId = rv.id;
                    break;
                }
            }
            if (c.reviewId == 0) {
                FakeReview review { server.nextId(), c.login, QStringLiteral("COMMENTED"), QString(), c.createdAt };
                p.reviews.append(review);
                c.reviewId = review.id;
            }
        }
        repo.comments.append(c);
    }
    p.updatedAt = r.time("updated_at");
    if (!p.updatedAt.isValid())
        p.updatedAt = latest;

    if (p.mergedAt.isValid()) {
        const FakeCommit squash = landing::squashCommit(server, repo, p);
        p.mergeCommitSha = squash.sha;
        bool listed = false;
        for (const FakeCommit &c : std::as_const(repo.commits))
            listed = listed || c.sha == squash.sha;
        if (!listed)
            repo.commits.append(squash);
    } else if (const QString bot = r.string("landed_by"); !bot.isEmpty()) {
        if (!p.closedAt.isValid())
            r.fail("landed_by", QStringLiteral("needs closed_at"));
        QString approver;
        for (const FakeReview &rv : std::as_const(p.reviews)) {
            if (rv.state == QLatin1String("APPROVED"))
                approver = rv.login;
        }
        repo.commits.append(landing::trailerCommit(server, repo, p, approver, p.closedAt));
    }
    return p;
}

FakeRepo readRepo(FakeGitHub &server, const Reader &r)
{
    FakeRepo repo;
    repo.owner = r.string("owner", true);
    repo.name = r.string("name", true);
    repo.id = r.integer("id");
    if (r.has("default_branch"))
        repo.defaultBranch = r.string("default_branch");
    for (const Reader &c : r.array("commits")) {
        FakeCommit commit;
        commit.message = c.string("message", true);
        commit.authorLogin = c.string("author");
        commit.date = c.time("date", true);
        commit.paths = c.strings("paths");
        commit.sha = c.string("sha");
        if (commit.sha.isEmpty())
            commit.sha = JsonShapes::shaFor(repo.owner + u'/' + repo.name + u'/' + commit.message + commit.date.toString(Qt::ISODate));
        const FakeUser *user = server.user(commit.authorLogin);
        commit.authorName = c.string("author_name");
        if (commit.authorName.isEmpty())
            commit.authorName = user && !user->name.isEmpty() ? user->name : commit.authorLogin;
        commit.authorEmail = c.string("author_email");
        if (commit.authorEmail.isEmpty() && user)
            commit.authorEmail
                = user->email.isEmpty() ? QStringLiteral("%1+%2@users.noreply.github.com").arg(user->id).arg(user->login) : user->email;
        repo.commits.append(commit);
    }
    for (const Reader &p : r.array("pulls"))
        repo.pulls.append(readPull(server, repo, p));
    return repo;
}

} // namespace

ks::Status loadFixture(FakeGitHub &server, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return ks::Status::failure(QStringLiteral("fixture: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return ks::Status::failure(QStringLiteral("fixture: expected a JSON object"));
    const Reader root(doc.object(), QString());
    try {
        // Users go in first: commit authors are looked up by login.
        QList<FakeUser> users;
        for (const Reader &u : root.array("users"))
            users.append(readUser(u));
        for (const FakeUser &u : std::as_const(users))
            server.addUser(u);
        QList<FakeRepo> repos;
        for (const Reader &r : root.array("repos"))
            repos.append(readRepo(server, r));
        for (const FakeRepo &r : std::as_const(repos))
            server.addRepo(r);
    } catch (const FieldError &e) {
        return ks::Status::failure(QStringLiteral("fixture: ") + e.message);
    }
    return {};
}

ks::Status loadFixtureFile(FakeGitHub &server, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ks::Status::failure(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return loadFixture(server, file.readAll());
}

} // namespace ks::fake
