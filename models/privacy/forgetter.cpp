// SPDX-License-Identifier: MIT
#include "forgetter.h"

#include "store/database.h"
#include "store/personsearch.h"
#include "store/suppressionlist.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace ks::privacy {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *text)
{
    return QCoreApplication::translate("ks::privacy::Forgetter", text);
}

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

    // Terms to redact: e-mail addresses always; the login as a mention or a
    // whole word; names and handles only when long enough not to hit common
    // words ("Li" or "dev" would blank out other people's text).
    QStringList terms() const
    {
        QStringList out = emails;
        out.append(login);
        for (const QString &t : names + handles) {
            if (t.size() >= 4)
                out.append(t);
        }
        out.removeAll(QString());
        out.removeDuplicates();
        // Longest first, so "Ada Lovelace" goes before "Lovelace" would.
        std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return out;
    }
};

// A stored text column other people's rows hold, with the key that finds a row.
struct TextColumn
{
    QLatin1StringView table;
    QLatin1StringView key; // comma-separated key columns
    QLatin1StringView column;
};

constexpr TextColumn Texts[] = {
    {"pull_requests"_L1, "id"_L1, "title"_L1},
    {"pull_requests"_L1, "id"_L1, "body"_L1},
    {"pr_reviews"_L1, "id"_L1, "body"_L1},
    {"review_comments"_L1, "id"_L1, "body"_L1},
    {"review_comments"_L1, "id"_L1, "diff_hunk"_L1},
    {"commits"_L1, "repo_id, sha"_L1, "message"_L1}, // Co-authored-by trailers
    {"commits"_L1, "repo_id, sha"_L1, "author_name"_L1},
    {"commits"_L1, "repo_id, sha"_L1, "author_email"_L1},
    {"pr_files"_L1, "pr_id, filename"_L1, "patch"_L1},
    {"file_contents"_L1, "repo_id, ref, path"_L1, "content"_L1},
    {"score_evidence"_L1, "rowid"_L1, "label"_L1},
    {"notes"_L1, "id"_L1, "body"_L1},
    {"outreach_drafts"_L1, "id"_L1, "subject"_L1},
    {"outreach_drafts"_L1, "id"_L1, "body"_L1},
    {"outreach_drafts"_L1, "id"_L1, "recipient"_L1},
    {"sync_runs"_L1, "id"_L1, "failed_repos"_L1},
};

} // namespace

Forgetter::Forgetter(store::Database &db)
    : m_db(db)
{
}

Result<ForgetReport> Forgetter::forget(qint64 userId, const ForgetOptions &options)
{
    const auto all = forget(QList<qint64>{userId}, options);
    if (!all)
        return Result<ForgetReport>::failure(all.error());
    return all->constFirst();
}

Result<QList<ForgetReport>> Forgetter::forget(const QList<qint64> &userIds, const ForgetOptions &options)
{
    using R = Result<QList<ForgetReport>>;
    QList<ForgetReport> reports;
    for (qint64 id : userIds) {
        const auto report = erase(id, options.suppress);
        if (!report)
            return R::failure(report.error());
        reports.append(report.value());
    }
    if (options.compact) {
        if (const Status s = compact(); !s)
            return R::failure(s.error());
    }
    return reports;
}

