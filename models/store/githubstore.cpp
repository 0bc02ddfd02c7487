// SPDX-License-Identifier: MIT
#include "githubstore.h"

#include "database.h"
#include "erasurekey.h"
#include "redactionlist.h"
#include "sources/github/pullreference.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace ks::store {
namespace {

using namespace Qt::StringLiterals;

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::store::GitHubStore)
};

QVariant iso(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant userId(const github::User &u)
{
    return u.isNull() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(u.id);
}

QVariant login(const github::User &u)
{
    return u.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(u.login);
}

bool exec(QSqlQuery &q, const QVariantList &values, Status &status)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec()) {
        status = Status::failure(Database::describe(q.lastError()));
        return false;
    }
    return true;
}

// Inserts a row, or when its key exists updates it (the update's WHERE says
// whether anything changed); counts which happened.
bool insertOrUpdate(QSqlQuery &insert, const QVariantList &insertValues, QSqlQuery &update, const QVariantList &updateValues,
    PageCounts &counts, Status &status)
{
    if (!exec(insert, insertValues, status))
        return false;
    if (insert.numRowsAffected() > 0) {
        ++counts.added;
        return true;
    }
    if (!exec(update, updateValues, status))
        return false;
    counts.updated += update.numRowsAffected() > 0;
    return true;
}

// Drops prefixes another prefix already covers; "" (whole repository) covers all.
QStringList minimalPrefixes(QStringList prefixes)
{
    prefixes.removeDuplicates();
    if (prefixes.contains(QString()))
        return { QString() };
    std::sort(prefixes.begin(), prefixes.end());
    QStringList result;
    for (const QString &p : std::as_const(prefixes)) {
        const bool covered
            = std::any_of(result.begin(), result.end(), [&](const QString &kept) { return p.startsWith(kept + QLatin1Char('/')); });
        if (!covered)
            result.append(p);
    }
    return result;
}

// SQL for "column is under one of the prefixes"; binds go in `values`.
QString underPrefixes(const QString &column, const QStringList &prefixes, QVariantList &values)
{
    if (prefixes.contains(QString()))
        return QStringLiteral("1");
    QStringList parts;
    for (const QString &p : prefixes) {
        parts.append(QStringLiteral("(%1 = ? OR substr(%1, 1, ?) = ?)").arg(column));
        values << p << p.size() + 1 << QString(p + QLatin1Char('/'));
    }
    return parts.isEmpty() ? QStringLiteral("0") : QLatin1Char('(') + parts.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

} // namespace

GitHubStore::GitHubStore(Database &db, MachineUsers machines)
    : m_db(db)
    , m_machines(std::move(machines))
{ }

GitHubStore::~GitHubStore() = default;

QString GitHubStore::now() const
{
    return m_clock().toUTC().toString(Qt::ISODate);
}

QSqlQuery &GitHubStore::prepared(const char *key, const QString &sql)
{
    auto &slot = m_statements[QByteArray(key)];
    if (!slot) {
        slot = std::make_shared<QSqlQuery>(m_db.connection());
        slot->prepare(sql);
    }
    return *slot;
}

Result<QList<SyncTarget>> GitHubStore::targets(const QString &layerKey, const QString &repoFullName) const
{
    using R = Result<QList<SyncTarget>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT r.id, r.owner, r.name, l.slug, l.id, "
        "  (SELECT json_group_array(prefix) FROM layer_repo_paths p WHERE p.layer_id = lr.layer_id AND p.repo_id = lr.repo_id) "
        "FROM layer_repos lr JOIN repos r ON r.id = lr.repo_id JOIN layers l ON l.id = lr.layer_id "
        "ORDER BY l.position, lr.position"));
    if (!q.exec())
        return R::failure(Database::describe(q.lastError()));
    QList<SyncTarget> targets;
    bool layerSeen = layerKey.isEmpty();
    while (q.next()) {
        if (!layerKey.isEmpty() && q.value(3).toString() != layerKey && q.value(4).toString() != layerKey)
            continue;
        layerSeen = true;
        const QString fullName = q.value(1).toString() + QLatin1Char('/') + q.value(2).toString();
        if (!repoFullName.isEmpty() && fullName.compare(repoFullName, Qt::CaseInsensitive) != 0)
            continue;
        QStringList prefixes;
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
            prefixes.append(v.toString());
        if (prefixes.isEmpty())
            prefixes.append(QString());
        const qint64 id = q.value(0).toLongLong();
        auto it = std::find_if(targets.begin(), targets.end(), [&](const SyncTarget &t) { return t.repoId == id; });
        if (it == targets.end())
            targets.append({ id, q.value(1).toString(), q.value(2).toString(), prefixes });
        else
            it->prefixes.append(prefixes);
    }
    if (!layerSeen)
        return R::failure(Tr::tr("No layer '%1' maps any repository.").arg(layerKey.left(80)));
    if (!repoFullName.isEmpty() && targets.isEmpty())
        return R::failure(Tr::tr("%1 is not in the repo map%2; add it with 'kernelscout repos add'.")
                .arg(repoFullName.left(140), layerKey.isEmpty() ? QString() : Tr::tr(" of layer '%1'").arg(layerKey)));
    for (SyncTarget &t : targets)
        t.prefixes = minimalPrefixes(t.prefixes);
    return targets;
}

