// SPDX-License-Identifier: MIT
#include "viewersource.h"

#include "domain/clock.h"
#include "store/database.h"
#include "store/redactionlist.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace ks::viewer {

namespace {

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::viewer)
};

Result<qint64> repoId(store::Database &db, const QString &owner, const QString &name)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM repos WHERE owner = ?1 COLLATE NOCASE AND name = ?2 COLLATE NOCASE"));
    q.addBindValue(owner);
    q.addBindValue(name);
    if (!q.exec())
        return Result<qint64>::failure(store::Database::describe(q.lastError()));
    if (!q.next())
        return Result<qint64>::failure(Tr::tr("%1/%2 is not in this workspace.").arg(owner, name));
    return q.value(0).toLongLong();
}

} // namespace

EvidenceTarget parseEvidenceUrl(const QString &text)
{
    EvidenceTarget t;
    const QUrl url(text);
    const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 4)
        return t;
    t.owner = parts.at(0);
    t.name = parts.at(1);
    const QString &kind = parts.at(2);
    const QString fragment = url.fragment();
    if (kind == QLatin1String("pull")) {
        bool ok = false;
        t.number = parts.at(3).toInt(&ok);
        if (!ok)
            return {};
        t.kind = EvidenceTarget::Kind::Pull;
        if (fragment.startsWith(QLatin1String("discussion_r")))
            t.commentId = fragment.mid(12).toLongLong();
    } else if (kind == QLatin1String("commit")) {
        t.kind = EvidenceTarget::Kind::Commit;
        t.ref = parts.at(3);
    } else if (kind == QLatin1String("blob") && parts.size() >= 5) {
        t.kind = EvidenceTarget::Kind::File;
        t.ref = parts.at(3);
        t.path = parts.mid(4).join(u'/');
        static const QRegularExpression line(QStringLiteral(R"(^L(\d+))"));
        if (const auto m = line.match(fragment); m.hasMatch())
            t.line = m.captured(1).toInt();
    }
    return t;
}

bool parsePullReference(const QString &text, QString &owner, QString &name, int &number)
{
    static const QRegularExpression ref(QStringLiteral(R"(^([\w.-]+)/([\w.-]+)#(\d+)\z)"));
    if (const auto m = ref.match(text.trimmed()); m.hasMatch()) {
        owner = m.captured(1);
        name = m.captured(2);
        number = m.captured(3).toInt();
        return true;
    }
    const EvidenceTarget t = parseEvidenceUrl(text);
    if (t.kind != EvidenceTarget::Kind::Pull)
        return false;
    owner = t.owner;
    name = t.name;
    number = t.number;
    return true;
}

Result<ViewDocument> loadPull(store::Database &db, const QString &owner, const QString &name, int number)
{
    using R = Result<ViewDocument>;
    const auto repo = repoId(db, owner, name);
    if (!repo)
        return R::failure(repo.error());
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, title, coalesce(author_login, ''), coalesce(html_url, '') FROM pull_requests WHERE repo_id = ?1 AND number = ?2"));
    q.addBindValue(repo.value());
    q.addBindValue(number);
    if (!q.exec())
        return R::failure(store::Database::describe(q.lastError()));
    if (!q.next())
        return R::failure(Tr::tr("%1/%2#%3 is not in this workspace.").arg(owner, name).arg(number));
    const qint64 prId = q.value(0).toLongLong();
    const QString title = QStringLiteral("%1/%2#%3 %4").arg(owner, name).arg(number).arg(q.value(1).toString());
    const QString author = q.value(2).toString();
    const QString url = q.value(3).toString();

    QList<PatchFile> files;
    q.prepare(QStringLiteral("SELECT filename, coalesce(status, ''), coalesce(patch, ''), additions, deletions FROM pr_files WHERE pr_id = "
                             "?1 ORDER BY filename"));
    q.addBindValue(prId);
    if (!q.exec())
        return R::failure(store::Database::describe(q.lastError()));
    while (q.next())
        files.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toInt() });

    QList<ReviewNote> notes;
    q.prepare(QStringLiteral(
        "SELECT c.id, c.path, coalesce(c.line, 0), coalesce(c.diff_hunk, ''), c.body, coalesce(c.user_login, u.login, ''), "
        "coalesce(c.created_at, ''), coalesce(c.html_url, '') FROM review_comments c LEFT JOIN github_users u ON u.id = c.user_id "
        "WHERE c.repo_id = ?1 AND c.pr_number = ?2 ORDER BY c.created_at, c.id"));
    q.addBindValue(repo.value());
    q.addBindValue(number);
    if (!q.exec())
        return R::failure(store::Database::describe(q.lastError()));
    while (q.next()) {
        notes.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(), q.value(4).toString(),
            q.value(5).toString(), QDateTime::fromString(q.value(6).toString(), Qt::ISODate), q.value(7).toString() });
    }
    ViewDocument doc = diffDocument(files, notes);
    doc.title = author.isEmpty() ? title : Tr::tr("%1 \u2014 by %2").arg(title, author);
    doc.url = url;
    return doc;
}