Result<ForgetReport> Forgetter::erase(qint64 userId, bool suppress)
{
    ForgetReport report;
    report.userId = userId;
    const Status written = m_db.write([&]() -> Status {
        Status status;
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!run(q, u"SELECT login, coalesce(name, ''), coalesce(email, ''), coalesce(twitter_username, '') FROM github_users WHERE id = ?"_s,
                 {userId}, status))
            return status;
        if (!q.next())
            return Status::failure(tr("Nobody with GitHub id %1 is in this workspace.").arg(userId));
        Identity who;
        who.login = report.login = q.value(0).toString();
        who.names.append(q.value(1).toString());
        who.emails.append(q.value(2).toString());
        who.handles.append(q.value(3).toString());
        if (!run(q, u"SELECT DISTINCT coalesce(author_email, ''), coalesce(author_name, '') FROM commits WHERE author_id = ?"_s, {userId}, status))
            return status;
        while (q.next()) {
            who.emails.append(q.value(0).toString());
            if (q.value(1).toString().contains(u' ')) // a full name, not a nickname
                who.names.append(q.value(1).toString());
        }
        if (!run(q, u"SELECT kind, value FROM contact_channels WHERE user_id = ?"_s, {userId}, status))
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
        if (!run(q, u"UPDATE pull_requests SET author_id = NULL, author_login = NULL WHERE author_id = :id AND "_s + others, {userId}, status))
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
            {u"DELETE FROM signal_hits WHERE pr_id IN (%1)"_s.arg(own), false},
            {u"DELETE FROM review_comments WHERE EXISTS (SELECT 1 FROM pull_requests p WHERE p.author_id = :id "
             "AND p.repo_id = review_comments.repo_id AND p.number = review_comments.pr_number)"_s, false},
            {u"DELETE FROM pull_requests WHERE author_id = :id"_s, true},
            {u"DELETE FROM signal_hits WHERE user_id = :id OR review_id IN (SELECT id FROM pr_reviews WHERE reviewer_id = :id) "
             "OR review_comment_id IN (SELECT id FROM review_comments WHERE user_id = :id)"_s, false},
            {u"DELETE FROM pr_reviews WHERE reviewer_id = :id"_s, true},
            {u"DELETE FROM review_comments WHERE user_id = :id"_s, true},
            {u"DELETE FROM commits WHERE author_id = :id"_s, true},
            {u"DELETE FROM layer_contributions WHERE layer_id IN (SELECT id FROM layers) AND user_id = :id"_s, false},
            {u"DELETE FROM score_evidence WHERE layer_id IN (SELECT id FROM layers) AND user_id = :id"_s, false},
        };
        for (const auto &[sql, item] : statements) {
            if (!run(q, sql, {userId}, status))
                return status;
            if (item)
                report.itemsDeleted += q.numRowsAffected();
        }
        // Commits under their e-mail that GitHub never linked to an account.
        for (const QString &email : std::as_const(who.emails)) {
            if (!run(q, u"DELETE FROM commits WHERE author_id IS NULL AND lower(author_email) = ?"_s, {email}, status))
                return status;
            report.itemsDeleted += q.numRowsAffected();
            if (!run(q, u"DELETE FROM exclusions WHERE lower(email) = ?"_s, {email}, status))
                return status;
        }
        const QVariantList login{who.login};
        if (!run(q, u"UPDATE pull_requests SET merged_by_login = NULL WHERE merged_by_login = ? COLLATE NOCASE"_s, login, status)
            || !run(q, u"DELETE FROM exclusions WHERE login = ? COLLATE NOCASE"_s, login, status)
            || !run(q, u"DELETE FROM http_etags WHERE instr(lower(url), '/users/' || lower(?)) > 0"_s, login, status))
            return status;

        // Mentions of them in what others wrote.
        const QStringList terms = who.terms();
        QStringList escaped;
        for (const QString &t : terms)
            escaped.append(QRegularExpression::escape(t));
        const QRegularExpression mention(u"(?<![\\w.+-])@?(?:%1)(?![\\w-])"_s.arg(escaped.join(u'|')),
                                         QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        QStringList anyTerm;
        QVariantList termValues;
        for (const QString &t : terms) {
            anyTerm.append(u"instr(lower(CAST(%1 AS TEXT)), ?) > 0"_s);
            termValues.append(t.toLower());
        }
        for (const TextColumn &c : Texts) {
            QStringList conditions;
            for (const QString &a : std::as_const(anyTerm))
                conditions.append(a.arg(c.column));
            const QStringList keys = QString(c.key).split(", "_L1);
            if (!run(q, u"SELECT %1, CAST(%2 AS TEXT) FROM %3 WHERE %4"_s.arg(c.key, c.column, c.table, conditions.join(" OR "_L1)),
                     termValues, status))
                return status;
            QList<QVariantList> updates;
            while (q.next()) {
                QString text = q.value(int(keys.size())).toString();
                if (text.replace(mention, u"[redacted]"_s) == q.value(int(keys.size())).toString())
                    continue; // a longer word that merely contains a term
                QVariantList values{text};
                for (int k = 0; k < keys.size(); ++k)
                    values.append(q.value(k));
                updates.append(values);
            }
            QStringList where;
            for (const QString &k : keys)
                where.append(k + " = ?"_L1);
            for (const QVariantList &values : std::as_const(updates)) {
                QSqlQuery u(m_db.connection());
                if (!run(u, u"UPDATE %1 SET %2 = ? WHERE %3"_s.arg(c.table, c.column, where.join(" AND "_L1)), values, status))
                    return status;
                ++report.textsRedacted;
            }
        }

        // Their own rows: identity, profile, channels, scores, pipeline, notes, tags, drafts (all cascade).
        if (!run(q, u"DELETE FROM github_users WHERE id = ?"_s, {userId}, status))
            return status;
        if (suppress) {
            if (const Status s = store::SuppressionList(m_db).add(store::SuppressionList::Kind::GitHub, QString::number(userId)); !s)
                return s;
            report.suppressed = true;
        }
        return {};
    });
    if (!written)
        return Result<ForgetReport>::failure(written.error());
    return report;
}

Status Forgetter::compact()
{
    // The search index keeps deleted rows' terms in its segments until they
    // are merged; VACUUM rewrites every page, leaving no free page behind; the
    // checkpoint copies that into the file and empties the WAL.
    // The per-person search documents are rebuilt for everyone the erasure
    // touched (theirs is dropped, redacted texts re-read) before the merge.
    if (const auto rebuilt = store::PersonSearch(m_db).refresh(); !rebuilt)
        return Status::failure(rebuilt.error());
    QSqlQuery q(m_db.connection());
    for (const QString &sql : {u"INSERT INTO search_text(search_text) VALUES ('optimize')"_s,
                               u"INSERT INTO search_people(search_people) VALUES ('optimize')"_s, u"VACUUM"_s}) {
        if (!q.exec(sql))
            return Status::failure(store::Database::describe(q.lastError()));
    }
    if (!q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !q.next())
        return Status::failure(store::Database::describe(q.lastError()));
    if (q.value(0).toInt() != 0) // busy: another connection is reading
        return Status::failure(tr("The workspace is in use by another window or command, so the log could not be emptied; "
                                  "close it and run the command again to finish erasing."));
    return {};
}

} // namespace ks::privacy
