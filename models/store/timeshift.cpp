// SPDX-License-Identifier: MIT
#include "timeshift.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ks::store {

namespace {

using K = TimeShift::Kind;

// Text that starts with a date; anything else in the column is left alone.
constexpr auto StartsWithDate = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"_L1;

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::store::TimeShift)
};

Status run(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        return Status::failure(Tr::tr("Cannot move the workspace's dates: %1").arg(Database::describe(q.lastError())));
    return {};
}

} // namespace

const QList<TimeShift::Column> &TimeShift::columns()
{
    static const QList<Column> all = {
        { "workspace_meta"_L1, "value"_L1 }, // created_at; the two keys above are kept
        { "layers"_L1, "created_at"_L1 },
        { "layers"_L1, "updated_at"_L1 },
        { "github_users"_L1, "profile_fetched_at"_L1 },
        { "github_users"_L1, "seen_at"_L1 },
        { "github_users"_L1, "first_seen_at"_L1 },
        { "commits"_L1, "authored_at"_L1 },
        { "commits"_L1, "committed_at"_L1 },
        { "commits"_L1, "fetched_at"_L1 },
        { "pull_requests"_L1, "created_at"_L1 },
        { "pull_requests"_L1, "updated_at"_L1 },
        { "pull_requests"_L1, "closed_at"_L1 },
        { "pull_requests"_L1, "merged_at"_L1 },
        { "pull_requests"_L1, "fetched_at"_L1 },
        { "pull_requests"_L1, "details_updated_at"_L1 },
        { "pull_requests"_L1, "details_fetched_at"_L1 },
        { "pull_requests"_L1, "body_scanned_at"_L1 },
        { "pr_files"_L1, "fetched_at"_L1 },
        { "pr_files"_L1, "scanned_at"_L1 },
        { "pr_reviews"_L1, "submitted_at"_L1 },
        { "pr_reviews"_L1, "fetched_at"_L1 },
        { "pr_reviews"_L1, "scanned_at"_L1 },
        { "review_comments"_L1, "created_at"_L1 },
        { "review_comments"_L1, "updated_at"_L1 },
        { "review_comments"_L1, "fetched_at"_L1 },
        { "review_comments"_L1, "scanned_at"_L1 },
        { "http_etags"_L1, "fetched_at"_L1 },
        { "sync_walks"_L1, "cursor"_L1 }, // where the next walk stops: a date
        { "sync_walks"_L1, "started_at"_L1 },
        { "sync_walks"_L1, "bound"_L1 },
        { "sync_runs"_L1, "started_at"_L1 },
        { "sync_runs"_L1, "finished_at"_L1 },
        { "candidate_scores"_L1, "last_active"_L1 },
        { "candidate_scores"_L1, "first_contribution"_L1 },
        { "candidate_scores"_L1, "computed_at"_L1 },
        { "candidate_scores"_L1, "as_of"_L1 },
        { "score_evidence"_L1, "happened_at"_L1 },
        { "layer_contributions"_L1, "at"_L1, K::JulianDay },
        { "layer_contribution_state"_L1, "scored_for"_L1 },
        { "layer_contribution_state"_L1, "scored_at"_L1 },
        { "person_profiles"_L1, "computed_at"_L1 },
        { "contact_channels"_L1, "fetched_at"_L1 },
        { "person_overrides"_L1, "updated_at"_L1 },
        { "exclusions"_L1, "imported_at"_L1 },
        { "requisitions"_L1, "created_at"_L1 },
        { "requisitions"_L1, "closed_at"_L1 },
        { "pipeline_entries"_L1, "next_action_at"_L1 },
        { "pipeline_entries"_L1, "updated_at"_L1 },
        { "stage_history"_L1, "changed_at"_L1 },
        { "notes"_L1, "created_at"_L1 },
        { "suppressions"_L1, "suppressed_at"_L1 },
        { "redactions"_L1, "added_at"_L1 },
        { "file_contents"_L1, "fetched_at"_L1 },
        { "hiring_contexts"_L1, "updated_at"_L1 },
        { "outreach_templates"_L1, "updated_at"_L1 },
        { "outreach_drafts"_L1, "created_at"_L1 },
        { "outreach_drafts"_L1, "sent_at"_L1 },
        { "generic_phrases"_L1, "added_at"_L1 },
    };
    return all;
}

Status TimeShift::shift(Database &db, int days)
{
    if (days == 0)
        return {};
    return db.write([&]() -> Status {
        QSqlQuery q(db.connection());
        // The change log's triggers see the moved dates as edits; every date
        // moves alike, so no standing changes and their entries are dropped.
        if (!q.exec(u"SELECT coalesce(max(seq), 0) FROM contribution_changes"_s) || !q.next())
            return Status::failure(Tr::tr("Cannot move the workspace's dates: %1").arg(Database::describe(q.lastError())));
        const qint64 loggedBefore = q.value(0).toLongLong();
        q.finish();
        const QString modifier = u"'%1%2 days'"_s.arg(days > 0 ? u"+"_s : QString()).arg(days);
        for (const Column &c : columns()) {
            QString sql;
            if (c.kind == K::JulianDay) {
                sql = u"UPDATE %1 SET %2 = %2 + %3 WHERE %2 IS NOT NULL"_s.arg(c.table, c.column).arg(days);
            } else {
                sql = u"UPDATE %1 SET %2 = date(substr(%2, 1, 10), %3) || substr(%2, 11) WHERE %2 GLOB %4 AND date(substr(%2, 1, 10)) IS NOT NULL"_s
                          .arg(c.table, c.column, modifier, StartsWithDate);
                if (c.table == "workspace_meta"_L1)
                    sql += u" AND key NOT IN ('%1', '%2')"_s.arg(QLatin1StringView(SnapshotDayKey), QLatin1StringView(ShiftedDaysKey));
            }
            if (Status s = run(q, sql); !s)
                return s;
        }
        if (Status s = run(q, u"DELETE FROM contribution_changes WHERE seq > %1"_s.arg(loggedBefore)); !s)
            return s;
        const auto before = db.metaValue(QString::fromLatin1(ShiftedDaysKey));
        if (!before)
            return Status::failure(before.error());
        return db.setMetaValue(QString::fromLatin1(ShiftedDaysKey), QString::number(before->toInt() + days));
    });
}

Result<int> TimeShift::bringForward(Database &db, const QDate &today)
{
    const auto snapshot = db.metaValue(QString::fromLatin1(SnapshotDayKey));
    if (!snapshot)
        return Result<int>::failure(snapshot.error());
    const QDate day = QDate::fromString(snapshot.value(), Qt::ISODate);
    if (!day.isValid())
        return 0;
    const auto shifted = db.metaValue(QString::fromLatin1(ShiftedDaysKey));
    if (!shifted)
        return Result<int>::failure(shifted.error());
    const int days = int(day.daysTo(today)) - shifted->toInt();
    if (Status s = shift(db, days); !s)
        return Result<int>::failure(s.error());
    return days;
}

} // namespace ks::store
