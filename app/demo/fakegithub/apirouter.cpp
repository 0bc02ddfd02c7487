// SPDX-License-Identifier: MIT
#include "apirouter.h"

#include "fakegithub.h"
#include "pagination.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace ks::fake {

namespace {

bool touchesPath(const QStringList &paths, const QString &prefix)
{
    for (const QString &p : paths) {
        if (p == prefix || (p.startsWith(prefix) && p.at(prefix.size()) == u'/'))
            return true;
    }
    return false;
}

QDateTime parseTime(const QString &value)
{
    return value.isEmpty() ? QDateTime() : QDateTime::fromString(value, Qt::ISODate);
}

} // namespace

ApiRouter::ApiRouter(const FakeGitHub &server, const Request &request, const QString &apiBase)
    : m_server(server)
    , m_request(request)
    , m_apiBase(apiBase)
    , m_shapes(server, apiBase)
{ }

QString ApiRouter::param(const char *name) const
{
    return m_request.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

Response ApiRouter::notFound()
{
    return Response::error(404, QStringLiteral("Not Found"), QStringLiteral("https://docs.github.com/rest"));
}

Response ApiRouter::route() const
{
    QStringList parts = m_request.path.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() >= 3 && parts[0] == QLatin1String("repos")) {
        const FakeRepo *repo = m_server.repo(parts[1], parts[2]);
        return repo ? repoRoute(*repo, parts.mid(3)) : notFound();
    }
    if (parts.size() >= 2 && parts[0] == QLatin1String("repositories")) {
        bool ok = false;
        const FakeRepo *repo = m_server.repoById(parts[1].toLongLong(&ok));
        return ok && repo ? repoRoute(*repo, parts.mid(2)) : notFound();
    }
    if (parts.size() == 2 && parts[0] == QLatin1String("users"))
        return userRoute(parts[1]);
    return notFound();
}

Response ApiRouter::userRoute(const QString &login) const
{
    const FakeUser *user = m_server.user(login);
    if (!user)
        return notFound();
    return Response::json(200, QJsonDocument(m_shapes.userDetail(*user)));
}

Response ApiRouter::repoRoute(const FakeRepo &repo, const QStringList &rest) const
{
    m_linkSuffix = rest.isEmpty() ? QString() : u'/' + rest.join(u'/');
    const auto pullByNumber = [&](const QString &text) -> const FakePull * {
        bool ok = false;
        const int number = text.toInt(&ok);
        for (const FakePull &p : repo.pulls) {
            if (ok && p.number == number)
                return &p;
        }
        return nullptr;
    };

    if (rest.isEmpty())
        return Response::json(200, QJsonDocument(m_shapes.repo(repo)));
    const QString &kind = rest[0];
    if (kind == QLatin1String("commits")) {
        if (rest.size() == 1)
            return commits(repo);
        if (rest.size() == 2)
            return commit(repo, rest[1]);
        if (rest.size() == 3 && rest[2] == QLatin1String("pulls"))
            return pullsForCommit(repo, rest[1]);
        return notFound();
    }
    if (kind == QLatin1String("contents") && rest.size() >= 2)
        return contents(repo, rest.mid(1).join(u'/'));
    if (kind != QLatin1String("pulls"))
        return notFound();
    if (rest.size() == 1)
        return pulls(repo);
    if (rest.size() == 2 && rest[1] == QLatin1String("comments"))
        return reviewComments(repo, 0);
    const FakePull *pr = pullByNumber(rest[1]);
    if (!pr)
        return notFound();
    if (rest.size() == 2)
        return pull(repo, *pr);
    if (rest.size() == 3 && rest[2] == QLatin1String("files"))
        return pullFiles(repo, *pr);
    if (rest.size() == 3 && rest[2] == QLatin1String("reviews"))
        return pullReviews(repo, *pr);
    if (rest.size() == 3 && rest[2] == QLatin1String("comments"))
        return reviewComments(repo, pr->number);
    return notFound();
}

