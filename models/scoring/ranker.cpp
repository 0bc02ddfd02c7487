// SPDX-License-Identifier: MIT
#include "ranker.h"

#include "scoreformula.h"
#include "signalcatalogue.h"
#include "store/database.h"
#include "store/layerstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ks::scoring {
namespace {

Q_LOGGING_CATEGORY(lcRanker, "kernelscout.scoring.ranker", QtWarningMsg)

// --- the formulas as SQL functions ---------------------------------------

void sqlRecency(sqlite3_context *context, int, sqlite3_value **argv)
{
    sqlite3_result_double(context, formula::recency(sqlite3_value_double(argv[0])));
}

void sqlPullValue(sqlite3_context *context, int, sqlite3_value **argv)
{
    sqlite3_result_double(context, formula::pullValue(sqlite3_value_double(argv[0]), sqlite3_value_double(argv[1]),
                                                      sqlite3_value_double(argv[2]), sqlite3_value_double(argv[3])));
}

QStringView textOf(sqlite3_value *value)
{
    const auto *text = static_cast<const char16_t *>(sqlite3_value_text16(value));
    return text ? QStringView(text, sqlite3_value_bytes16(value) / 2) : QStringView();
}

void sqlFileKind(sqlite3_context *context, int, sqlite3_value **argv)
{
    sqlite3_result_int(context, int(formula::fileKind(textOf(argv[0]))));
}

void sqlSubPath(sqlite3_context *context, int, sqlite3_value **argv)
{
    const QString sub = formula::subPath(textOf(argv[0]), sqlite3_value_int(argv[1]));
    sqlite3_result_text16(context, sub.utf16(), int(sub.size() * 2), SQLITE_TRANSIENT);
}

Status registerFunctions(store::Database &db)
{
    auto *handle = static_cast<sqlite3 *>(db.nativeHandle());
    if (!handle)
        return Status::failure(QStringLiteral("no database connection"));
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    if (sqlite3_create_function_v2(handle, "ks_recency", 1, flags, nullptr, sqlRecency, nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_create_function_v2(handle, "ks_pull_value", 4, flags, nullptr, sqlPullValue, nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_create_function_v2(handle, "ks_file_kind", 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC, nullptr, sqlFileKind, nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_create_function_v2(handle, "ks_subpath", 2, SQLITE_UTF16 | SQLITE_DETERMINISTIC, nullptr, sqlSubPath, nullptr, nullptr, nullptr) != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(handle)));
    return {};
}

// Runs SQL with :now bound; returns false with `status` set on error.
bool run(QSqlQuery &q, const QString &sql, const QVariantMap &binds, Status &status)
{
    QElapsedTimer timer;
    timer.start();
    const auto logged = qScopeGuard([&] { qCDebug(lcRanker) << timer.elapsed() << "ms" << sql.left(90); });
    if (!q.prepare(sql)) {
        status = Status::failure(store::Database::describe(q.lastError()));
        return false;
    }
    for (auto it = binds.cbegin(); it != binds.cend(); ++it) {
        if (sql.contains(it.key()))
            q.bindValue(it.key(), it.value());
    }
    if (!q.exec()) {
        status = Status::failure(store::Database::describe(q.lastError()));
        return false;
    }
    return true;
}

// "Is this path under one of the layer's prefixes for this repository?"
QString mappedPath(const QString &repoColumn, const QString &pathColumn)
{
    return QStringLiteral("(EXISTS (SELECT 1 FROM ks_layer_repos lr WHERE lr.repo_id = %1 AND lr.whole = 1) "
                          "OR EXISTS (SELECT 1 FROM ks_layer_paths lp WHERE lp.repo_id = %1 AND (%2 = lp.prefix "
                          "OR substr(%2, 1, length(lp.prefix) + 1) = lp.prefix || '/')))")
        .arg(repoColumn, pathColumn);
}

QString ago(const QDateTime &when, const QDateTime &now)
{
    const qint64 days = when.daysTo(now);
    if (days < 1)
        return QStringLiteral("today");
    if (days < 14)
        return QStringLiteral("%1 days ago").arg(days);
    if (days < 60)
        return QStringLiteral("%1 weeks ago").arg(days / 7);
    if (days < 730)
        return QStringLiteral("%1 months ago").arg(days / 30);
    return QStringLiteral("%1 years ago").arg(days / 365);
}

double weightOf(const RoleLayer &layer, const QString &key, double fallback)
{
    return layer.weights.value(key, fallback);
}

} // namespace

Ranker::Ranker(store::Database &db)
    : m_db(db)
{
}

Status Ranker::prepare(const RoleLayer &layer)
{
    if (Status s = registerFunctions(m_db); !s)
        return s;
    Status status;
    QSqlQuery q(m_db.connection());
    const QVariantMap binds{{QStringLiteral(":layer"), layer.id}, {QStringLiteral(":now"), m_now.toString(Qt::ISODate)}};
    const QStringList steps = {
        QStringLiteral("DROP TABLE IF EXISTS temp.ks_layer_repos"),
        QStringLiteral("DROP TABLE IF EXISTS temp.ks_layer_paths"),
        QStringLiteral("DROP TABLE IF EXISTS temp.ks_mapped_pulls"),
        QStringLiteral("CREATE TEMP TABLE ks_layer_repos AS SELECT lr.repo_id, NOT EXISTS (SELECT 1 FROM layer_repo_paths p "
                       "WHERE p.layer_id = lr.layer_id AND p.repo_id = lr.repo_id) AS whole FROM layer_repos lr WHERE lr.layer_id = :layer"),
        QStringLiteral("CREATE TEMP TABLE ks_layer_paths AS SELECT repo_id, prefix FROM layer_repo_paths WHERE layer_id = :layer"),
        // PRs with files in mapped paths, their line counts by kind of file.
        QStringLiteral("CREATE TEMP TABLE ks_mapped_pulls AS "
                       "SELECT p.id AS pr_id, p.repo_id, p.number, p.author_id AS user_id, p.landed, p.title, p.html_url, "
                       "  coalesce(p.merged_at, p.closed_at, p.updated_at, p.created_at) AS at, p.merged_by_login, "
                       "  sum(CASE WHEN f.kind = 0 THEN f.lines ELSE 0 END) AS src_lines, sum(f.kind = 0) AS src_files, "
                       "  sum(CASE WHEN f.kind = 1 THEN f.lines ELSE 0 END) AS test_lines, "
                       "  sum(CASE WHEN f.kind = 2 THEN f.lines ELSE 0 END) AS doc_lines, max(f.subpath) AS subpath "
                       "FROM pull_requests p JOIN (SELECT pr_id, filename, additions + deletions AS lines, ks_file_kind(filename) AS kind, "
                       "  ks_subpath(filename, 4) AS subpath FROM pr_files) f ON f.pr_id = p.id "
                       "WHERE p.repo_id IN (SELECT repo_id FROM ks_layer_repos) AND ") + mappedPath(QStringLiteral("p.repo_id"), QStringLiteral("f.filename"))
            + QStringLiteral(" GROUP BY p.id"),
        QStringLiteral("CREATE INDEX temp.ks_mapped_pulls_user ON ks_mapped_pulls(user_id)"),
    };
    for (const QString &sql : steps) {
        if (!run(q, sql, binds, status))
            return status;
    }
    return {};
}

Result<QList<CandidateScore>> Ranker::score(const RoleLayer &layer)
{
    using R = Result<QList<CandidateScore>>;
    Status status;
    const QVariantMap binds{{QStringLiteral(":now"), m_now.toString(Qt::ISODate)}};
    const QString age = QStringLiteral("(julianday(:now) - julianday(%1))");
    QHash<qint64, CandidateScore> people;
    QHash<qint64, QSet<qint64>> repos;
    // ISO-8601 UTC strings order like the times they name: compare them as
    // text and parse only the winners (parsing every row costs seconds).
    QHash<qint64, QPair<QString, QString>> span; // first, last
    auto touch = [&](qint64 user, const QVariant &at, qint64 repo) -> CandidateScore & {
        CandidateScore &c = people[user];
        c.userId = user;
        const QString t = at.toString();
        if (!t.isEmpty()) {
            auto &[first, last] = span[user];
            if (last.isEmpty() || t > last)
                last = t;
            if (first.isEmpty() || t < first)
                first = t;
        }
        if (repo)
            repos[user].insert(repo);
        return c;
    };
    // Each aggregate row starts with user and repository and ends with the
    // latest and earliest time; `use` gets the person and the row.
    auto readRows = [&](QSqlQuery &rows, int lastColumn, const std::function<void(CandidateScore &, qint64 user, const QSqlQuery &)> &use) {
        while (rows.next()) {
            const qint64 user = rows.value(0).toLongLong();
            CandidateScore &c = touch(user, rows.value(lastColumn), rows.value(1).toLongLong());
            touch(user, rows.value(lastColumn + 1), 0);
            use(c, user, rows);
        }
    };
    QHash<qint64, double> landedRaw, reviewRaw, maintainRaw;
    QHash<qint64, QHash<QString, double>> signalRaw;
    QHash<qint64, QHash<QString, double>> signalById;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);

    // Landed work, per author and repository.
    if (!run(q, QStringLiteral("SELECT user_id, repo_id, sum(CASE WHEN landed THEN ks_pull_value(src_lines, src_files, test_lines, doc_lines) "
                               "  * ks_recency(%1) ELSE 0 END), count(*), max(at), min(at) "
                               "FROM ks_mapped_pulls WHERE user_id IS NOT NULL GROUP BY user_id, repo_id").arg(age.arg(QStringLiteral("at"))),
             binds, status))
        return R::failure(status.error());
    readRows(q, 4, [&](CandidateScore &c, qint64 user, const QSqlQuery &row) {
        landedRaw[user] += row.value(2).toDouble();
        c.pulls += row.value(3).toInt();
    });
    // Commits in mapped paths that came without a PR (direct pushes).
    if (!run(q, QStringLiteral("SELECT c.author_id, c.repo_id, count(*), sum(CASE WHEN c.pr_number IS NULL THEN 0.5 * ks_recency(%1) ELSE 0 END), "
                               "max(c.committed_at), min(c.committed_at) FROM commits c "
                               "WHERE c.author_id IS NOT NULL AND c.repo_id IN (SELECT repo_id FROM ks_layer_repos) "
                               "AND EXISTS (SELECT 1 FROM commit_prefixes cp WHERE cp.repo_id = c.repo_id AND cp.sha = c.sha) "
                               "GROUP BY c.author_id, c.repo_id").arg(age.arg(QStringLiteral("c.committed_at"))),
             binds, status))
        return R::failure(status.error());
    readRows(q, 4, [&](CandidateScore &c, qint64 user, const QSqlQuery &row) {
        c.commits += row.value(2).toInt();
        landedRaw[user] += row.value(3).toDouble();
    });
    // Review comments in mapped paths on other people's PRs.
    if (!run(q, QStringLiteral("SELECT c.user_id, c.repo_id, count(*), sum(ks_recency(%1)), max(c.created_at), min(c.created_at) "
                               "FROM review_comments c LEFT JOIN pull_requests p ON p.repo_id = c.repo_id AND p.number = c.pr_number "
                               "WHERE c.user_id IS NOT NULL AND c.repo_id IN (SELECT repo_id FROM ks_layer_repos) AND ")
                     .arg(age.arg(QStringLiteral("c.created_at")))
                 + mappedPath(QStringLiteral("c.repo_id"), QStringLiteral("c.path"))
                 + QStringLiteral(" AND (p.author_id IS NULL OR p.author_id <> c.user_id) GROUP BY c.user_id, c.repo_id"),
             binds, status))
        return R::failure(status.error());
    readRows(q, 4, [&](CandidateScore &c, qint64 user, const QSqlQuery &row) {
        c.reviewComments += row.value(2).toInt();
        reviewRaw[user] += 0.5 * row.value(3).toDouble();
    });
    // Reviews of other people's PRs in mapped paths; approvals also show maintainership.
    if (!run(q, QStringLiteral("SELECT r.reviewer_id, m.repo_id, count(*), sum(ks_recency(%1)), "
                               "sum(CASE WHEN r.state = 'APPROVED' THEN ks_recency(%1) ELSE 0 END), max(r.submitted_at), min(r.submitted_at) "
                               "FROM pr_reviews r JOIN ks_mapped_pulls m ON m.pr_id = r.pr_id "
                               "WHERE r.reviewer_id IS NOT NULL AND r.reviewer_id IS NOT m.user_id GROUP BY r.reviewer_id, m.repo_id")
                     .arg(age.arg(QStringLiteral("r.submitted_at"))),
             binds, status))
        return R::failure(status.error());
    readRows(q, 5, [&](CandidateScore &c, qint64 user, const QSqlQuery &row) {
        c.reviews += row.value(2).toInt();
        reviewRaw[user] += row.value(3).toDouble();
        maintainRaw[user] += 0.5 * row.value(4).toDouble();
    });
    // Merges of other people's PRs.
    if (!run(q, QStringLiteral("SELECT u.id, m.repo_id, sum(ks_recency(%1)), max(m.at) FROM ks_mapped_pulls m "
                               "JOIN github_users u ON u.login = m.merged_by_login COLLATE NOCASE "
                               "WHERE m.user_id IS NOT u.id GROUP BY u.id, m.repo_id").arg(age.arg(QStringLiteral("m.at"))),
             binds, status))
        return R::failure(status.error());
    while (q.next()) {
        const qint64 user = q.value(0).toLongLong();
        touch(user, q.value(3), q.value(1).toLongLong());
        maintainRaw[user] += q.value(2).toDouble();
    }
    // Signals in their own mapped code and in their review prose.
    if (!run(q, QStringLiteral(
                    "SELECT h.user_id, h.category, h.signal_id, sum((CASE WHEN h.anti THEN -h.weight ELSE h.weight END) * ks_recency(%1)) "
                    "FROM signal_hits h JOIN pull_requests p ON p.id = h.pr_id "
                    "WHERE h.user_id IS NOT NULL AND p.repo_id IN (SELECT repo_id FROM ks_layer_repos) AND ("
                    "  (h.source_kind = 'pr_file' AND ")
                        .arg(age.arg(QStringLiteral("coalesce(p.merged_at, p.closed_at, p.updated_at)")))
                 + mappedPath(QStringLiteral("p.repo_id"), QStringLiteral("h.filename"))
                 + QStringLiteral(") OR (h.source_kind IN ('pr_body', 'review') AND h.pr_id IN (SELECT pr_id FROM ks_mapped_pulls)) "
                                  "  OR (h.source_kind = 'review_comment' AND ")
                 + mappedPath(QStringLiteral("p.repo_id"), QStringLiteral("h.filename"))
                 + QStringLiteral(")) GROUP BY h.user_id, h.category, h.signal_id"),
             binds, status))
        return R::failure(status.error());
    while (q.next()) {
        const qint64 user = q.value(0).toLongLong();
        if (!people.contains(user))
            continue; // signals alone, with no work in the layer's paths, do not make a candidate
        signalRaw[user][q.value(1).toString()] += q.value(3).toDouble();
        signalById[user][q.value(2).toString()] += q.value(3).toDouble();
    }
    // Names, and who is a machine.
    QHash<qint64, QPair<QString, QString>> names;
    QSet<qint64> machines;
    if (!run(q, QStringLiteral("SELECT id, login, coalesce(name, ''), is_machine FROM github_users"), binds, status))
        return R::failure(status.error());
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!people.contains(id))
            continue;
        names.insert(id, {q.value(1).toString(), q.value(2).toString()});
        if (q.value(3).toInt())
            machines.insert(id);
    }
    // "Works on": the sub-paths with most of their PRs, with counts and recency.
    QHash<qint64, QList<std::tuple<int, QString, QDateTime>>> places;
    if (!run(q, QStringLiteral("SELECT user_id, subpath, count(*), max(at) FROM ks_mapped_pulls WHERE user_id IS NOT NULL "
                               "GROUP BY user_id, subpath"),
             binds, status))
        return R::failure(status.error());
    while (q.next())
        places[q.value(0).toLongLong()].append({q.value(2).toInt(), q.value(1).toString(), QDateTime::fromString(q.value(3).toString(), Qt::ISODate)});

    const SignalCatalogue &catalogue = SignalCatalogue::standard();
    QList<CandidateScore> scores;
    scores.reserve(people.size());
    for (auto it = people.begin(); it != people.end(); ++it) {
        const qint64 user = it.key();
        if (machines.contains(user) || !names.contains(user))
            continue;
        CandidateScore c = it.value();
        c.firstContribution = QDateTime::fromString(span.value(user).first, Qt::ISODate);
        c.lastActive = QDateTime::fromString(span.value(user).second, Qt::ISODate);
        c.login = names.value(user).first;
        c.name = names.value(user).second;
        auto add = [&](const QString &part, double points) {
            if (points != 0.0)
                c.parts.insert(part, points);
        };
        add(QStringLiteral("landed_work"), weightOf(layer, QStringLiteral("activity.recent_paths"), 1.0) * formula::damp(landedRaw.value(user)));
        add(QStringLiteral("reviews"), weightOf(layer, QStringLiteral("activity.code_review"), 1.0) * formula::damp(reviewRaw.value(user)));
        add(QStringLiteral("maintainership"), weightOf(layer, QStringLiteral("activity.maintainership"), 0.6) * formula::damp(maintainRaw.value(user)));
        const auto signalParts = signalRaw.value(user);
        for (auto s = signalParts.cbegin(); s != signalParts.cend(); ++s) {
            const SignalCategory *category = catalogue.category(s.key());
            const double w = category ? weightOf(layer, category->weightKey, 0.0) : 0.0;
            add(QStringLiteral("signals.") + s.key(), w * formula::damp(s.value()));
        }
        add(QStringLiteral("breadth"), 0.5 * (repos.value(user).size() - 1));
        if (c.firstContribution.isValid())
            add(QStringLiteral("tenure"), 0.3 * std::min(3.0, c.firstContribution.daysTo(m_now) / 365.0));
        for (double v : std::as_const(c.parts))
            c.score += v;
        // Strongest signals first.
        QList<QPair<double, QString>> ids;
        const auto byId = signalById.value(user);
        for (auto s = byId.cbegin(); s != byId.cend(); ++s) {
            if (s.value() > 0)
                ids.append({s.value(), s.key()});
        }
        std::sort(ids.begin(), ids.end(), std::greater<>());
        for (qsizetype i = 0; i < std::min<qsizetype>(3, ids.size()); ++i)
            c.topSignals.append(ids[i].second);
        auto where = places.value(user);
        std::sort(where.begin(), where.end(), [](const auto &a, const auto &b) { return std::get<0>(a) > std::get<0>(b); });
        QStringList parts;
        for (qsizetype i = 0; i < std::min<qsizetype>(2, where.size()); ++i)
            parts.append(QStringLiteral("%1: %2 %3, last %4")
                             .arg(std::get<1>(where[i]))
                             .arg(std::get<0>(where[i]))
                             .arg(std::get<0>(where[i]) == 1 ? QStringLiteral("PR") : QStringLiteral("PRs"))
                             .arg(ago(std::get<2>(where[i]), m_now)));
        if (parts.isEmpty() && (c.reviews + c.reviewComments) > 0)
            parts.append(QStringLiteral("reviews: %1 reviews, %2 review comments").arg(c.reviews).arg(c.reviewComments));
        c.worksOn = parts.join(QLatin1String("; "));
        scores.append(c);
    }
    std::sort(scores.begin(), scores.end(), [](const CandidateScore &a, const CandidateScore &b) {
        return a.score != b.score ? a.score > b.score : a.login < b.login;
    });
    for (qsizetype i = 0; i < scores.size(); ++i)
        scores[i].rank = int(i + 1);
    return scores;
}

