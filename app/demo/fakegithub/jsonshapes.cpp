// SPDX-License-Identifier: MIT
#include "jsonshapes.h"

#include "fakegithub.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTimeZone>

namespace ks::fake {

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QString headShaFor(const FakeRepo &repo, const FakePull &pull)
{
    return JsonShapes::shaFor(QStringLiteral("head/%1/%2/%3").arg(repo.owner, repo.name).arg(pull.number));
}

} // namespace

JsonShapes::JsonShapes(const FakeGitHub &server, const QString &apiBase)
    : m_server(server)
    , m_apiBase(apiBase)
{ }

QJsonValue JsonShapes::timestamp(const QDateTime &when)
{
    if (!when.isValid())
        return QJsonValue::Null;
    return when.toUTC().toString(Qt::ISODate);
}

QJsonValue JsonShapes::stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

qint64 JsonShapes::idForKey(const QString &key)
{
    const QByteArray digest = QCryptographicHash::hash(key.toLower().toUtf8(), QCryptographicHash::Sha1);
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | quint8(digest[i]);
    return 1000000 + qint64(v % 90000000u);
}

QString JsonShapes::shaFor(const QString &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString JsonShapes::htmlRepo(const FakeRepo &repo) const
{
    return QStringLiteral("https://github.com/%1/%2").arg(repo.owner, repo.name);
}

QString JsonShapes::apiRepo(const FakeRepo &repo) const
{
    return QStringLiteral("%1/repos/%2/%3").arg(m_apiBase, repo.owner, repo.name);
}

QJsonValue JsonShapes::user(const QString &login) const
{
    if (login.isEmpty())
        return QJsonValue::Null;
    const FakeUser *known = m_server.user(login);
    const QString name = known ? known->login : login;
    const qint64 id = known ? known->id : idForKey(login);
    const bool bot = known ? known->type == QLatin1String("Bot") : login.endsWith(QLatin1String("[bot]"));
    QString html = QStringLiteral("https://github.com/") + name;
    if (name.endsWith(QLatin1String("[bot]")))
        html = QStringLiteral("https://github.com/apps/") + name.chopped(5);
    return QJsonObject {
        { s("login"), name },
        { s("id"), id },
        { s("node_id"), QString::fromLatin1(QByteArray("U_" + QByteArray::number(id).toBase64())) },
        { s("type"), bot ? s("Bot") : s("User") },
        { s("site_admin"), false },
        { s("html_url"), html },
        { s("avatar_url"), QStringLiteral("https://avatars.githubusercontent.com/u/%1?v=4").arg(id) },
        { s("url"), QStringLiteral("%1/users/%2").arg(m_apiBase, name) },
    };
}

QJsonObject JsonShapes::userDetail(const FakeUser &u) const
{
    QJsonObject o = user(u.login).toObject();
    o.insert(s("name"), stringOrNull(u.name));
    o.insert(s("company"), stringOrNull(u.company));
    o.insert(s("blog"), u.blog); // GitHub sends "" rather than null for blog
    o.insert(s("location"), stringOrNull(u.location));
    o.insert(s("email"), stringOrNull(u.email));
    o.insert(s("hireable"), u.hireable ? QJsonValue(true) : QJsonValue(QJsonValue::Null));
    o.insert(s("bio"), stringOrNull(u.bio));
    o.insert(s("twitter_username"), stringOrNull(u.twitterUsername));
    o.insert(s("public_repos"), int(u.id % 97));
    o.insert(s("public_gists"), int(u.id % 13));
    o.insert(s("followers"), int((u.id / 7) % 1500));
    o.insert(s("following"), int((u.id / 11) % 80));
    const QDateTime created = QDateTime(QDate(2010, 1, 1), QTime(9, 0), QTimeZone::UTC).addDays(u.id % 4000);
    o.insert(s("created_at"), timestamp(created));
    o.insert(s("updated_at"), timestamp(created.addDays(365)));
    return o;
}

QJsonObject JsonShapes::repo(const FakeRepo &r) const
{
    return QJsonObject {
        { s("id"), r.id },
        { s("name"), r.name },
        { s("full_name"), r.owner + u'/' + r.name },
        { s("owner"), user(r.owner) },
        { s("private"), false },
        { s("fork"), false },
        { s("default_branch"), r.defaultBranch },
        { s("html_url"), htmlRepo(r) },
        { s("url"), apiRepo(r) },
    };
}

QJsonObject JsonShapes::commit(const FakeRepo &r, const FakeCommit &c) const
{
    const QJsonObject person {
        { s("name"), c.authorName },
        { s("email"), c.authorEmail },
        { s("date"), timestamp(c.date) },
    };
    return QJsonObject {
        { s("sha"), c.sha },
        { s("node_id"), QStringLiteral("C_kw") + c.sha.left(20) },
        { s("commit"),
            QJsonObject {
                { s("author"), person },
                { s("committer"), person },
                { s("message"), c.message },
                { s("url"), QStringLiteral("%1/git/commits/%2").arg(apiRepo(r), c.sha) },
                { s("comment_count"), 0 },
            } },
        { s("author"), user(c.authorLogin) },
        { s("committer"), user(c.authorLogin) },
        { s("html_url"), QStringLiteral("%1/commit/%2").arg(htmlRepo(r), c.sha) },
        { s("url"), QStringLiteral("%1/commits/%2").arg(apiRepo(r), c.sha) },
        { s("parents"), QJsonArray() },
    };
}

QJsonObject JsonShapes::pullListItem(const FakeRepo &r, const FakePull &p) const
{
    return QJsonObject {
        { s("id"), p.id },
        { s("node_id"), QStringLiteral("PR_kw") + QString::number(p.id) },
        { s("number"), p.number },
        { s("state"), p.state },
        { s("locked"), false },
        { s("title"), p.title },
        { s("body"), stringOrNull(p.body) },
        { s("user"), user(p.authorLogin) },
        { s("created_at"), timestamp(p.createdAt) },
        { s("updated_at"), timestamp(p.updatedAt.isValid() ? p.updatedAt : p.createdAt) },
        { s("closed_at"), timestamp(p.closedAt) },
        { s("merged_at"), timestamp(p.mergedAt) },
        { s("merge_commit_sha"), stringOrNull(p.mergeCommitSha) },
        { s("draft"), false },
        { s("html_url"), QStringLiteral("%1/pull/%2").arg(htmlRepo(r)).arg(p.number) },
        { s("url"), QStringLiteral("%1/pulls/%2").arg(apiRepo(r)).arg(p.number) },
        { s("head"), QJsonObject { { s("sha"), headShaFor(r, p) } } },
        { s("base"), QJsonObject { { s("ref"), r.defaultBranch } } },
    };
}

QJsonObject JsonShapes::pullDetail(const FakeRepo &r, const FakePull &p) const
{
    QJsonObject o = pullListItem(r, p);
    int additions = 0, deletions = 0;
    for (const FakeFile &f : p.files) {
        additions += f.additions;
        deletions += f.deletions;
    }
    int reviewComments = 0;
    for (const FakeReviewComment &c : r.comments)
        reviewComments += c.pullNumber == p.number ? 1 : 0;
    o.insert(s("merged"), p.mergedAt.isValid());
    o.insert(s("merged_by"), p.mergedAt.isValid() ? user(p.mergedByLogin) : QJsonValue(QJsonValue::Null));
    o.insert(s("additions"), additions);
    o.insert(s("deletions"), deletions);
    o.insert(s("changed_files"), int(p.files.size()));
    o.insert(s("comments"), 0);
    o.insert(s("review_comments"), reviewComments);
    o.insert(s("commits"), p.commitCount);
    o.insert(s("mergeable"), p.state == QLatin1String("open") ? QJsonValue(true) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject JsonShapes::file(const FakeFile &f) const
{
    QJsonObject o {
        { s("sha"), shaFor(f.filename + f.patch) },
        { s("filename"), f.filename },
        { s("status"), f.status },
        { s("additions"), f.additions },
        { s("deletions"), f.deletions },
        { s("changes"), f.additions + f.deletions },
    };
    if (!f.patch.isEmpty())
        o.insert(s("patch"), f.patch);
    if (!f.previousFilename.isEmpty())
        o.insert(s("previous_filename"), f.previousFilename);
    return o;
}

QJsonObject JsonShapes::review(const FakeRepo &r, const FakePull &p, const FakeReview &rv) const
{
    return QJsonObject {
        { s("id"), rv.id },
        { s("node_id"), QStringLiteral("PRR_kw") + QString::number(rv.id) },
        { s("user"), user(rv.login) },
        { s("body"), rv.body },
        { s("state"), rv.state },
        { s("submitted_at"), timestamp(rv.submittedAt) },
        { s("html_url"), QStringLiteral("%1/pull/%2#pullrequestreview-%3").arg(htmlRepo(r)).arg(p.number).arg(rv.id) },
        { s("pull_request_url"), QStringLiteral("%1/pulls/%2").arg(apiRepo(r)).arg(p.number) },
        { s("commit_id"), headShaFor(r, p) },
        { s("author_association"), s("CONTRIBUTOR") },
    };
}

QJsonObject JsonShapes::reviewComment(const FakeRepo &r, const FakeReviewComment &c) const
{
    return QJsonObject {
        { s("id"), c.id },
        { s("node_id"), QStringLiteral("PRRC_kw") + QString::number(c.id) },
        { s("pull_request_review_id"), c.reviewId ? QJsonValue(c.reviewId) : QJsonValue(QJsonValue::Null) },
        { s("user"), user(c.login) },
        { s("path"), c.path },
        { s("diff_hunk"), c.diffHunk },
        { s("body"), c.body },
        { s("line"), c.line },
        { s("original_line"), c.line },
        { s("side"), s("RIGHT") },
        { s("created_at"), timestamp(c.createdAt) },
        { s("updated_at"), timestamp(c.updatedAt.isValid() ? c.updatedAt : c.createdAt) },
        { s("html_url"), QStringLiteral("%1/pull/%2#discussion_r%3").arg(htmlRepo(r)).arg(c.pullNumber).arg(c.id) },
        { s("url"), QStringLiteral("%1/pulls/comments/%2").arg(apiRepo(r)).arg(c.id) },
        { s("pull_request_url"), QStringLiteral("%1/pulls/%2").arg(apiRepo(r)).arg(c.pullNumber) },
    };
}

} // namespace ks::fake
