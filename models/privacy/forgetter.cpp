// SPDX-License-Identifier: MIT
#include "forgetter.h"

#include "domain/redactor.h"
#include "store/database.h"
#include "store/erasurekey.h"
#include "store/personsearch.h"
#include "store/redactionlist.h"
#include "store/storedtexts.h"
#include "store/suppressionlist.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace ks::privacy {
namespace {

using namespace Qt::StringLiterals;

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::privacy::Forgetter)
};

// Runs one statement with positional values; false (with the reason in
// `status`) when it fails.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, Status &status)
{
    if (!q.prepare(sql)) {
        status = Status::failure(store::Database::describe(q.lastError()));
        return false;
    }
    // ":id" (which may occur several times) is the person; "?" values go in order.
    if (sql.contains(":id"_L1))
        q.bindValue(u":id"_s, values.value(0));
    else
        for (const QVariant &v : values)
            q.addBindValue(v);
    if (!q.exec()) {
        status = Status::failure(store::Database::describe(q.lastError()));
        return false;
    }
    return true;
}

// Who someone is, in the forms stored text can mention them by.
struct Identity
{
    QString login;
    QStringList names, emails, handles;

    // What a stored text must contain for a closer look: any of their words.
    QStringList probes() const
    {
        QStringList out { login };
        out += emails;
        for (const QString &h : handles) {
            if (h.size() >= 4)
                out.append(h);
        }
        for (const QString &name : names) {
            for (const Redactor::Token &t : Redactor::tokens(name)) {
                const QString word = name.mid(t.start, t.length);
                out.append(word);
                out.append(Redactor::normalise(word)); // "Zoë" is stored as "Zoe" too
            }
        }
        out.removeAll(QString());
        out.removeDuplicates();
        return out;
    }
};

constexpr auto PendingKey = "compaction_pending"_L1;

} // namespace

Forgetter::Forgetter(store::Database &db)
    : m_db(db)
{ }

Result<ForgetReport> Forgetter::forget(qint64 userId, const ForgetOptions &options)
{
    const auto all = forget(QList<qint64> { userId }, options);
    if (!all)
        return Result<ForgetReport>::failure(all.error());
    return all->constFirst();
}

Result<QList<ForgetReport>> Forgetter::forget(const QList<qint64> &userIds, const ForgetOptions &options)
{
    using R = Result<QList<ForgetReport>>;
    // Freed pages are zeroed as they are freed, not left for VACUUM alone.
    QSqlQuery(m_db.connection()).exec(u"PRAGMA secure_delete = ON"_s);
    QList<ForgetReport> reports;
    for (qint64 id : userIds) {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT login FROM github_users WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec())
            return R::failure(store::Database::describe(q.lastError()));
        if (!q.next()) {
            // Asked again after a compaction failed: finish that.
            const auto forgotten = wasForgotten(id);
            if (!forgotten)
                return R::failure(forgotten.error());
            if (!forgotten.value())
                return R::failure(Tr::tr("Nobody with GitHub id %1 is in this workspace.").arg(id));
            ForgetReport again;
            again.userId = id;
            again.alreadyForgotten = again.suppressed = true;
            reports.append(again);
            continue;
        }
        const auto report = erase(id, options.suppress);
        if (!report)
            return R::failure(report.error());
        reports.append(report.value());
    }
    if (options.compact && !reports.isEmpty()) {
        if (const Status s = compact(); !s) {
            for (ForgetReport &r : reports)
                r.compactionError = s.error();
        }
    }
    if (!options.keepBackups && !reports.isEmpty()) {
        const auto deleted = deleteMigrationBackups();
        if (!deleted)
            return R::failure(Tr::tr("Erased, but %1").arg(deleted.error()));
        reports.first().backupsDeleted = deleted.value();
    }
    return reports;
}

Result<QStringList> Forgetter::deleteMigrationBackups() const
{
    QStringList deleted;
    for (const QString &backup : migrationBackups(m_db.path())) {
        if (!QFile::remove(backup))
            return Result<QStringList>::failure(Tr::tr("the backup %1 (which still holds them) could not be deleted; delete it by hand.")
                    .arg(QDir::toNativeSeparators(backup)));
        deleted.append(backup);
    }
    return deleted;
}

Result<bool> Forgetter::wasForgotten(qint64 userId) const
{
    return store::SuppressionList(m_db).contains(store::SuppressionList::Kind::GitHub, QString::number(userId));
}

Result<bool> Forgetter::wasForgotten(const QString &login) const
{
    const auto key = store::ErasureKey::find(m_db);
    if (!key)
        return Result<bool>::failure(key.error());
    if (key->isEmpty())
        return false;
    return store::RedactionList(m_db).containsTerm(Redactor::hash(key.value(), Redactor::normalise(login.trimmed())));
}