template<typename T, typename ToJson> Response ApiRouter::page(const FakeRepo &repo, const QList<const T *> &items, ToJson toJson) const
{
    const Pagination pages(m_request, items.size());
    QJsonArray array;
    for (qsizetype i = pages.begin(); i < pages.end(); ++i)
        array.append(toJson(*items[i]));
    Response r = Response::json(200, QJsonDocument(array));
    const QByteArray link = pages.linkHeader(m_apiBase, QStringLiteral("/repositories/%1%2").arg(repo.id).arg(m_linkSuffix));
    if (!link.isEmpty())
        r.setHeader("link", link);
    return r;
}

Response ApiRouter::commits(const FakeRepo &repo) const
{
    QString path = param("path");
    while (path.endsWith(u'/'))
        path.chop(1);
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    const QDateTime since = parseTime(param("since"));
    const QDateTime until = parseTime(param("until"));
    const QString author = param("author");

    QList<const FakeCommit *> items;
    for (const FakeCommit &c : repo.commits) {
        if (!path.isEmpty() && !touchesPath(c.paths, path))
            continue;
        if (since.isValid() && c.date < since)
            continue;
        if (until.isValid() && c.date > until)
            continue;
        if (!author.isEmpty() && author.compare(c.authorLogin, Qt::CaseInsensitive) != 0
            && author.compare(c.authorEmail, Qt::CaseInsensitive) != 0)
            continue;
        items.append(&c);
    }
    std::stable_sort(items.begin(), items.end(), [](const FakeCommit *a, const FakeCommit *b) { return a->date > b->date; });
    return page(repo, items, [&](const FakeCommit &c) { return m_shapes.commit(repo, c); });
}

Response ApiRouter::commit(const FakeRepo &repo, const QString &sha) const
{
    for (const FakeCommit &c : repo.commits) {
        if (sha.size() >= 7 && c.sha.startsWith(sha)) {
            QJsonObject o = m_shapes.commit(repo, c);
            QJsonArray files;
            for (const QString &p : c.paths)
                files.append(QJsonObject { { QStringLiteral("filename"), p }, { QStringLiteral("status"), QStringLiteral("modified") } });
            o.insert(QStringLiteral("files"), files);
            return Response::json(200, QJsonDocument(o));
        }
    }
    return Response::error(422, QStringLiteral("No commit found for SHA: ") + sha);
}

Response ApiRouter::pullsForCommit(const FakeRepo &repo, const QString &sha) const
{
    QList<const FakePull *> items;
    for (const FakePull &p : repo.pulls) {
        if (!p.mergeCommitSha.isEmpty() && p.mergeCommitSha == sha)
            items.append(&p);
    }
    return page(repo, items, [&](const FakePull &p) { return m_shapes.pullListItem(repo, p); });
}

Response ApiRouter::pulls(const FakeRepo &repo) const
{
    const QString state = param("state").isEmpty() ? QStringLiteral("open") : param("state");
    const bool byUpdated = param("sort") == QLatin1String("updated");
    // GitHub: desc when sort is created or absent, otherwise asc.
    QString direction = param("direction");
    if (direction.isEmpty())
        direction = param("sort").isEmpty() || param("sort") == QLatin1String("created") ? QStringLiteral("desc") : QStringLiteral("asc");
    const bool desc = direction == QLatin1String("desc");

    QList<const FakePull *> items;
    for (const FakePull &p : repo.pulls) {
        if (state == QLatin1String("all") || p.state == state)
            items.append(&p);
    }
    std::stable_sort(items.begin(), items.end(), [&](const FakePull *a, const FakePull *b) {
        const QDateTime ta = byUpdated ? a->updatedAt : a->createdAt;
        const QDateTime tb = byUpdated ? b->updatedAt : b->createdAt;
        if (ta != tb)
            return desc ? ta > tb : ta < tb;
        return desc ? a->number > b->number : a->number < b->number;
    });
    return page(repo, items, [&](const FakePull &p) { return m_shapes.pullListItem(repo, p); });
}