Result<QList<Evidence>> Ranker::evidence(const QList<qint64> &users)
{
    using R = Result<QList<Evidence>>;
    Status status;
    QList<Evidence> out;
    if (users.isEmpty())
        return out;
    QStringList ids;
    for (qint64 u : users)
        ids.append(QString::number(u));
    const QString in = ids.join(QLatin1Char(','));
    const QVariantMap binds{{QStringLiteral(":now"), m_now.toString(Qt::ISODate)}};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    auto collect = [&](const QString &sql, const QString &part) -> bool {
        if (!run(q, sql, binds, status))
            return false;
        while (q.next()) {
            Evidence e;
            e.part = part;
            e.points = q.value(1).toDouble();
            e.label = q.value(2).toString();
            e.url = q.value(3).toString();
            e.happenedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
            e.filename = q.value(5).toString();
            e.line = q.value(6).toInt();
            e.signalId = q.value(7).toString();
            e.userIdHint = q.value(0).toLongLong();
            out.append(e);
        }
        return true;
    };
    const bool ok =
        collect(QStringLiteral("SELECT user_id, ks_pull_value(src_lines, src_files, test_lines, doc_lines) * ks_recency(julianday(:now) - julianday(at)), "
                               "'#' || number || ' ' || title || ' (' || src_lines || ' source lines, ' || src_files || ' files)', html_url, at, subpath, 0, NULL "
                               "FROM ks_mapped_pulls WHERE landed AND user_id IN (%1)").arg(in),
                QStringLiteral("landed_work"))
        && collect(QStringLiteral("SELECT c.user_id, 0.5 * ks_recency(julianday(:now) - julianday(c.created_at)), "
                                  "'Review comment on #' || c.pr_number || ': ' || substr(replace(c.body, char(10), ' '), 1, 100), c.html_url, c.created_at, c.path, c.line, NULL "
                                  "FROM review_comments c LEFT JOIN pull_requests p ON p.repo_id = c.repo_id AND p.number = c.pr_number "
                                  "WHERE c.user_id IN (%1) AND c.repo_id IN (SELECT repo_id FROM ks_layer_repos) AND ").arg(in)
                       + mappedPath(QStringLiteral("c.repo_id"), QStringLiteral("c.path"))
                       + QStringLiteral(" AND (p.author_id IS NULL OR p.author_id <> c.user_id)"),
                   QStringLiteral("reviews"))
        && collect(QStringLiteral("SELECT r.reviewer_id, ks_recency(julianday(:now) - julianday(r.submitted_at)), "
                                  "lower(r.state) || ' review of #' || m.number || ' ' || m.title, coalesce(r.html_url, m.html_url), r.submitted_at, NULL, 0, NULL "
                                  "FROM pr_reviews r JOIN ks_mapped_pulls m ON m.pr_id = r.pr_id "
                                  "WHERE r.reviewer_id IN (%1) AND r.reviewer_id IS NOT m.user_id").arg(in),
                   QStringLiteral("reviews"))
        && collect(QStringLiteral("SELECT u.id, ks_recency(julianday(:now) - julianday(m.at)), 'merged #' || m.number || ' ' || m.title, m.html_url, m.at, NULL, 0, NULL "
                                  "FROM ks_mapped_pulls m JOIN github_users u ON u.login = m.merged_by_login COLLATE NOCASE "
                                  "WHERE u.id IN (%1) AND m.user_id IS NOT u.id").arg(in),
                   QStringLiteral("maintainership"))
        && collect(QStringLiteral("SELECT h.user_id, (CASE WHEN h.anti THEN -h.weight ELSE h.weight END), h.signal_id, "
                                  "CASE WHEN h.source_kind = 'review_comment' THEN (SELECT c.html_url FROM review_comments c WHERE c.id = h.review_comment_id) "
                                  "     WHEN h.source_kind = 'pr_file' THEN p.html_url || '/files' ELSE p.html_url END, "
                                  "coalesce(p.merged_at, p.updated_at), h.filename, h.line, h.signal_id "
                                  "FROM signal_hits h JOIN pull_requests p ON p.id = h.pr_id "
                                  "WHERE h.user_id IN (%1) AND p.repo_id IN (SELECT repo_id FROM ks_layer_repos)").arg(in),
                   QStringLiteral("signals"));
    if (!ok)
        return R::failure(status.error());
    // Signal evidence: label with the plain-English explanation and category part.
    const SignalCatalogue &catalogue = SignalCatalogue::standard();
    for (Evidence &e : out) {
        if (e.part != QLatin1String("signals"))
            continue;
        if (const Signal *s = catalogue.find(e.signalId)) {
            e.part = QStringLiteral("signals.") + s->category;
            e.label = (s->anti ? QStringLiteral("Anti-signal: ") : QString()) + s->explanation;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Evidence &a, const Evidence &b) { return a.points > b.points; });
    return out;
}

