// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUrl>

// Everything the sync stored, minus when it was fetched, one line per row:
// two workspaces with equal dumps hold the same data. The fake's address is
// replaced, since each fake listens on its own port. Used by the tests and
// the fault benchmark, so it reports failures in the dump, not by asserting.
inline QStringList dumpSyncData(const QSqlDatabase &db, const QUrl &apiRoot)
{
    static const QStringList queries = {
        QStringLiteral("SELECT id, login, type, is_machine, name, company, location, blog, email, twitter_username, bio, hireable, "
                       "profile_fetched_at IS NOT NULL FROM github_users ORDER BY id"),
        QStringLiteral("SELECT repo_id, sha, author_id, author_login, author_name, author_email, authored_at, committed_at, message, "
                       "pr_number, html_url, source_url FROM commits ORDER BY repo_id, sha"),
        QStringLiteral("SELECT * FROM commit_prefixes ORDER BY repo_id, sha, prefix"),
        QStringLiteral("SELECT id, repo_id, number, title, body, state, author_id, created_at, updated_at, closed_at, merged_at, "
                       "merged_by_login, merge_commit_sha, landed, relevant, additions, deletions, changed_files, html_url, "
                       "details_updated_at FROM pull_requests ORDER BY id"),
        QStringLiteral(
            "SELECT pr_id, filename, status, additions, deletions, patch, previous_filename FROM pr_files ORDER BY pr_id, filename"),
        QStringLiteral("SELECT id, pr_id, reviewer_id, state, body, submitted_at FROM pr_reviews ORDER BY id"),
        QStringLiteral("SELECT id, repo_id, pr_number, review_id, user_id, path, line, diff_hunk, body, created_at, updated_at, source_url "
                       "FROM review_comments ORDER BY id"),
        QStringLiteral("SELECT repo_id, walk, cursor IS NOT NULL, resume_url FROM sync_walks ORDER BY repo_id, walk"),
    };
    const QString api = apiRoot.toString();
    QStringList rows;
    for (const QString &sql : queries) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            // An unreadable table makes the dump differ from any good one.
            rows.append(QStringLiteral("ERROR: ") + sql);
            continue;
        }
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows.append(cells.join(QLatin1Char('|')).replace(api, QStringLiteral("{api}")));
        }
    }
    return rows;
}
