// SPDX-License-Identifier: MIT
#include "contributionindex.h"

#include "sqlfunctions.h"
#include "store/database.h"
#include "store/sqlstatement.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace ks::scoring {
namespace {

Q_LOGGING_CATEGORY(lcIndex, "kernelscout.scoring.contributions", QtWarningMsg)

Status exec(store::Database &db, const QString &sql)
{
    QElapsedTimer timer;
    timer.start();
    store::SqlStatement statement(db, sql);
    if (!statement.status())
        return Status::failure(statement.status().error() + QStringLiteral(" (in: ") + sql.left(80) + QLatin1Char(')'));
    const Status done = statement.exec();
    qCDebug(lcIndex) << timer.elapsed() << "ms" << sql.left(90);
    return done;
}

Status execAll(store::Database &db, const QStringList &steps)
{
    for (const QString &sql : steps) {
        if (Status s = exec(db, sql); !s)
            return s;
    }
    return {};
}

// The repositories and prefixes a layer's rows were derived for.
Result<QString> mapKey(store::Database &db, qint64 layerId)
{
    store::SqlStatement q(db,
        QStringLiteral("SELECT coalesce(group_concat(k, ';'), '') FROM (SELECT lr.repo_id || ':' || coalesce(p.prefix, '*') AS k "
                       "FROM layer_repos lr LEFT JOIN layer_repo_paths p ON p.layer_id = lr.layer_id AND p.repo_id = lr.repo_id "
                       "WHERE lr.layer_id = ?1 ORDER BY lr.repo_id, p.prefix)"));
    q.bind(1, layerId);
    if (!q.next())
        return Result<QString>::failure(q.status().ok() ? QStringLiteral("no map key") : q.status().error());
    return q.text(0);
}

} // namespace

ContributionIndex::ContributionIndex(store::Database &db)
    : m_db(db)
{ }

QString ContributionIndex::mappedPathSql(const QString &repoColumn, const QString &pathColumn)
{
    return QStringLiteral("(EXISTS (SELECT 1 FROM ks_layer_repos lr WHERE lr.repo_id = %1 AND lr.whole = 1) "
                          "OR EXISTS (SELECT 1 FROM ks_layer_paths lp WHERE lp.repo_id = %1 AND (%2 = lp.prefix "
                          "OR substr(%2, 1, length(lp.prefix) + 1) = lp.prefix || '/')))")
        .arg(repoColumn, pathColumn);
}

Status ContributionIndex::describeLayer(const RoleLayer &layer)
{
    if (Status s = registerScoringFunctions(m_db); !s)
        return s;
    const QString id = QString::number(layer.id);
    return execAll(m_db,
        {
            // Emptied, not dropped: DROP is refused while any statement on the
            // connection is still reading.
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS ks_layer_repos(repo_id INTEGER PRIMARY KEY, whole INTEGER)"),
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS ks_layer_paths(repo_id INTEGER, prefix TEXT)"),
            QStringLiteral("DELETE FROM temp.ks_layer_repos"),
            QStringLiteral("DELETE FROM temp.ks_layer_paths"),
            QStringLiteral("INSERT INTO temp.ks_layer_repos SELECT lr.repo_id, NOT EXISTS (SELECT 1 FROM layer_repo_paths p "
                           "WHERE p.layer_id = lr.layer_id AND p.repo_id = lr.repo_id) FROM layer_repos lr WHERE lr.layer_id = %1")
                .arg(id),
            QStringLiteral("INSERT INTO temp.ks_layer_paths SELECT repo_id, prefix FROM layer_repo_paths WHERE layer_id = %1").arg(id),
        });
}

