// SPDX-License-Identifier: MIT
#include "githubdecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ks::github::decode {
namespace {

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::github::decode)
};

// Parses a body; bytes that are not UTF-8 are replaced (U+FFFD) and the
// parse retried, so one bad name cannot cost a whole page.
Result<QJsonDocument> parse(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::IllegalUTF8String) {
        const QByteArray cleaned = QString::fromUtf8(json).toUtf8();
        doc = QJsonDocument::fromJson(cleaned, &error);
    }
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonDocument>::failure(
            Tr::tr("GitHub sent malformed JSON (%1 at byte %2 of %3).").arg(error.errorString()).arg(error.offset).arg(json.size()));
    return doc;
}

Result<QJsonArray> parseArray(const QByteArray &json)
{
    auto doc = parse(json);
    if (!doc)
        return Result<QJsonArray>::failure(doc.error());
    if (!doc->isArray())
        return Result<QJsonArray>::failure(Tr::tr("GitHub sent an object where a list was expected."));
    return doc->array();
}

Result<QJsonObject> parseObject(const QByteArray &json)
{
    auto doc = parse(json);
    if (!doc)
        return Result<QJsonObject>::failure(doc.error());
    if (!doc->isObject())
        return Result<QJsonObject>::failure(Tr::tr("GitHub sent a list where an object was expected."));
    return doc->object();
}

QString str(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}

QDateTime time(const QJsonObject &o, QLatin1StringView key)
{
    const QString s = o.value(key).toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODate).toUTC();
}

User user(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    User u;
    u.id = o.value(QLatin1StringView("id")).toInteger();
    u.login = str(o, QLatin1StringView("login"));
    u.type = str(o, QLatin1StringView("type"));
    u.htmlUrl = str(o, QLatin1StringView("html_url"));
    u.avatarUrl = str(o, QLatin1StringView("avatar_url"));
    if (u.login.isEmpty())
        u.id = 0;
    return u;
}

PullRequest pull(const QJsonObject &o)
{
    PullRequest p;
    p.id = o.value(QLatin1StringView("id")).toInteger();
    p.number = o.value(QLatin1StringView("number")).toInt();
    p.title = str(o, QLatin1StringView("title"));
    p.body = str(o, QLatin1StringView("body"));
    p.state = str(o, QLatin1StringView("state"));
    p.author = user(o.value(QLatin1StringView("user")));
    p.createdAt = time(o, QLatin1StringView("created_at"));
    p.updatedAt = time(o, QLatin1StringView("updated_at"));
    p.closedAt = time(o, QLatin1StringView("closed_at"));
    p.mergedAt = time(o, QLatin1StringView("merged_at"));
    p.mergedByLogin = user(o.value(QLatin1StringView("merged_by"))).login;
    p.mergeCommitSha = str(o, QLatin1StringView("merge_commit_sha"));
    if (o.contains(QLatin1StringView("additions"))) {
        p.additions = o.value(QLatin1StringView("additions")).toInt();
        p.deletions = o.value(QLatin1StringView("deletions")).toInt();
        p.changedFiles = o.value(QLatin1StringView("changed_files")).toInt();
    }
    p.htmlUrl = str(o, QLatin1StringView("html_url"));
    return p;
}

// Applies `one` to each object of a JSON list; a non-object or an item
// without its key field fails the page.
template<typename T, typename F> Result<QList<T>> list(const QByteArray &json, F &&one, QLatin1StringView keyField)
{
    auto array = parseArray(json);
    if (!array)
        return Result<QList<T>>::failure(array.error());
    QList<T> out;
    out.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue v = array->at(i);
        if (!v.isObject() || v.toObject().value(keyField).isUndefined() || v.toObject().value(keyField).isNull())
            return Result<QList<T>>::failure(Tr::tr("GitHub sent a list item %1 without '%2'.").arg(i).arg(keyField));
        out.append(one(v.toObject()));
    }
    return out;
}

} // namespace

Result<Repo> repo(const QByteArray &json)
{
    auto o = parseObject(json);
    if (!o)
        return Result<Repo>::failure(o.error());
    Repo r;
    r.id = o->value(QLatin1StringView("id")).toInteger();
    r.name = str(o.value(), QLatin1StringView("name"));
    r.owner = user(o->value(QLatin1StringView("owner"))).login;
    r.defaultBranch = str(o.value(), QLatin1StringView("default_branch"));
    r.htmlUrl = str(o.value(), QLatin1StringView("html_url"));
    if (r.id == 0)
        return Result<Repo>::failure(Tr::tr("GitHub's repository answer has no id."));
    return r;
}