Result<WalkState> GitHubStore::walkState(qint64 repoId, const QString &walk) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT cursor, resume_url, started_at, bound, pages_done, pages_total FROM sync_walks WHERE repo_id = ? AND walk = ?"));
    q.addBindValue(repoId);
    q.addBindValue(walk);
    if (!q.exec())
        return Result<WalkState>::failure(Database::describe(q.lastError()));
    WalkState s;
    if (q.next()) {
        s.cursor = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
        s.resumeUrl = QUrl(q.value(1).toString());
        s.startedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        s.bound = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        s.pagesDone = q.value(4).toInt();
        s.pagesTotal = q.value(5).toInt();
    }
    return s;
}

Status GitHubStore::beginWalk(qint64 repoId, const QString &walk, const QDateTime &startedAt, const QDateTime &bound)
{
    Status status;
    QSqlQuery &q = prepared("beginWalk",
        QStringLiteral("INSERT INTO sync_walks(repo_id, walk, started_at, bound, resume_url, pages_done, pages_total) VALUES (?, ?, ?, ?, "
                       "NULL, 0, NULL) "
                       "ON CONFLICT(repo_id, walk) DO UPDATE SET started_at = excluded.started_at, bound = excluded.bound, "
                       "resume_url = NULL, pages_done = 0, pages_total = NULL"));
    exec(q, { repoId, walk, iso(startedAt), iso(bound) }, status);
    return status;
}

Status GitHubStore::recordPage(qint64 repoId, const QString &walk, const QUrl &next, int pagesTotal)
{
    Status status;
    QSqlQuery &q = prepared("recordPage",
        QStringLiteral("UPDATE sync_walks SET resume_url = ?, pages_done = pages_done + 1, pages_total = coalesce(?, pages_total) "
                       "WHERE repo_id = ? AND walk = ?"));
    exec(q,
        { next.isValid() ? QVariant(next.toString(QUrl::FullyEncoded)) : QVariant(QMetaType::fromType<QString>()),
            pagesTotal > 0 ? QVariant(pagesTotal) : QVariant(QMetaType::fromType<int>()), repoId, walk },
        status);
    return status;
}

Status GitHubStore::completeWalk(qint64 repoId, const QString &walk)
{
    Status status;
    QSqlQuery &q = prepared("completeWalk",
        QStringLiteral("UPDATE sync_walks SET cursor = started_at, resume_url = NULL, started_at = NULL, bound = NULL "
                       "WHERE repo_id = ? AND walk = ?"));
    exec(q, { repoId, walk }, status);
    return status;
}

QByteArray GitHubStore::etag(const QUrl &url) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT etag FROM http_etags WHERE url = ?"));
    q.addBindValue(url.toString(QUrl::FullyEncoded));
    return q.exec() && q.next() ? q.value(0).toString().toUtf8() : QByteArray();
}

Status GitHubStore::storeEtag(const QUrl &url, const QByteArray &etag)
{
    if (etag.isEmpty())
        return {};
    Status status;
    QSqlQuery &q = prepared("storeEtag",
        QStringLiteral("INSERT INTO http_etags(url, etag, fetched_at) VALUES (?, ?, ?) "
                       "ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, fetched_at = excluded.fetched_at"));
    exec(q, { url.toString(QUrl::FullyEncoded), QString::fromUtf8(etag), now() }, status);
    return status;
}

