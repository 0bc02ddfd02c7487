// SPDX-License-Identifier: MIT
#include "storedtexts.h"

#include "database.h"
#include "runstatement.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace ks::store {
namespace {

using namespace Qt::StringLiterals;

// A column other people's rows hold, with the key that finds a row.
struct Column
{
    QLatin1StringView table;
    QLatin1StringView key; // comma-separated key columns
    QLatin1StringView column;
};

constexpr Column Texts[] = {
    { "pull_requests"_L1, "id"_L1, "title"_L1 },
    { "pull_requests"_L1, "id"_L1, "body"_L1 },
    { "pr_reviews"_L1, "id"_L1, "body"_L1 },
    { "review_comments"_L1, "id"_L1, "body"_L1 },
    { "review_comments"_L1, "id"_L1, "diff_hunk"_L1 },
    { "commits"_L1, "repo_id, sha"_L1, "message"_L1 }, // Co-authored-by trailers
    { "commits"_L1, "repo_id, sha"_L1, "author_name"_L1 },
    { "commits"_L1, "repo_id, sha"_L1, "author_email"_L1 },
    { "pr_files"_L1, "pr_id, filename"_L1, "patch"_L1 },
    { "file_contents"_L1, "repo_id, ref, path"_L1, "content"_L1 },
    { "github_users"_L1, "id"_L1, "bio"_L1 },
    { "github_users"_L1, "id"_L1, "company"_L1 },
    { "github_users"_L1, "id"_L1, "blog"_L1 },
    { "person_profiles"_L1, "user_id"_L1, "company"_L1 },
    { "person_profiles"_L1, "user_id"_L1, "company_evidence"_L1 },
    { "exclusions"_L1, "id"_L1, "name"_L1 },
    { "score_evidence"_L1, "rowid"_L1, "label"_L1 },
    { "score_evidence"_L1, "rowid"_L1, "url"_L1 },
    { "candidate_scores"_L1, "layer_id, user_id"_L1, "top_evidence_url"_L1 },
    { "file_contents"_L1, "repo_id, ref, path"_L1, "source_url"_L1 },
    { "layer_contributions"_L1, "layer_id, user_id, kind, place, tag, repo_id, item"_L1, "place"_L1 }, // works-on sub-paths
    { "candidate_scores"_L1, "layer_id, user_id"_L1, "works_on"_L1 },
    { "tags"_L1, "requisition_id, user_id, tag"_L1, "tag"_L1 },
    { "hiring_contexts"_L1, "requisition_id"_L1, "team"_L1 }, // people worth naming
    { "notes"_L1, "id"_L1, "body"_L1 },
    { "outreach_drafts"_L1, "id"_L1, "subject"_L1 },
    { "outreach_drafts"_L1, "id"_L1, "body"_L1 },
    { "outreach_drafts"_L1, "id"_L1, "recipient"_L1 },
    { "sync_runs"_L1, "id"_L1, "failed_repos"_L1 },
};

// Where file paths are stored (the first is where a path is looked for).
constexpr Column Paths[] = {
    { "pr_files"_L1, ""_L1, "filename"_L1 },
    { "pr_files"_L1, ""_L1, "previous_filename"_L1 },
    { "review_comments"_L1, ""_L1, "path"_L1 },
    { "file_contents"_L1, ""_L1, "path"_L1 },
    { "signal_hits"_L1, ""_L1, "filename"_L1 },
    { "score_evidence"_L1, ""_L1, "filename"_L1 },
};

constexpr Column Urls[] = {
    { "file_contents"_L1, ""_L1, "source_url"_L1 },
    { "score_evidence"_L1, ""_L1, "url"_L1 },
    { "candidate_scores"_L1, ""_L1, "top_evidence_url"_L1 },
};

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// "instr(lower(col), ?) > 0 OR ..." with the probes' values. SQLite's
// lower() folds ASCII only, so a word with other letters is looked for as
// written, in lower and upper case and capitalised ("Łukasz", "ŁUKASZ").
QString anyProbe(QLatin1StringView column, const QStringList &probes, QVariantList &values)
{
    QStringList conditions;
    for (const QString &p : probes) {
        if (isAscii(p)) {
            conditions.append(u"instr(lower(CAST(%1 AS TEXT)), ?) > 0"_s.arg(column));
            values.append(p.toLower());
            continue;
        }
        QStringList forms { p, p.toLower(), p.toUpper(), p.left(1).toUpper() + p.mid(1).toLower() };
        forms.removeDuplicates();
        for (const QString &f : std::as_const(forms)) {
            conditions.append(u"instr(CAST(%1 AS TEXT), ?) > 0"_s.arg(column));
            values.append(f);
        }
    }
    return conditions.join(" OR "_L1);
}

} // namespace