Response ApiRouter::pull(const FakeRepo &repo, const FakePull &pr) const
{
    return Response::json(200, QJsonDocument(m_shapes.pullDetail(repo, pr)));
}

Response ApiRouter::pullFiles(const FakeRepo &repo, const FakePull &pr) const
{
    QList<const FakeFile *> items;
    for (const FakeFile &f : pr.files)
        items.append(&f);
    return page(repo, items, [&](const FakeFile &f) { return m_shapes.file(f); });
}

Response ApiRouter::pullReviews(const FakeRepo &repo, const FakePull &pr) const
{
    QList<const FakeReview *> items;
    for (const FakeReview &rv : pr.reviews)
        items.append(&rv);
    std::stable_sort(items.begin(), items.end(), [](const FakeReview *a, const FakeReview *b) {
        return a->submittedAt != b->submittedAt ? a->submittedAt < b->submittedAt : a->id < b->id;
    });
    return page(repo, items, [&](const FakeReview &rv) { return m_shapes.review(repo, pr, rv); });
}

Response ApiRouter::reviewComments(const FakeRepo &repo, int pullNumber) const
{
    const bool byUpdated = param("sort") == QLatin1String("updated");
    const bool desc = param("direction") == QLatin1String("desc");
    const QDateTime since = parseTime(param("since"));

    QList<const FakeReviewComment *> items;
    for (const FakeReviewComment &c : repo.comments) {
        if (pullNumber != 0 && c.pullNumber != pullNumber)
            continue;
        const QDateTime updated = c.updatedAt.isValid() ? c.updatedAt : c.createdAt;
        if (since.isValid() && updated < since)
            continue;
        items.append(&c);
    }
    std::stable_sort(items.begin(), items.end(), [&](const FakeReviewComment *a, const FakeReviewComment *b) {
        const auto key = [&](const FakeReviewComment *c) { return byUpdated && c->updatedAt.isValid() ? c->updatedAt : c->createdAt; };
        if (key(a) != key(b))
            return desc ? key(a) > key(b) : key(a) < key(b);
        return desc ? a->id > b->id : a->id < b->id;
    });
    return page(repo, items, [&](const FakeReviewComment &c) { return m_shapes.reviewComment(repo, c); });
}

// A file at a commit, for the code viewer: the commit must touch the path.
// The fake keeps no trees, so the text is what a pull's patch shows of the
// file's new side, or a line naming the file when no patch has it.
Response ApiRouter::contents(const FakeRepo &repo, const QString &path) const
{
    const QString ref = param("ref");
    const auto commit = std::find_if(repo.commits.cbegin(), repo.commits.cend(),
        [&](const FakeCommit &c) { return ref.size() >= 7 && c.sha.startsWith(ref) && c.paths.contains(path); });
    if (commit == repo.commits.cend())
        return notFound();
    QStringList lines;
    for (const FakePull &pull : repo.pulls) {
        for (const FakeFile &file : pull.files) {
            if (file.filename != path || !lines.isEmpty())
                continue;
            for (const QString &line : file.patch.split(u'\n')) {
                if (line.startsWith(u'+') || line.startsWith(u' '))
                    lines.append(line.mid(1));
            }
        }
    }
    if (lines.isEmpty())
        lines.append(QStringLiteral("// %1 at %2").arg(path, commit->sha));
    const QByteArray text = (lines.join(u'\n') + u'\n').toUtf8();
    QJsonObject o;
    o.insert(QStringLiteral("type"), QStringLiteral("file"));
    o.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    o.insert(QStringLiteral("size"), text.size());
    o.insert(QStringLiteral("name"), path.section(u'/', -1));
    o.insert(QStringLiteral("path"), path);
    o.insert(QStringLiteral("sha"), commit->sha);
    o.insert(QStringLiteral("content"), QString::fromLatin1(text.toBase64()));
    o.insert(
        QStringLiteral("html_url"), QStringLiteral("https://github.com/%1/%2/blob/%3/%4").arg(repo.owner, repo.name, commit->sha, path));
    return Response::json(200, QJsonDocument(o));
}

} // namespace ks::fake