Status GitHubStore::prepareErasures(const std::function<void(const QString &)> &progress)
{
    const auto salted = SuppressionList(m_db).saltedCount();
    if (!salted)
        return Status::failure(salted.error());
    const auto searched = SuppressionList(m_db).searchedUpTo();
    if (!searched)
        return Status::failure(searched.error());
    QByteArray key;
    if (salted.value() > 0 && searched.value() < SuppressionList::MaxGitHubId) {
        // The key is made here if need be: nobody else can have one yet.
        const Status made = m_db.write([&]() -> Status {
            const auto k = ErasureKey::findOrCreate(m_db);
            if (!k)
                return Status::failure(k.error());
            key = k.value();
            return {};
        });
        if (!made)
            return made;
        if (progress)
            progress(QCoreApplication::translate("ks::store::GitHubStore",
                "Re-keying %n erasure record(s) made before this version (once; about two minutes)", nullptr, salted.value()));
        const auto rekeyed = SuppressionList(m_db).rekey(key);
        if (!rekeyed)
            return Status::failure(rekeyed.error());
    }
    m_erasureGeneration.reset();
    Status status;
    refreshErasures(status);
    return status;
}

bool GitHubStore::refreshErasures(Status &status)
{
    const auto generation = RedactionList(m_db).generation();
    if (!generation) {
        status = Status::failure(generation.error());
        return false;
    }
    if (m_erasureGeneration == generation.value())
        return true;
    const auto key = ErasureKey::find(m_db);
    if (!key) {
        status = Status::failure(key.error());
        return false;
    }
    auto snapshot = SuppressionList(m_db).snapshot(key.value());
    auto entries = RedactionList(m_db).entries();
    if (!snapshot || !entries) {
        status = Status::failure(!snapshot ? snapshot.error() : entries.error());
        return false;
    }
    m_erasureKey = key.value();
    m_suppressions = snapshot.value();
    m_redactor = Redactor(m_erasureKey, entries.value());
    m_suppressedIds.clear();
    m_usersSeen.clear(); // an upserted user may be one just forgotten
    m_erasureGeneration = generation.value();
    return true;
}

bool GitHubStore::isSuppressed(const github::User &user, Status &status)
{
    if (user.isNull())
        return false;
    if (!m_erasureGeneration && !refreshErasures(status))
        return false;
    if (m_suppressions.isEmpty())
        return false;
    const auto known = m_suppressedIds.constFind(user.id);
    if (known != m_suppressedIds.cend())
        return known.value();
    const bool suppressed = m_suppressions.contains(SuppressionList::Kind::GitHub, QString::number(user.id));
    m_suppressedIds.insert(user.id, suppressed);
    if (suppressed && !user.login.isEmpty() && !m_suppressedLogins.contains(user.login, Qt::CaseInsensitive)) {
        m_suppressedLogins.append(user.login);
        // Whole logins only (GitHub logins are letters, digits and hyphens):
        // one they took after the erasure is met by id, not in the list.
        m_loginMentions.append(QRegularExpression(u"(?<![A-Za-z0-9-])@?%1(?![A-Za-z0-9-])"_s.arg(QRegularExpression::escape(user.login)),
            QRegularExpression::CaseInsensitiveOption));
    }
    return suppressed;
}

github::User GitHubStore::visible(const github::User &user, Status &status)
{
    return isSuppressed(user, status) ? github::User() : user;
}

QString GitHubStore::scrub(const QString &text) const
{
    if (text.isEmpty())
        return text;
    QString out = m_redactor.redact(text);
    for (const QRegularExpression &mention : m_loginMentions)
        out.replace(mention, u"[redacted]"_s);
    return out;
}

bool GitHubStore::namesForgotten(const QString &name, const QString &email) const
{
    // Their address anywhere in it, or their whole name: "Ada Byron" is someone else.
    return !m_redactor.isEmpty() && (m_redactor.mentions(email) || m_redactor.isWhole(name));
}

QVariant GitHubStore::path(const QString &path, Status &status)
{
    if (path.isNull() || m_redactor.isEmpty() || !m_redactor.mentions(path))
        return text(path);
    const auto standIn = RedactionList(m_db).pathStandIn(m_erasureKey, path, m_redactor.keptFolders(path));
    if (!standIn) {
        status = Status::failure(standIn.error());
        return {};
    }
    return standIn.value();
}