Status ContributionIndex::refresh(const RoleLayer &layer)
{
    m_last = {};
    return m_db.write([&]() -> Status {
        if (Status s = describeLayer(layer); !s)
            return s;
        if (Status s = execAll(m_db,
                { QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS ks_touched(user_id INTEGER PRIMARY KEY)"),
                    QStringLiteral("DELETE FROM temp.ks_touched") });
            !s)
            return s;
        const auto key = mapKey(m_db, layer.id);
        if (!key)
            return Status::failure(key.error());
        store::SqlStatement state(m_db, QStringLiteral("SELECT applied_seq, map_key FROM layer_contribution_state WHERE layer_id = ?1"));
        state.bind(1, layer.id);
        const bool known = state.next();
        if (!state.status())
            return state.status();
        const qint64 applied = known ? state.int64(0) : 0;
        const bool rebuild = !known || state.text(1) != key.value();
        state.reset();
        store::SqlStatement last(m_db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM contribution_changes"));
        if (!last.next())
            return last.status();
        const qint64 upto = last.int64(0);
        last.reset();
        const QString id = QString::number(layer.id);

        if (rebuild) {
            m_last.rebuilt = true;
            if (Status s = exec(m_db, QStringLiteral("DELETE FROM layer_contributions WHERE layer_id = %1").arg(id)); !s)
                return s;
            if (Status s = derive(layer, true); !s)
                return s;
        } else if (upto > applied) {
            // The units logged since the last refresh; a PR's review
            // comments go with it (whether they count depends on its author).
            // Whose standing changes: the people on the rows about to go,
            // on the rows that replace them, and people whose names changed.
            const QStringList touch = {
                QStringLiteral(
                    "INSERT OR IGNORE INTO ks_touched SELECT user_id FROM layer_contributions INDEXED BY layer_contributions_by_unit "
                    "WHERE layer_id = %1 AND kind IN (1, 4, 5, 6) AND unit IN (SELECT unit FROM ks_dirty WHERE unit_kind = 1)")
                    .arg(id),
                QStringLiteral(
                    "INSERT OR IGNORE INTO ks_touched SELECT user_id FROM layer_contributions INDEXED BY layer_contributions_by_unit "
                    "WHERE layer_id = %1 AND kind = 3 AND unit IN (SELECT unit FROM ks_dirty WHERE unit_kind = 2)")
                    .arg(id),
                QStringLiteral(
                    "INSERT OR IGNORE INTO ks_touched SELECT user_id FROM layer_contributions INDEXED BY layer_contributions_by_unit "
                    "WHERE layer_id = %1 AND kind = 2 AND unit IN (SELECT unit FROM ks_dirty WHERE unit_kind = 3)")
                    .arg(id),
            };
            const Status s = execAll(m_db,
                QStringList {
                    QStringLiteral(
                        "CREATE TEMP TABLE IF NOT EXISTS ks_dirty(unit_kind INTEGER, unit, PRIMARY KEY (unit_kind, unit)) WITHOUT ROWID"),
                    QStringLiteral("DELETE FROM temp.ks_dirty"),
                    QStringLiteral(
                        "INSERT OR IGNORE INTO ks_dirty SELECT unit_kind, unit FROM contribution_changes WHERE seq > %1 AND seq <= %2")
                        .arg(applied)
                        .arg(upto),
                    QStringLiteral("INSERT OR IGNORE INTO ks_dirty SELECT 2, c.id FROM pull_requests p "
                                   "JOIN review_comments c ON c.repo_id = p.repo_id AND c.pr_number = p.number "
                                   "WHERE p.id IN (SELECT unit FROM ks_dirty WHERE unit_kind = 1)"),
                    QStringLiteral("INSERT OR IGNORE INTO ks_touched SELECT unit FROM ks_dirty WHERE unit_kind = 4"),
                } + touch
                    + QStringList {
                        QStringLiteral("DELETE FROM layer_contributions INDEXED BY layer_contributions_by_unit WHERE layer_id = %1 AND "
                                       "kind IN (1, 4, 5, 6) "
                                       "AND unit IN (SELECT unit FROM ks_dirty WHERE unit_kind = 1)")
                            .arg(id),
                        QStringLiteral(
                            "DELETE FROM layer_contributions INDEXED BY layer_contributions_by_unit WHERE layer_id = %1 AND kind = 3 "
                            "AND unit IN (SELECT unit FROM ks_dirty WHERE unit_kind = 2)")
                            .arg(id),
                        QStringLiteral(
                            "DELETE FROM layer_contributions INDEXED BY layer_contributions_by_unit WHERE layer_id = %1 AND kind = 2 "
                            "AND unit IN (SELECT unit FROM ks_dirty WHERE unit_kind = 3)")
                            .arg(id),
                    });
            if (!s)
                return s;
            store::SqlStatement count(m_db, QStringLiteral("SELECT count(*) FROM ks_dirty"));
            if (count.next())
                m_last.units = int(count.int64(0));
            count.reset();
            if (Status d = derive(layer, false); !d)
                return d;
            if (Status t = execAll(m_db, touch); !t)
                return t;
        }
        store::SqlStatement save(m_db,
            QStringLiteral("INSERT INTO layer_contribution_state(layer_id, applied_seq, map_key) VALUES (?1, ?2, ?3) "
                           "ON CONFLICT(layer_id) DO UPDATE SET applied_seq = excluded.applied_seq, map_key = excluded.map_key"));
        save.bind(1, layer.id);
        save.bind(2, upto);
        save.bind(3, key.value());
        return save.exec();
    });
}

Status ContributionIndex::derive(const RoleLayer &layer, bool everything)
{
    const QString id = QString::number(layer.id);
    // Only the dirty units, unless rebuilding.
    auto only = [&](const QString &column, int unitKind) {
        return everything ? QString()
                          : QStringLiteral(" AND %1 IN (SELECT unit FROM ks_dirty WHERE unit_kind = %2)").arg(column).arg(unitKind);
    };
    const QString insert = QStringLiteral(
        "INSERT OR REPLACE INTO layer_contributions(layer_id, user_id, kind, place, tag, repo_id, item, unit, at, value, extra) ");
    return execAll(m_db,
        QStringList {
            // PRs with files in mapped paths, their line counts by kind of file.
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS ks_mapped_pulls(pr_id INTEGER PRIMARY KEY, repo_id INTEGER, user_id INTEGER, "
                           "landed INTEGER, merged_by_login TEXT, at REAL, src_lines INTEGER, src_files INTEGER, test_lines INTEGER, "
                           "doc_lines INTEGER, subpath TEXT)"),
            QStringLiteral("DELETE FROM temp.ks_mapped_pulls"),
            QStringLiteral(
                "INSERT INTO temp.ks_mapped_pulls "
                "SELECT p.id AS pr_id, p.repo_id, p.author_id AS user_id, p.landed, p.merged_by_login, "
                "  julianday(coalesce(p.merged_at, p.closed_at, p.updated_at, p.created_at)) AS at, "
                "  sum(CASE WHEN f.kind = 0 THEN f.lines ELSE 0 END) AS src_lines, sum(f.kind = 0) AS src_files, "
                "  sum(CASE WHEN f.kind = 1 THEN f.lines ELSE 0 END) AS test_lines, "
                "  sum(CASE WHEN f.kind = 2 THEN f.lines ELSE 0 END) AS doc_lines, max(f.subpath) AS subpath "
                "FROM pull_requests p JOIN (SELECT pr_id, filename, additions + deletions AS lines, ks_file_kind(filename) AS kind, "
                "  ks_subpath(filename, 4) AS subpath FROM pr_files) f ON f.pr_id = p.id "
                "WHERE p.repo_id IN (SELECT repo_id FROM ks_layer_repos) AND ")
                + mappedPathSql(QStringLiteral("p.repo_id"), QStringLiteral("f.filename")) + only(QStringLiteral("p.id"), 1)
                + QStringLiteral(" GROUP BY p.id"),
            // 1: PRs authored; landed ones are worth their size.
            insert
                + QStringLiteral("SELECT %1, user_id, 1, coalesce(subpath, ''), '', repo_id, pr_id, pr_id, at, "
                                 "CASE WHEN landed THEN ks_pull_value(src_lines, src_files, test_lines, doc_lines) ELSE 0 END, 0 "
                                 "FROM ks_mapped_pulls WHERE user_id IS NOT NULL")
                    .arg(id),
            // 2: commits found by a walk of one of the layer's prefixes; direct pushes (no PR) count half.
            insert
                + QStringLiteral("SELECT %1, c.author_id, 2, '', '', c.repo_id, c.sha, c.sha, julianday(c.committed_at), "
                                 "CASE WHEN c.pr_number IS NULL THEN 0.5 ELSE 0 END, 0 FROM commits c "
                                 "WHERE c.author_id IS NOT NULL AND c.repo_id IN (SELECT repo_id FROM ks_layer_repos) "
                                 "AND EXISTS (SELECT 1 FROM commit_prefixes cp WHERE cp.repo_id = c.repo_id AND cp.sha = c.sha AND ")
                    .arg(id)
                + mappedPathSql(QStringLiteral("cp.repo_id"), QStringLiteral("cp.prefix")) + QStringLiteral(")")
                + only(QStringLiteral("c.sha"), 3),
            // 3: review comments in mapped paths on other people's PRs.
            insert
                + QStringLiteral("SELECT %1, c.user_id, 3, '', '', c.repo_id, c.id, c.id, julianday(c.created_at), 0.5, 0 "
                                 "FROM review_comments c LEFT JOIN pull_requests p ON p.repo_id = c.repo_id AND p.number = c.pr_number "
                                 "WHERE c.user_id IS NOT NULL AND c.repo_id IN (SELECT repo_id FROM ks_layer_repos) "
                                 "AND (p.author_id IS NULL OR p.author_id <> c.user_id) AND ")
                    .arg(id)
                + mappedPathSql(QStringLiteral("c.repo_id"), QStringLiteral("c.path")) + only(QStringLiteral("c.id"), 2),
            // 4: reviews of other people's mapped PRs; an approval is also maintainership.
            insert
                + QStringLiteral("SELECT %1, r.reviewer_id, 4, '', '', m.repo_id, r.id, m.pr_id, julianday(r.submitted_at), 1.0, "
                                 "CASE WHEN r.state = 'APPROVED' THEN 0.5 ELSE 0 END "
                                 "FROM pr_reviews r JOIN ks_mapped_pulls m ON m.pr_id = r.pr_id "
                                 "WHERE r.reviewer_id IS NOT NULL AND r.reviewer_id IS NOT m.user_id")
                    .arg(id),
            // 5: merges of other people's mapped PRs.
            insert
                + QStringLiteral("SELECT %1, u.id, 5, '', '', m.repo_id, m.pr_id, m.pr_id, m.at, 0, 1.0 FROM ks_mapped_pulls m "
                                 "JOIN github_users u ON u.login = m.merged_by_login COLLATE NOCASE WHERE m.user_id IS NOT u.id")
                    .arg(id),
            // 6: signals in their own mapped code, their PR text and their review prose.
            insert
                + QStringLiteral(
                    "SELECT %1, h.user_id, 6, h.category, h.signal_id, p.repo_id, h.id, h.pr_id, "
                    "julianday(coalesce(p.merged_at, p.closed_at, p.updated_at)), CASE WHEN h.anti THEN -h.weight ELSE h.weight END, 0 "
                    "FROM signal_hits h JOIN pull_requests p ON p.id = h.pr_id "
                    "WHERE h.user_id IS NOT NULL AND p.repo_id IN (SELECT repo_id FROM ks_layer_repos) AND ("
                    "  (h.source_kind IN ('pr_file', 'review_comment') AND ")
                    .arg(id)
                + mappedPathSql(QStringLiteral("p.repo_id"), QStringLiteral("h.filename"))
                + QStringLiteral(") OR (h.source_kind IN ('pr_body', 'review') AND h.pr_id IN (SELECT pr_id FROM ks_mapped_pulls)))")
                + only(QStringLiteral("h.pr_id"), 1),
        });
}

Status ContributionIndex::invalidate(qint64 layerId)
{
    return m_db.write([&]() -> Status {
        store::SqlStatement q(m_db, QStringLiteral("DELETE FROM layer_contribution_state WHERE layer_id = ?1"));
        q.bind(1, layerId);
        return q.exec();
    });
}

Status ContributionIndex::prune()
{
    return m_db.write([&]() -> Status {
        // Layers never refreshed will rebuild anyway, so they hold nothing
        // back. The newest row stays: SQLite numbers new rows after the
        // highest one left, and seq must never go back.
        return exec(m_db,
            QStringLiteral("DELETE FROM contribution_changes WHERE seq < (SELECT max(seq) FROM contribution_changes) "
                           "AND seq <= (SELECT coalesce(min(applied_seq), (SELECT max(seq) FROM contribution_changes)) "
                           "FROM layer_contribution_state WHERE layer_id IN (SELECT id FROM layers))"));
    });
}

} // namespace ks::scoring