Status Ranker::store(const RoleLayer &layer, const QList<CandidateScore> &scores)
{
    QList<qint64> top;
    for (const CandidateScore &c : scores) {
        if (c.rank > m_evidenceDepth)
            break;
        top.append(c.userId);
    }
    QElapsedTimer timer;
    timer.start();
    const auto items = evidence(top);
    if (!items)
        return Status::failure(items.error());
    qCDebug(lcRanker) << "evidence in" << timer.restart() << "ms";
    QHash<qint64, QList<Evidence>> byUser;
    for (const Evidence &e : items.value())
        byUser[e.userIdHint].append(e);
    const QString computed = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString asOf = m_now.toString(Qt::ISODate);
    const auto logged = qScopeGuard([&] { qCDebug(lcRanker) << "wrote scores in" << timer.elapsed() << "ms"; });
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM candidate_scores WHERE layer_id = ?"));
        q.addBindValue(layer.id);
        if (!q.exec())
            return Status::failure(store::Database::describe(q.lastError()));
        q.prepare(QStringLiteral("DELETE FROM score_evidence WHERE layer_id = ?"));
        q.addBindValue(layer.id);
        if (!q.exec())
            return Status::failure(store::Database::describe(q.lastError()));
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO candidate_scores(layer_id, user_id, rank, score, parts, works_on, last_active, first_contribution, commits, pulls, "
            "reviews, review_comments, top_signals, top_evidence_url, computed_at, as_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery ev(m_db.connection());
        ev.prepare(QStringLiteral("INSERT INTO score_evidence(layer_id, user_id, part, points, label, url, filename, line, signal_id, happened_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const CandidateScore &c : scores) {
            // Hand-built JSON: QJsonDocument per row costs more than the insert.
            QString parts = QStringLiteral("{");
            for (auto it = c.parts.cbegin(); it != c.parts.cend(); ++it) {
                if (parts.size() > 1)
                    parts += QLatin1Char(',');
                parts += QLatin1Char('"') + it.key() + QLatin1String("\":") + QString::number(std::round(it.value() * 1000) / 1000, 'g', 10);
            }
            parts += QLatin1Char('}');
            QString signalIds = QStringLiteral("[");
            for (const QString &id : c.topSignals) {
                if (signalIds.size() > 1)
                    signalIds += QLatin1Char(',');
                signalIds += QLatin1Char('"') + id + QLatin1Char('"'); // catalogue ids: no quotes or escapes
            }
            signalIds += QLatin1Char(']');
            const QList<Evidence> mine = byUser.value(c.userId);
            const QString topUrl = mine.isEmpty() ? QString() : mine.first().url;
            const QVariantList values{layer.id, c.userId, c.rank, c.score, parts,
                                      c.worksOn.isNull() ? QStringLiteral("") : c.worksOn,
                                      c.lastActive.toString(Qt::ISODate), c.firstContribution.toString(Qt::ISODate), c.commits,
                                      c.pulls, c.reviews, c.reviewComments, signalIds, topUrl, computed, asOf};
            for (int i = 0; i < values.size(); ++i)
                insert.bindValue(i, values[i]);
            if (!insert.exec())
                return Status::failure(store::Database::describe(insert.lastError()));
            // Per part, the strongest items only.
            QHash<QString, int> perPart;
            for (const Evidence &e : mine) {
                if (++perPart[e.part] > 5)
                    continue;
                const QVariantList row{layer.id, c.userId, e.part, e.points, e.label, e.url, e.filename, e.line, e.signalId,
                                       e.happenedAt.toString(Qt::ISODate)};
                for (int i = 0; i < row.size(); ++i)
                    ev.bindValue(i, row[i]);
                if (!ev.exec())
                    return Status::failure(store::Database::describe(ev.lastError()));
            }
        }
        return Status();
    });
}