bool GitHubStore::upsertUser(const github::User &user, Status &status)
{
    if (user.isNull() || m_usersSeen.contains(user.id))
        return true;
    if (isSuppressed(user, status) || !status)
        return bool(status);
    // A login GitHub has since given to someone else is freed first: logins
    // are reusable, ids are not.
    QSqlQuery &free = prepared(
        "freeLogin", QStringLiteral("UPDATE github_users SET login = login || '~' || id WHERE login = ? COLLATE NOCASE AND id <> ?"));
    if (!exec(free, { user.login, user.id }, status))
        return false;
    QSqlQuery &q = prepared("upsertUser",
        QStringLiteral("INSERT INTO github_users(id, login, type, is_machine, html_url, avatar_url, seen_at, first_seen_at) VALUES (?, ?, "
                       "?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET login = excluded.login, type = excluded.type, is_machine = excluded.is_machine, "
                       "html_url = coalesce(excluded.html_url, html_url), avatar_url = coalesce(excluded.avatar_url, avatar_url), seen_at "
                       "= excluded.seen_at"));
    const QString type = user.type.isEmpty() ? QStringLiteral("User") : user.type;
    if (!exec(q,
            { user.id, user.login, type, m_machines.isMachine(user.login, type) ? 1 : 0, text(user.htmlUrl), text(user.avatarUrl), now(),
                now() },
            status))
        return false;
    m_usersSeen.insert(user.id);
    return true;
}

Status GitHubStore::applyRepo(qint64 repoId, const github::Repo &repo)
{
    Status status;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE repos SET github_id = ?, default_branch = ?, html_url = ? WHERE id = ?"));
    exec(q, { repo.id, repo.defaultBranch, repo.htmlUrl, repoId }, status);
    return status;
}