QStringList Forgetter::migrationBackups(const QString &workspacePath)
{
    const QFileInfo workspace(workspacePath);
    QStringList out;
    const QStringList names = workspace.dir().entryList({ workspace.fileName() + ".v*-*.bak"_L1 }, QDir::Files | QDir::Hidden);
    for (const QString &name : names)
        out.append(workspace.dir().filePath(name));
    return out;
}

Result<ForgetReport> Forgetter::erase(qint64 userId, bool suppress)
{
    ForgetReport report;
    report.userId = userId;
    const Status written = m_db.write([&]() -> Status {
        Status status;
        const auto key = store::ErasureKey::findOrCreate(m_db);
        if (!key)
            return Status::failure(key.error());
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!run(q,
                u"SELECT login, coalesce(name, ''), coalesce(email, ''), coalesce(twitter_username, '') FROM github_users WHERE id = ?"_s,
                { userId }, status))
            return status;
        if (!q.next())
            return Status::failure(Tr::tr("Nobody with GitHub id %1 is in this workspace.").arg(userId));
        Identity who;
        who.login = report.login = q.value(0).toString();
        who.names.append(q.value(1).toString());
        who.emails.append(q.value(2).toString());
        who.handles.append(q.value(3).toString());
        if (!run(q, u"SELECT DISTINCT coalesce(author_email, ''), coalesce(author_name, '') FROM commits WHERE author_id = ?"_s, { userId },
                status))
            return status;
        while (q.next()) {
            who.emails.append(q.value(0).toString());
            if (q.value(1).toString().contains(u' ')) // a full name, not a nickname
                who.names.append(q.value(1).toString());
        }
        if (!run(q, u"SELECT kind, value FROM contact_channels WHERE user_id = ?"_s, { userId }, status))
            return status;
        while (q.next())
            (q.value(0).toString().endsWith("email"_L1) ? who.emails : who.handles).append(q.value(1).toString());
        QStringList emails;
        for (const QString &e : std::as_const(who.emails)) {
            if (e.contains(u'@'))
                emails.append(e.trimmed().toLower());
        }
        emails.removeDuplicates();
        who.emails = emails;

        // PRs of theirs that others took part in stay, without their author.
        const QString others = u"(EXISTS (SELECT 1 FROM pr_reviews r WHERE r.pr_id = pull_requests.id AND r.reviewer_id IS NOT :id) "
                               "OR EXISTS (SELECT 1 FROM review_comments c WHERE c.repo_id = pull_requests.repo_id "
                               "AND c.pr_number = pull_requests.number AND c.user_id IS NOT :id))"_s;
        if (!run(q, u"UPDATE pull_requests SET author_id = NULL, author_login = NULL WHERE author_id = :id AND "_s + others, { userId },
                status))
            return status;
        report.itemsAnonymised = q.numRowsAffected();
        // The rest of their PRs go, with everything hanging off them.
        const QString own = u"SELECT id FROM pull_requests WHERE author_id = :id"_s;
        // `item`: what it deletes is counted as their work (PRs, reviews, comments, commits).
        const struct
        {
            QString sql;
            bool item;
        } statements[] = {
            { u"DELETE FROM signal_hits WHERE pr_id IN (%1)"_s.arg(own), false },
            { u"DELETE FROM review_comments WHERE EXISTS (SELECT 1 FROM pull_requests p WHERE p.author_id = :id "
              "AND p.repo_id = review_comments.repo_id AND p.number = review_comments.pr_number)"_s,
                false },
            { u"DELETE FROM pull_requests WHERE author_id = :id"_s, true },
            { u"DELETE FROM signal_hits WHERE user_id = :id OR review_id IN (SELECT id FROM pr_reviews WHERE reviewer_id = :id) "
              "OR review_comment_id IN (SELECT id FROM review_comments WHERE user_id = :id)"_s,
                false },
            { u"DELETE FROM pr_reviews WHERE reviewer_id = :id"_s, true },
            { u"DELETE FROM review_comments WHERE user_id = :id"_s, true },
            { u"DELETE FROM commits WHERE author_id = :id"_s, true },
            { u"DELETE FROM layer_contributions WHERE layer_id IN (SELECT id FROM layers) AND user_id = :id"_s, false },
            { u"DELETE FROM score_evidence WHERE layer_id IN (SELECT id FROM layers) AND user_id = :id"_s, false },
        };
        for (const auto &[sql, item] : statements) {
            if (!run(q, sql, { userId }, status))
                return status;
            if (item)
                report.itemsDeleted += q.numRowsAffected();
        }
        const Redactor::Entries entries = Redactor::entriesFor(key.value(), who.login, who.emails, who.handles, who.names);
        const Redactor redactor(key.value(), entries);
        // Commits under their name or e-mail that GitHub never linked to an account.
        if (!run(q, u"SELECT repo_id, sha, coalesce(author_name, ''), coalesce(author_email, '') FROM commits WHERE author_id IS NULL"_s,
                {}, status))
            return status;
        QList<QVariantList> unlinked;
        while (q.next()) {
            // Their address, or their whole name: "Ada Byron" is someone else.
            if (redactor.isWhole(q.value(2).toString()) || redactor.mentions(q.value(3).toString()))
                unlinked.append({ q.value(0), q.value(1) });
        }
        for (const QVariantList &commit : std::as_const(unlinked)) {
            if (!run(q, u"DELETE FROM commits WHERE repo_id = ? AND sha = ?"_s, commit, status))
                return status;
            report.itemsDeleted += q.numRowsAffected();
        }
        for (const QString &email : std::as_const(who.emails)) {
            if (!run(q, u"DELETE FROM exclusions WHERE lower(email) = ?"_s, { email }, status))
                return status;
        }
        const QVariantList login { who.login };
        if (!run(q, u"UPDATE pull_requests SET merged_by_login = NULL WHERE merged_by_login = ? COLLATE NOCASE"_s, login, status)
            || !run(q, u"DELETE FROM exclusions WHERE login = ? COLLATE NOCASE"_s, login, status)
            || !run(q, u"DELETE FROM http_etags WHERE instr(lower(url), '/users/' || lower(?)) > 0"_s, login, status))
            return status;

        // Mentions of them in what others wrote, and paths that name them.
        store::StoredTexts texts(m_db);
        store::RedactionList list(m_db);
        const QStringList probes = who.probes();
        const auto renamed = texts.renamePaths(probes, [&](const QString &path) -> Result<QString> {
            return redactor.mentions(path) ? list.pathStandIn(key.value(), path, redactor.keptFolders(path)) : Result<QString>(QString());
        });
        if (!renamed)
            return Status::failure(renamed.error());
        report.pathsRenamed = renamed.value();
        const auto redacted = texts.rewrite(probes, [&](const QString &text) { return redactor.redact(text); });
        if (!redacted)
            return Status::failure(redacted.error());
        report.textsRedacted = redacted.value();

        // Their own rows: identity, profile, channels, scores, pipeline, notes, tags, drafts (all cascade).
        if (!run(q, u"DELETE FROM github_users WHERE id = ?"_s, { userId }, status))
            return status;
        if (suppress) {
            // Later syncs, in this process or another, re-read the lists
            // when the generation moves.
            if (const Status s
                = store::SuppressionList(m_db).add(key.value(), store::SuppressionList::Kind::GitHub, QString::number(userId));
                !s)
                return s;
            if (const Status s = list.add(entries); !s)
                return s;
            if (const Status s = list.raiseGeneration(); !s)
                return s;
            report.suppressed = true;
        }
        return m_db.setMetaValue(QString(PendingKey), u"1"_s);
    });
    if (!written)
        return Result<ForgetReport>::failure(written.error());
    return report;
}