StoredTexts::StoredTexts(Database &db)
    : m_db(db)
{ }

Result<int> StoredTexts::rewrite(const QStringList &probes, const std::function<QString(const QString &)> &rewrite)
{
    using R = Result<int>;
    if (probes.isEmpty())
        return 0;
    Status status;
    int changed = 0;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    for (const Column &c : Texts) {
        QVariantList values;
        const QString where = anyProbe(c.column, probes, values);
        const QStringList keys = QString(c.key).split(", "_L1);
        if (!runStatement(q, u"SELECT %1, CAST(%2 AS TEXT) FROM %3 WHERE %4"_s.arg(c.key, c.column, c.table, where), values, status))
            return R::failure(status.error());
        QList<QVariantList> updates;
        while (q.next()) {
            const QString before = q.value(int(keys.size())).toString();
            const QString after = rewrite(before);
            if (after == before)
                continue; // a longer word that merely contains a probe
            QVariantList row { after };
            for (int k = 0; k < keys.size(); ++k)
                row.append(q.value(k));
            updates.append(row);
        }
        QStringList match;
        for (const QString &k : keys)
            match.append(k + " = ?"_L1);
        QSqlQuery u(m_db.connection());
        for (const QVariantList &row : std::as_const(updates)) {
            // OR REPLACE: where the column is part of the key (a tag, a
            // contribution's place) two rows may become one.
            if (!runStatement(u, u"UPDATE OR REPLACE %1 SET %2 = ? WHERE %3"_s.arg(c.table, c.column, match.join(" AND "_L1)), row, status))
                return R::failure(status.error());
            ++changed;
        }
    }
    return changed;
}

Result<int> StoredTexts::renamePaths(const QStringList &probes, const std::function<Result<QString>(const QString &)> &standIn)
{
    using R = Result<int>;
    if (probes.isEmpty())
        return 0;
    Status status;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QSet<QString> found;
    for (const Column &c : Paths) {
        QVariantList values;
        if (!runStatement(
                q, u"SELECT DISTINCT %1 FROM %2 WHERE %3"_s.arg(c.column, c.table, anyProbe(c.column, probes, values)), values, status))
            return R::failure(status.error());
        while (q.next())
            found.insert(q.value(0).toString());
    }
    int renamed = 0;
    for (const QString &path : std::as_const(found)) {
        const auto name = standIn(path);
        if (!name)
            return R::failure(name.error());
        if (name->isEmpty() || name.value() == path)
            continue;
        for (const Column &c : Paths) {
            if (!runStatement(q, u"UPDATE %1 SET %2 = ? WHERE %2 = ?"_s.arg(c.table, c.column), { name.value(), path }, status))
                return R::failure(status.error());
        }
        for (const Column &c : Urls) {
            if (!runStatement(q, u"UPDATE %1 SET %2 = replace(%2, ?, ?) WHERE instr(%2, ?) > 0"_s.arg(c.table, c.column),
                    { path, name.value(), path }, status))
                return R::failure(status.error());
        }
        ++renamed;
    }
    return renamed;
}

} // namespace ks::store