Result<PageCounts> GitHubStore::applyCommits(
    const SyncTarget &target, const QString &prefix, const QList<github::Commit> &commits, const QString &sourceUrl)
{
    using R = Result<PageCounts>;
    Status status;
    PageCounts counts;
    if (!refreshErasures(status))
        return R::failure(status.error());
    const QString fetched = now();
    QSqlQuery &insert = prepared("insertCommit",
        QStringLiteral(
            "INSERT OR IGNORE INTO commits(repo_id, sha, author_id, author_login, author_name, author_email, authored_at, "
            "committed_at, message, pr_number, html_url, source_url, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery &link
        = prepared("commitPrefix", QStringLiteral("INSERT OR IGNORE INTO commit_prefixes(repo_id, sha, prefix) VALUES (?, ?, ?)"));
    for (const github::Commit &c : commits) {
        if (isSuppressed(c.author, status))
            continue; // their own work: not kept
        if (c.author.isNull() && namesForgotten(c.authorName, c.authorEmail))
            continue; // theirs too, under an address GitHub did not link
        if (!upsertUser(c.author, status))
            return R::failure(status.error());
        const int pr = github::pullNumberFromMessage(c.message, target.owner, target.name);
        if (!exec(insert,
                { target.repoId, c.sha, userId(c.author), login(c.author), text(c.authorName), text(c.authorEmail), iso(c.authoredAt),
                    iso(c.committedAt).isNull() ? QVariant(fetched) : iso(c.committedAt), scrub(c.message),
                    pr > 0 ? QVariant(pr) : QVariant(QMetaType::fromType<int>()), text(c.htmlUrl), sourceUrl, fetched },
                status))
            return R::failure(status.error());
        counts.added += insert.numRowsAffected() > 0;
        if (!exec(link, { target.repoId, c.sha, prefix }, status))
            return R::failure(status.error());
    }
    return counts;
}

Result<PageCounts> GitHubStore::applyPulls(qint64 repoId, const QList<github::PullRequest> &pulls, const QString &sourceUrl)
{
    using R = Result<PageCounts>;
    Status status;
    PageCounts counts;
    if (!refreshErasures(status))
        return R::failure(status.error());
    const QString fetched = now();
    QSqlQuery &insert = prepared("insertPull",
        QStringLiteral(
            "INSERT OR IGNORE INTO pull_requests(id, repo_id, number, title, body, state, author_id, author_login, created_at, "
            "updated_at, closed_at, merged_at, merged_by_login, merge_commit_sha, additions, deletions, changed_files, html_url, "
            "source_url, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // List answers lack merged_by and line counts: keep what a detail answer stored.
    QSqlQuery &update = prepared("updatePull",
        QStringLiteral("UPDATE pull_requests SET title = ?, body = ?, body_scanned_at = NULL, state = ?, updated_at = ?, closed_at = ?, "
                       "merged_at = ?, "
                       "merged_by_login = coalesce(?, merged_by_login), merge_commit_sha = ?, additions = coalesce(?, additions), "
                       "deletions = coalesce(?, deletions), changed_files = coalesce(?, changed_files), source_url = ?, fetched_at = ? "
                       "WHERE id = ? AND (updated_at IS NOT ? OR (? IS NOT NULL AND merged_by_login IS NULL) OR (? IS NOT NULL AND "
                       "additions IS NULL))"));
    for (const github::PullRequest &p : pulls) {
        // A suppressed author's PR stays for its reviewers, without its author.
        const github::User author = visible(p.author, status);
        if (!status)
            return R::failure(status.error());
        if (author.isNull() && !p.author.isNull()) {
            // Theirs: kept (without them) only where an erasure kept it for
            // the others who took part; never stored anew.
            QSqlQuery &known = prepared("pullKnown", QStringLiteral("SELECT 1 FROM pull_requests WHERE id = ?"));
            if (!exec(known, { p.id }, status))
                return R::failure(status.error());
            const bool kept = known.next();
            known.finish();
            if (!kept)
                continue;
        }
        if (!upsertUser(author, status))
            return R::failure(status.error());
        const QVariant noInt(QMetaType::fromType<int>());
        const QVariant additions = p.additions >= 0 ? QVariant(p.additions) : noInt;
        const bool mergerGone = p.mergedByLogin.isEmpty() || m_suppressedLogins.contains(p.mergedByLogin, Qt::CaseInsensitive)
            || m_redactor.mentions(p.mergedByLogin);
        const QVariant mergedBy = mergerGone ? QVariant(QMetaType::fromType<QString>()) : QVariant(p.mergedByLogin);
        const QVariant deletions = p.deletions >= 0 ? QVariant(p.deletions) : noInt;
        const QVariant changedFiles = p.changedFiles >= 0 ? QVariant(p.changedFiles) : noInt;
        const QString title = scrub(p.title);
        const QVariant body = text(scrub(p.body));
        if (!insertOrUpdate(insert,
                { p.id, repoId, p.number, title, body, p.state, userId(author), login(author), iso(p.createdAt), iso(p.updatedAt),
                    iso(p.closedAt), iso(p.mergedAt), mergedBy, text(p.mergeCommitSha), additions, deletions, changedFiles, text(p.htmlUrl),
                    sourceUrl, fetched },
                update,
                { title, body, p.state, iso(p.updatedAt), iso(p.closedAt), iso(p.mergedAt), mergedBy, text(p.mergeCommitSha), additions,
                    deletions, changedFiles, sourceUrl, fetched, p.id, iso(p.updatedAt), mergedBy, additions },
                counts, status))
            return R::failure(status.error());
    }
    return counts;
}

Result<PageCounts> GitHubStore::applyReviewComments(qint64 repoId, const QList<github::ReviewComment> &comments, const QString &sourceUrl)
{
    using R = Result<PageCounts>;
    Status status;
    PageCounts counts;
    if (!refreshErasures(status))
        return R::failure(status.error());
    const QString fetched = now();
    QSqlQuery &insert = prepared("insertComment",
        QStringLiteral(
            "INSERT OR IGNORE INTO review_comments(id, repo_id, pr_number, review_id, user_id, user_login, path, line, diff_hunk, "
            "body, created_at, updated_at, html_url, source_url, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery &update = prepared("updateComment",
        QStringLiteral("UPDATE review_comments SET body = ?, line = ?, diff_hunk = ?, updated_at = ?, source_url = ?, fetched_at = ?, "
                       "scanned_at = NULL "
                       "WHERE id = ? AND updated_at IS NOT ?"));
    for (const github::ReviewComment &c : comments) {
        if (isSuppressed(c.user, status))
            continue;
        if (!upsertUser(c.user, status))
            return R::failure(status.error());
        const QVariant line = c.line >= 0 ? QVariant(c.line) : QVariant(QMetaType::fromType<int>());
        const QVariant where = path(c.path, status);
        if (!status)
            return R::failure(status.error());
        const QVariant hunk = text(scrub(c.diffHunk));
        const QString body = scrub(c.body);
        if (!insertOrUpdate(insert,
                { c.id, repoId, c.pullNumber, c.reviewId ? QVariant(c.reviewId) : QVariant(QMetaType::fromType<qint64>()), userId(c.user),
                    login(c.user), where, line, hunk, body, iso(c.createdAt), iso(c.updatedAt), text(c.htmlUrl), sourceUrl, fetched },
                update, { body, line, hunk, iso(c.updatedAt), sourceUrl, fetched, c.id, iso(c.updatedAt) }, counts, status))
            return R::failure(status.error());
    }
    return counts;
}

Result<PageCounts> GitHubStore::applyPullDetails(
    qint64 repoId, int number, const QList<github::PullFile> &files, const QList<github::Review> &reviews, const QString &sourceUrl)
{
    using R = Result<PageCounts>;
    Status status;
    PageCounts counts;
    if (!refreshErasures(status))
        return R::failure(status.error());
    const QString fetched = now();
    QSqlQuery &find = prepared("findPull", QStringLiteral("SELECT id, updated_at FROM pull_requests WHERE repo_id = ? AND number = ?"));
    if (!exec(find, { repoId, number }, status))
        return R::failure(status.error());
    if (!find.next())
        return counts; // erased meanwhile (a forget in another window or process): nothing to attach them to
    const qint64 prId = find.value(0).toLongLong();
    const QVariant updatedAt = find.value(1);
    find.finish();

    // Signals found in the old patches go with them; the new ones get scanned.
    QSqlQuery &clearHits = prepared("clearFileHits", QStringLiteral("DELETE FROM signal_hits WHERE pr_id = ? AND source_kind = 'pr_file'"));
    if (!exec(clearHits, { prId }, status))
        return R::failure(status.error());
    QSqlQuery &clear = prepared("clearFiles", QStringLiteral("DELETE FROM pr_files WHERE pr_id = ?"));
    if (!exec(clear, { prId }, status))
        return R::failure(status.error());
    QSqlQuery &file = prepared("insertFile",
        QStringLiteral("INSERT OR REPLACE INTO pr_files(pr_id, filename, status, additions, deletions, patch, previous_filename, "
                       "source_url, fetched_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const github::PullFile &f : files) {
        const QVariant name = path(f.filename, status);
        const QVariant previous = path(f.previousFilename, status);
        if (!status)
            return R::failure(status.error());
        if (!exec(file,
                { prId, name, text(f.status), f.additions, f.deletions,
                    f.hasPatch ? QVariant(scrub(f.patch)) : QVariant(QMetaType::fromType<QString>()), previous, sourceUrl, fetched },
                status))
            return R::failure(status.error());
        ++counts.added;
    }
    QSqlQuery &review = prepared("upsertReview",
        QStringLiteral(
            "INSERT INTO pr_reviews(id, pr_id, reviewer_id, reviewer_login, state, body, submitted_at, html_url, source_url, fetched_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET state = excluded.state, body = excluded.body, scanned_at "
            "= NULL, "
            "source_url = excluded.source_url, fetched_at = excluded.fetched_at"));
    for (const github::Review &r : reviews) {
        if (isSuppressed(r.reviewer, status))
            continue;
        if (!upsertUser(r.reviewer, status))
            return R::failure(status.error());
        if (!exec(review,
                { r.id, prId, userId(r.reviewer), login(r.reviewer), r.state, text(scrub(r.body)), iso(r.submittedAt), text(r.htmlUrl),
                    sourceUrl, fetched },
                status))
            return R::failure(status.error());
        ++counts.added;
    }
    QSqlQuery &done = prepared("pullDetailsDone",
        QStringLiteral("UPDATE pull_requests SET details_updated_at = ?, details_fetched_at = ?, "
                       "additions = coalesce(additions, (SELECT sum(additions) FROM pr_files WHERE pr_id = ?)), "
                       "deletions = coalesce(deletions, (SELECT sum(deletions) FROM pr_files WHERE pr_id = ?)), "
                       "changed_files = coalesce(changed_files, (SELECT count(*) FROM pr_files WHERE pr_id = ?)) WHERE id = ?"));
    exec(done, { updatedAt, fetched, prId, prId, prId, prId }, status);
    if (!status)
        return R::failure(status.error());
    return counts;
}

Result<PageCounts> GitHubStore::applyProfile(const github::Profile &p, const QString &sourceUrl)
{
    using R = Result<PageCounts>;
    Status status;
    if (!refreshErasures(status))
        return R::failure(status.error());
    if (isSuppressed(p.user, status) || !status)
        return status ? R(PageCounts {}) : R::failure(status.error());
    m_usersSeen.remove(p.user.id);
    if (!upsertUser(p.user, status))
        return R::failure(status.error());
    QSqlQuery &q = prepared("applyProfile",
        QStringLiteral("UPDATE github_users SET name = ?, company = ?, location = ?, blog = ?, email = ?, twitter_username = ?, bio = ?, "
                       "hireable = ?, profile_source_url = ?, profile_fetched_at = ? WHERE id = ?"));
    // Their own name, e-mail and handle are theirs; what they write about
    // others (a bio thanking a forgotten co-author, a company or blog
    // naming one) is redacted.
    if (!exec(q,
            { text(p.name), text(scrub(p.company)), text(p.location), text(scrub(p.blog)), text(p.email), text(p.twitterUsername),
                text(scrub(p.bio)), p.hireableKnown ? QVariant(p.hireable ? 1 : 0) : QVariant(QMetaType::fromType<int>()), sourceUrl, now(),
                p.user.id },
            status))
        return R::failure(status.error());
    return PageCounts { 0, 1 };
}

Status GitHubStore::touchProfile(const QString &login)
{
    Status status;
    QSqlQuery &q
        = prepared("touchProfile", QStringLiteral("UPDATE github_users SET profile_fetched_at = ? WHERE login = ? COLLATE NOCASE"));
    exec(q, { now(), login }, status);
    return status;
}

Status GitHubStore::setCommitPull(qint64 repoId, const QString &sha, int number)
{
    Status status;
    QSqlQuery &q = prepared("setCommitPull",
        QStringLiteral("UPDATE commits SET pr_number = coalesce(?, pr_number), pr_lookup_done = 1 WHERE repo_id = ? AND sha = ?"));
    exec(q, { number > 0 ? QVariant(number) : QVariant(QMetaType::fromType<int>()), repoId, sha }, status);
    return status;
}

Result<QStringList> GitHubStore::commitsWithoutPull(qint64 repoId, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT c.sha FROM commits c LEFT JOIN github_users u ON u.id = c.author_id "
                             "WHERE c.repo_id = ? AND c.pr_number IS NULL AND c.pr_lookup_done = 0 AND coalesce(u.is_machine, 0) = 0 "
                             "AND EXISTS (SELECT 1 FROM commit_prefixes p WHERE p.repo_id = c.repo_id AND p.sha = c.sha) "
                             "ORDER BY c.committed_at DESC LIMIT ?"));
    q.addBindValue(repoId);
    q.addBindValue(limit);
    if (!q.exec())
        return Result<QStringList>::failure(Database::describe(q.lastError()));
    QStringList shas;
    while (q.next())
        shas.append(q.value(0).toString());
    return shas;
}

Status GitHubStore::associateByMergeCommit(qint64 repoId)
{
    Status status;
    QSqlQuery &q = prepared("associateByMergeCommit",
        QStringLiteral("UPDATE commits SET pr_number = (SELECT p.number FROM pull_requests p "
                       "  WHERE p.repo_id = commits.repo_id AND p.merge_commit_sha = commits.sha) "
                       "WHERE repo_id = ? AND pr_number IS NULL AND sha IN "
                       "  (SELECT merge_commit_sha FROM pull_requests WHERE repo_id = ? AND merge_commit_sha IS NOT NULL)"));
    exec(q, { repoId, repoId }, status);
    return status;
}

Result<bool> GitHubStore::usesMergeCommits(qint64 repoId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM commits WHERE repo_id = ? AND message LIKE 'Merge pull request #%')"));
    q.addBindValue(repoId);
    if (!q.exec() || !q.next())
        return Result<bool>::failure(Database::describe(q.lastError()));
    return q.value(0).toBool();
}

Status GitHubStore::markRelevantAndLanded(const SyncTarget &target)
{
    Status status;
    QVariantList values { target.repoId, target.repoId, target.repoId };
    const QString commentPaths = underPrefixes(QStringLiteral("rc.path"), target.prefixes, values);
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE pull_requests SET relevant = 1 WHERE repo_id = ? AND relevant = 0 AND ("
                       " number IN (SELECT c.pr_number FROM commits c JOIN commit_prefixes p ON p.repo_id = c.repo_id AND p.sha = c.sha "
                       "            WHERE c.repo_id = ? AND c.pr_number IS NOT NULL)"
                       " OR number IN (SELECT rc.pr_number FROM review_comments rc WHERE rc.repo_id = ? AND %1))")
            .arg(commentPaths));
    if (!exec(q, values, status))
        return status;
    // Landed: merged, or closed with its commit on the default branch (which
    // is what the commit walks list).
    q.prepare(QStringLiteral("UPDATE pull_requests SET landed = 1 WHERE repo_id = ? AND landed = 0 AND (merged_at IS NOT NULL "
                             " OR number IN (SELECT pr_number FROM commits WHERE repo_id = ? AND pr_number IS NOT NULL))"));
    exec(q, { target.repoId, target.repoId }, status);
    return status;
}

Result<QList<PendingPull>> GitHubStore::pullsNeedingDetails(qint64 repoId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT number, id FROM pull_requests WHERE repo_id = ? AND relevant = 1 "
                       "  AND (details_updated_at IS NULL OR details_updated_at < updated_at) "
                       "UNION "
                       "SELECT DISTINCT c.pr_number, 0 FROM commits c JOIN commit_prefixes p ON p.repo_id = c.repo_id AND p.sha = c.sha "
                       "  WHERE c.repo_id = ? AND c.pr_number IS NOT NULL "
                       "  AND NOT EXISTS (SELECT 1 FROM pull_requests r WHERE r.repo_id = c.repo_id AND r.number = c.pr_number) "
                       "ORDER BY 1 DESC"));
    q.addBindValue(repoId);
    q.addBindValue(repoId);
    if (!q.exec())
        return Result<QList<PendingPull>>::failure(Database::describe(q.lastError()));
    QList<PendingPull> pending;
    while (q.next())
        pending.append({ q.value(0).toInt(), q.value(1).toLongLong() });
    return pending;
}