Result<bool> Forgetter::compactionPending() const
{
    const auto pending = m_db.metaValue(QString(PendingKey));
    if (!pending)
        return Result<bool>::failure(pending.error());
    return pending.value() == "1"_L1;
}

Status Forgetter::compact()
{
    // The search index keeps deleted rows' terms in its segments until they
    // are merged; VACUUM rewrites every page, leaving no free page behind; the
    // checkpoint copies that into the file and empties the WAL.
    // The per-person search documents are rebuilt for everyone the erasure
    // touched (theirs is dropped, redacted texts re-read) before the merge.
    // "Pending" is cleared only once all of that worked (a second checkpoint
    // then empties the log of that last write).
    QSqlQuery q(m_db.connection());
    q.exec(u"PRAGMA secure_delete = ON"_s);
    if (const auto rebuilt = store::PersonSearch(m_db).refresh(); !rebuilt)
        return Status::failure(rebuilt.error());
    for (const QString &sql : { u"INSERT INTO search_text(search_text) VALUES ('optimize')"_s,
             u"INSERT INTO search_people(search_people) VALUES ('optimize')"_s, u"VACUUM"_s }) {
        if (!q.exec(sql))
            return Status::failure(Tr::tr("The erasure is saved, but compacting the file failed (%1); run `kernelscout compact` "
                                          "when no other window or command has the workspace open.")
                    .arg(store::Database::describe(q.lastError())));
    }
    const auto checkpoint = [&q]() -> Status {
        if (!q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !q.next())
            return Status::failure(store::Database::describe(q.lastError()));
        const bool busy = q.value(0).toInt() != 0; // another connection is reading
        q.finish();
        if (busy)
            return Status::failure(Tr::tr("The erasure is saved, but the workspace is in use by another window or command, so its log "
                                          "could not be emptied; close it and run `kernelscout compact` to finish."));
        return {};
    };
    if (const Status s = checkpoint(); !s)
        return s;
    if (const Status s = m_db.write([this] { return m_db.setMetaValue(QString(PendingKey), u"0"_s); }); !s)
        return s;
    return checkpoint();
}

} // namespace ks::privacy