Result<int> pullOfCommit(store::Database &db, const QString &owner, const QString &name, const QString &sha)
{
    // The sha comes from an evidence URL: only a hex prefix, never a pattern
    // (a "/commit/%" would otherwise match any commit).
    static const QRegularExpression hex(QStringLiteral("\\A[0-9a-fA-F]{4,40}\\z"));
    if (!hex.match(sha).hasMatch())
        return 0;
    const auto repo = repoId(db, owner, name);
    if (!repo)
        return Result<int>::failure(repo.error());
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT coalesce((SELECT pr_number FROM commits WHERE repo_id = :repo AND substr(sha, 1, :length) = :sha AND "
                       "pr_number IS NOT NULL), "
                       "(SELECT number FROM pull_requests WHERE repo_id = :repo AND substr(merge_commit_sha, 1, :length) = :sha), 0)"));
    q.bindValue(QStringLiteral(":repo"), repo.value());
    q.bindValue(QStringLiteral(":length"), sha.size());
    q.bindValue(QStringLiteral(":sha"), sha.toLower());
    if (!q.exec() || !q.next())
        return Result<int>::failure(store::Database::describe(q.lastError()));
    return q.value(0).toInt();
}

Result<ViewDocument> loadCachedFile(store::Database &db, const QString &owner, const QString &name, const QString &ref, const QString &path)
{
    using R = Result<ViewDocument>;
    const auto repo = repoId(db, owner, name);
    if (!repo)
        return R::failure(repo.error());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT status, content, source_url FROM file_contents WHERE repo_id = ?1 AND ref = ?2 AND path = ?3"));
    q.addBindValue(repo.value());
    q.addBindValue(ref);
    q.addBindValue(path);
    if (!q.exec())
        return R::failure(store::Database::describe(q.lastError()));
    if (!q.next())
        return R::failure(Tr::tr("%1 at %2 has not been fetched yet.").arg(path, ref.left(10)));
    const QString status = q.value(0).toString();
    if (status == QLatin1String("binary"))
        return R::failure(Tr::tr("%1 is a binary file.").arg(path));
    if (status == QLatin1String("too_large"))
        return R::failure(Tr::tr("%1 is too large for GitHub to send.").arg(path));
    if (status != QLatin1String("ok"))
        return R::failure(Tr::tr("%1 does not exist at %2.").arg(path, ref.left(10)));
    ViewDocument doc = fileDocument(path, decodeText(q.value(1).toByteArray()));
    doc.title = QStringLiteral("%1/%2 %3 @ %4").arg(owner, name, path, ref.left(10));
    doc.url = q.value(2).toString();
    return doc;
}

Status cacheFile(store::Database &db, const QString &owner, const QString &name, const QString &ref, const QString &path,
    const QString &status, const QByteArray &content, const QString &sourceUrl)
{
    const auto repo = repoId(db, owner, name);
    if (!repo)
        return Status::from(repo);
    return db.write([&]() -> Status {
        // Nobody forgotten comes back through a cached file either.
        const auto redactor = store::RedactionList(db).redactor();
        if (!redactor)
            return Status::failure(redactor.error());
        if (redactor->mentions(path))
            return Status::failure(Tr::tr("This file's path names someone who asked to be forgotten, so it is not kept."));
        // Rewritten only where it names them: other files keep their bytes.
        QByteArray kept = content;
        if (status == QLatin1String("ok") && !redactor->isEmpty()) {
            const QString text = QString::fromUtf8(content);
            if (redactor->mentions(text))
                kept = redactor->redact(text).toUtf8();
        }
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO file_contents (repo_id, ref, path, status, content, source_url, fetched_at) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
        q.addBindValue(repo.value());
        q.addBindValue(ref);
        q.addBindValue(path);
        q.addBindValue(status);
        q.addBindValue(status == QLatin1String("ok") ? QVariant(kept) : QVariant());
        q.addBindValue(sourceUrl);
        q.addBindValue(ks::Clock::now().toString(Qt::ISODate));
        if (!q.exec())
            return Status::failure(store::Database::describe(q.lastError()));
        return {};
    });
}

} // namespace ks::viewer