Result<QStringList> GitHubStore::profilesToFetch(const QDateTime &staleBefore) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT u.login FROM github_users u WHERE u.is_machine = 0 "
        " AND (u.profile_fetched_at IS NULL OR u.profile_fetched_at < ?) AND ("
        "  EXISTS (SELECT 1 FROM pull_requests p WHERE p.author_id = u.id AND p.relevant = 1)"
        "  OR EXISTS (SELECT 1 FROM pr_reviews r JOIN pull_requests p ON p.id = r.pr_id WHERE r.reviewer_id = u.id AND p.relevant = 1)"
        "  OR EXISTS (SELECT 1 FROM commits c JOIN commit_prefixes cp ON cp.repo_id = c.repo_id AND cp.sha = c.sha WHERE c.author_id = "
        "u.id)"
        "  OR EXISTS (SELECT 1 FROM review_comments rc JOIN pull_requests p ON p.repo_id = rc.repo_id AND p.number = rc.pr_number "
        "             WHERE rc.user_id = u.id AND p.relevant = 1)) "
        "ORDER BY u.login"));
    q.addBindValue(iso(staleBefore));
    if (!q.exec())
        return Result<QStringList>::failure(Database::describe(q.lastError()));
    QStringList logins;
    while (q.next())
        logins.append(q.value(0).toString());
    return logins;
}

Result<QList<QPair<QString, QDateTime>>> GitHubStore::lastSynced() const
{
    using R = Result<QList<QPair<QString, QDateTime>>>;
    QSqlQuery q(m_db.connection());
    // A repository counts as synced when its oldest listing cursor is set.
    if (!q.exec(QStringLiteral("SELECT r.owner || '/' || r.name, "
                               "  CASE WHEN count(w.walk) = 0 OR sum(w.cursor IS NULL) > 0 THEN NULL ELSE min(w.cursor) END "
                               "FROM repos r JOIN layer_repos lr ON lr.repo_id = r.id LEFT JOIN sync_walks w ON w.repo_id = r.id "
                               "GROUP BY r.id ORDER BY min(lr.layer_id), min(lr.position)")))
        return R::failure(Database::describe(q.lastError()));
    QList<QPair<QString, QDateTime>> rows;
    while (q.next())
        rows.append({ q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODate) });
    return rows;
}

} // namespace ks::store