Result<QList<Commit>> commits(const QByteArray &json)
{
    return list<Commit>(
        json,
        [](const QJsonObject &o) {
            Commit c;
            c.sha = str(o, QLatin1StringView("sha"));
            const QJsonObject git = o.value(QLatin1StringView("commit")).toObject();
            const QJsonObject author = git.value(QLatin1StringView("author")).toObject();
            const QJsonObject committer = git.value(QLatin1StringView("committer")).toObject();
            c.authorName = str(author, QLatin1StringView("name"));
            c.authorEmail = str(author, QLatin1StringView("email"));
            c.authoredAt = time(author, QLatin1StringView("date"));
            c.committedAt = time(committer, QLatin1StringView("date"));
            if (!c.committedAt.isValid())
                c.committedAt = c.authoredAt;
            c.message = str(git, QLatin1StringView("message"));
            c.author = user(o.value(QLatin1StringView("author")));
            c.htmlUrl = str(o, QLatin1StringView("html_url"));
            return c;
        },
        QLatin1StringView("sha"));
}

Result<PullRequest> pullRequest(const QByteArray &json)
{
    auto o = parseObject(json);
    if (!o)
        return Result<PullRequest>::failure(o.error());
    PullRequest p = pull(o.value());
    if (p.id == 0 || p.number == 0)
        return Result<PullRequest>::failure(Tr::tr("GitHub's pull request answer has no id or number."));
    return p;
}

Result<QList<PullRequest>> pullRequests(const QByteArray &json)
{
    return list<PullRequest>(json, pull, QLatin1StringView("number"));
}

Result<QList<PullFile>> pullFiles(const QByteArray &json)
{
    return list<PullFile>(
        json,
        [](const QJsonObject &o) {
            PullFile f;
            f.filename = str(o, QLatin1StringView("filename"));
            f.status = str(o, QLatin1StringView("status"));
            f.additions = o.value(QLatin1StringView("additions")).toInt();
            f.deletions = o.value(QLatin1StringView("deletions")).toInt();
            f.hasPatch = o.value(QLatin1StringView("patch")).isString();
            f.patch = str(o, QLatin1StringView("patch"));
            f.previousFilename = str(o, QLatin1StringView("previous_filename"));
            return f;
        },
        QLatin1StringView("filename"));
}

Result<QList<Review>> reviews(const QByteArray &json)
{
    return list<Review>(
        json,
        [](const QJsonObject &o) {
            Review r;
            r.id = o.value(QLatin1StringView("id")).toInteger();
            r.reviewer = user(o.value(QLatin1StringView("user")));
            r.state = str(o, QLatin1StringView("state"));
            r.body = str(o, QLatin1StringView("body"));
            r.htmlUrl = str(o, QLatin1StringView("html_url"));
            r.submittedAt = time(o, QLatin1StringView("submitted_at"));
            return r;
        },
        QLatin1StringView("id"));
}

Result<QList<ReviewComment>> reviewComments(const QByteArray &json)
{
    return list<ReviewComment>(
        json,
        [](const QJsonObject &o) {
            ReviewComment c;
            c.id = o.value(QLatin1StringView("id")).toInteger();
            c.reviewId = o.value(QLatin1StringView("pull_request_review_id")).toInteger();
            c.user = user(o.value(QLatin1StringView("user")));
            c.path = str(o, QLatin1StringView("path"));
            c.diffHunk = str(o, QLatin1StringView("diff_hunk"));
            c.body = str(o, QLatin1StringView("body"));
            c.htmlUrl = str(o, QLatin1StringView("html_url"));
            const QJsonValue line = o.value(QLatin1StringView("line"));
            c.line = line.isDouble() ? line.toInt() : o.value(QLatin1StringView("original_line")).toInt(-1);
            c.createdAt = time(o, QLatin1StringView("created_at"));
            c.updatedAt = time(o, QLatin1StringView("updated_at"));
            c.pullNumber = pullNumberFromUrl(str(o, QLatin1StringView("pull_request_url")));
            return c;
        },
        QLatin1StringView("id"));
}

Result<Profile> profile(const QByteArray &json)
{
    auto o = parseObject(json);
    if (!o)
        return Result<Profile>::failure(o.error());
    Profile p;
    p.user = user(o.value());
    if (p.user.isNull())
        return Result<Profile>::failure(Tr::tr("GitHub's user answer has no login or id."));
    p.name = str(o.value(), QLatin1StringView("name"));
    p.company = str(o.value(), QLatin1StringView("company"));
    p.location = str(o.value(), QLatin1StringView("location"));
    p.blog = str(o.value(), QLatin1StringView("blog"));
    p.email = str(o.value(), QLatin1StringView("email"));
    p.twitterUsername = str(o.value(), QLatin1StringView("twitter_username"));
    p.bio = str(o.value(), QLatin1StringView("bio"));
    const QJsonValue hireable = o->value(QLatin1StringView("hireable"));
    p.hireableKnown = hireable.isBool();
    p.hireable = hireable.toBool();
    return p;
}

QString errorMessage(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.object().value(QLatin1StringView("message")).toString().left(300);
}

int pullNumberFromUrl(const QString &url)
{
    const qsizetype slash = url.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? 0 : url.mid(slash + 1).toInt();
}

} // namespace ks::github::decode