Result<int> Ranker::rankLayer(const RoleLayer &layer)
{
    QElapsedTimer timer;
    timer.start();
    if (Status s = prepare(layer); !s)
        return Result<int>::failure(s.error());
    qCDebug(lcRanker) << "prepared in" << timer.restart() << "ms";
    const auto scores = score(layer);
    if (!scores)
        return Result<int>::failure(scores.error());
    qCDebug(lcRanker) << "scored in" << timer.restart() << "ms";
    if (Status s = store(layer, scores.value()); !s)
        return Result<int>::failure(s.error());
    qCDebug(lcRanker) << "stored in" << timer.restart() << "ms";
    return int(scores->size());
}

Result<int> Ranker::rankAll()
{
    const auto layers = store::LayerStore(m_db).all();
    if (!layers)
        return Result<int>::failure(layers.error());
    int total = 0;
    for (const RoleLayer &layer : layers.value()) {
        const auto n = rankLayer(layer);
        if (!n)
            return n;
        total += n.value();
    }
    return total;
}

Result<QList<Evidence>> Ranker::evidenceFor(const RoleLayer &layer, qint64 userId)
{
    if (Status s = prepare(layer); !s)
        return Result<QList<Evidence>>::failure(s.error());
    return evidence({userId});
}

} // namespace ks::scoring
