// SPDX-License-Identifier: MIT
#include "ranker.h"

#include "contributionindex.h"
#include "domain/clock.h"
#include "layerscorer.h"
#include "scoreformula.h"
#include "signalcatalogue.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "store/sqlstatement.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <cmath>
#include <limits>
#include <sqlite3.h>

namespace ks::scoring {
namespace {

Q_LOGGING_CATEGORY(lcRanker, "kernelscout.scoring.ranker", QtWarningMsg)

} // namespace

Ranker::Ranker(store::Database &db)
    : m_db(db)
{ }

Result<QList<Evidence>> Ranker::evidence(const RoleLayer &layer, const QList<qint64> &users)
{
    using R = Result<QList<Evidence>>;
    QList<Evidence> out;
    if (users.isEmpty())
        return out;
    QStringList ids;
    for (qint64 u : users)
        ids.append(QString::number(u));
    // Each item of the layer's contributions, labelled from its source row.
    const QString rows = QStringLiteral("FROM layer_contributions lc %1 WHERE lc.layer_id = %2 AND lc.kind = %3 AND lc.user_id IN (%4)");
    const QString points = QStringLiteral("%1 * ks_recency(julianday(:now) - lc.at)");
    const QString at = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', lc.at)");
    auto from = [&](const QString &join, ContributionKind kind) {
        return rows.arg(join).arg(layer.id).arg(int(kind)).arg(ids.join(QLatin1Char(',')));
    };
    struct Query
    {
        QString part;
        QString sql; // user, points, label, url, at, filename, line, signal id
    };
    const QList<Query> queries = {
        { QStringLiteral("landed_work"),
            QStringLiteral(
                "SELECT lc.user_id, %1, '#' || p.number || ' ' || p.title || ' (' || "
                "(SELECT coalesce(sum(f.additions + f.deletions), 0) || ' source lines, ' || count(*) || ' files' FROM pr_files f "
                " WHERE f.pr_id = p.id AND ks_file_kind(f.filename) = 0 AND %3) || ')', p.html_url, %2, lc.place, 0, NULL ")
                    .arg(points.arg(QStringLiteral("lc.value")), at,
                        ContributionIndex::mappedPathSql(QStringLiteral("p.repo_id"), QStringLiteral("f.filename")))
                + from(QStringLiteral("JOIN pull_requests p ON p.id = lc.item"), ContributionKind::AuthoredPull)
                + QStringLiteral(" AND lc.value > 0") },
        { QStringLiteral("landed_work"),
            QStringLiteral("SELECT lc.user_id, %1, 'Commit ' || substr(c.sha, 1, 10) || ' pushed without a PR: ' || "
                           "substr(replace(c.message, char(10), ' '), 1, 80), c.html_url, %2, NULL, 0, NULL ")
                    .arg(points.arg(QStringLiteral("lc.value")), at)
                + from(QStringLiteral("JOIN commits c ON c.repo_id = lc.repo_id AND c.sha = lc.item"), ContributionKind::Commit)
                + QStringLiteral(" AND lc.value > 0") },
        { QStringLiteral("reviews"),
            QStringLiteral(
                "SELECT lc.user_id, %1, 'Review comment on #' || c.pr_number || ': ' || substr(replace(c.body, char(10), ' '), 1, 100), "
                "c.html_url, %2, c.path, c.line, NULL ")
                    .arg(points.arg(QStringLiteral("lc.value")), at)
                + from(QStringLiteral("JOIN review_comments c ON c.id = lc.item"), ContributionKind::ReviewComment) },
        { QStringLiteral("reviews"),
            QStringLiteral(
                "SELECT lc.user_id, %1, lower(r.state) || ' review of #' || p.number || ' ' || p.title, coalesce(r.html_url, p.html_url), "
                "%2, NULL, 0, NULL ")
                    .arg(points.arg(QStringLiteral("lc.value")), at)
                + from(QStringLiteral("JOIN pr_reviews r ON r.id = lc.item JOIN pull_requests p ON p.id = r.pr_id"),
                    ContributionKind::Review) },
        { QStringLiteral("maintainership"),
            QStringLiteral("SELECT lc.user_id, %1, 'merged #' || p.number || ' ' || p.title, p.html_url, %2, NULL, 0, NULL ")
                    .arg(points.arg(QStringLiteral("lc.extra")), at)
                + from(QStringLiteral("JOIN pull_requests p ON p.id = lc.item"), ContributionKind::Merge) },
        { QStringLiteral("signals"),
            QStringLiteral("SELECT lc.user_id, %1, h.signal_id, "
                           "CASE WHEN h.source_kind = 'review_comment' THEN (SELECT c.html_url FROM review_comments c WHERE c.id = "
                           "h.review_comment_id) "
                           "     WHEN h.source_kind = 'pr_file' THEN p.html_url || '/files' ELSE p.html_url END, "
                           "%2, h.filename, h.line, h.signal_id ")
                    .arg(points.arg(QStringLiteral("lc.value")), at)
                + from(QStringLiteral("JOIN signal_hits h ON h.id = lc.item JOIN pull_requests p ON p.id = h.pr_id"),
                    ContributionKind::SignalHit) },
    };
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    for (const Query &query : queries) {
        if (!q.prepare(query.sql))
            return R::failure(store::Database::describe(q.lastError()));
        q.bindValue(QStringLiteral(":now"), m_now.toString(Qt::ISODate));
        if (!q.exec())
            return R::failure(store::Database::describe(q.lastError()));
        while (q.next()) {
            Evidence e;
            e.part = query.part;
            e.userIdHint = q.value(0).toLongLong();
            e.points = q.value(1).toDouble();
            e.label = q.value(2).toString();
            e.url = q.value(3).toString();
            e.happenedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
            e.filename = q.value(5).toString();
            e.line = q.value(6).toInt();
            e.signalId = q.value(7).toString();
            out.append(e);
        }
    }
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
    std::stable_sort(out.begin(), out.end(), [](const Evidence &a, const Evidence &b) { return std::abs(a.points) > std::abs(b.points); });
    return out;
}

QString Ranker::scoredFor(const RoleLayer &layer) const
{
    QString key = m_now.toString(Qt::ISODate) + QLatin1Char('|') + QString::number(m_evidenceDepth);
    for (auto it = layer.weights.cbegin(); it != layer.weights.cend(); ++it)
        key += QLatin1Char('|') + it.key() + QLatin1Char('=') + QString::number(it.value(), 'g', 17);
    return key;
}

Status Ranker::store(const RoleLayer &layer, const QList<CandidateScore> &scores, bool everyone)
{
    // Rows this run does not write are the people who no longer score; they
    // are told apart by computed_at, which must differ from the last run's.
    QDateTime stamp = ks::Clock::now();
    {
        store::SqlStatement last(m_db, QStringLiteral("SELECT scored_at FROM layer_contribution_state WHERE layer_id = ?1"));
        last.bind(1, layer.id);
        if (last.next()) {
            const QDateTime previous = QDateTime::fromString(last.text(0), Qt::ISODateWithMs);
            if (previous.isValid() && stamp <= previous)
                stamp = previous.addMSecs(1);
        }
    }
    const QString computed = stamp.toString(Qt::ISODateWithMs);
    const QString asOf = m_now.toString(Qt::ISODate);
    QElapsedTimer timer;
    timer.start();
    auto exec = [&](const QString &sql) {
        store::SqlStatement q(m_db, sql);
        q.bind(1, layer.id);
        return q.status().ok() ? q.exec() : q.status();
    };
    return m_db.write([&]() -> Status {
        // Rows are updated in place (cheaper than deleting and inserting
        // them again); the people who no longer score go afterwards.
        if (!everyone) {
            if (Status s = exec(QStringLiteral(
                    "DELETE FROM candidate_scores WHERE layer_id = ?1 AND user_id IN (SELECT user_id FROM temp.ks_touched)"));
                !s)
                return s;
        }
        store::SqlStatement insert(m_db,
            QStringLiteral(
                "INSERT INTO candidate_scores(layer_id, user_id, rank, score, parts, works_on, last_active, first_contribution, commits, "
                "pulls, "
                "reviews, review_comments, top_signals, top_evidence_url, computed_at, as_of) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                "strftime('%Y-%m-%dT%H:%M:%SZ', ?7), strftime('%Y-%m-%dT%H:%M:%SZ', ?8), ?9, ?10, ?11, ?12, ?13, NULL, ?14, ?15) "
                "ON CONFLICT (layer_id, user_id) DO UPDATE SET rank = excluded.rank, score = excluded.score, parts = excluded.parts, "
                "works_on = excluded.works_on, last_active = excluded.last_active, first_contribution = excluded.first_contribution, "
                "commits = excluded.commits, pulls = excluded.pulls, reviews = excluded.reviews, review_comments = "
                "excluded.review_comments, "
                "top_signals = excluded.top_signals, top_evidence_url = NULL, computed_at = excluded.computed_at, as_of = excluded.as_of"));
        if (!insert.status())
            return insert.status();
        // In id order, the order of the table's key: appending beats
        // inserting at random places by about two to one.
        QList<const CandidateScore *> byId;
        byId.reserve(scores.size());
        for (const CandidateScore &c : scores)
            byId.append(&c);
        std::sort(byId.begin(), byId.end(), [](const auto *a, const auto *b) { return a->userId < b->userId; });
        QByteArray parts, signalIds;
        for (const CandidateScore *person : std::as_const(byId)) {
            const CandidateScore &c = *person;
            // Hand-built JSON: part names and catalogue ids need no escaping.
            parts = "{";
            for (auto it = c.parts.cbegin(); it != c.parts.cend(); ++it) {
                if (parts.size() > 1)
                    parts += ',';
                parts += '"' + it.key().toLatin1() + "\":" + QByteArray::number(std::round(it.value() * 1000) / 1000, 'g', 10);
            }
            parts += '}';
            signalIds = "[";
            for (const QString &id : c.topSignals) {
                if (signalIds.size() > 1)
                    signalIds += ',';
                signalIds += '"' + id.toLatin1() + '"';
            }
            signalIds += ']';
            insert.bind(1, layer.id);
            insert.bind(2, c.userId);
            insert.bind(3, qint64(c.rank));
            insert.bind(4, c.score);
            insert.bindUtf8(5, parts);
            insert.bind(6, c.worksOn.isNull() ? QStringLiteral("") : c.worksOn);
            if (c.lastActive.isValid())
                insert.bind(7, LayerScorer::julianDay(c.lastActive));
            if (c.firstContribution.isValid())
                insert.bind(8, LayerScorer::julianDay(c.firstContribution));
            insert.bind(9, qint64(c.commits));
            insert.bind(10, qint64(c.pulls));
            insert.bind(11, qint64(c.reviews));
            insert.bind(12, qint64(c.reviewComments));
            insert.bindUtf8(13, signalIds);
            insert.bind(14, computed);
            insert.bind(15, asOf);
            if (Status s = insert.exec(); !s)
                return s;
        }
        if (everyone) {
            if (Status s = exec(QStringLiteral("DELETE FROM candidate_scores WHERE layer_id = ?1 AND computed_at <> '%1'").arg(computed));
                !s)
                return s;
        }
        qCDebug(lcRanker) << "wrote" << scores.size() << "scores in" << timer.restart() << "ms";
        // Ranks: everyone's were set above; after a partial update, renumber
        // everyone in the same order, writing only the ranks that moved.
        if (!everyone) {
            if (Status s = renumber(layer); !s)
                return s;
            qCDebug(lcRanker) << "renumbered in" << timer.restart() << "ms";
        }
        if (Status s = storeEvidence(layer); !s)
            return s;
        // What these scores were computed for, in the same transaction.
        store::SqlStatement state(
            m_db, QStringLiteral("UPDATE layer_contribution_state SET scored_for = ?2, scored_at = ?3 WHERE layer_id = ?1"));
        state.bind(1, layer.id);
        state.bind(2, scoredFor(layer));
        state.bind(3, computed);
        return state.exec();
    });
}

Status Ranker::renumber(const RoleLayer &layer)
{
    struct Row
    {
        qint64 user;
        qint64 rank;
        double score;
        QString login;
    };
    QList<Row> rows;
    {
        store::SqlStatement q(m_db,
            QStringLiteral("SELECT cs.user_id, cs.rank, cs.score, u.login FROM candidate_scores cs "
                           "JOIN github_users u ON u.id = cs.user_id WHERE cs.layer_id = ?1"));
        q.bind(1, layer.id);
        while (q.next())
            rows.append({ q.int64(0), q.int64(1), q.real(2), q.text(3) });
        if (!q.status())
            return q.status();
    }
    // The same order the full ranking sorts by.
    std::sort(
        rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.score != b.score ? a.score > b.score : a.login < b.login; });
    store::SqlStatement update(m_db, QStringLiteral("UPDATE candidate_scores SET rank = ?3 WHERE layer_id = ?1 AND user_id = ?2"));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i].rank == i + 1)
            continue;
        update.bind(1, layer.id);
        update.bind(2, rows[i].user);
        update.bind(3, qint64(i + 1));
        if (Status s = update.exec(); !s)
            return s;
    }
    return {};
}

Status Ranker::storeEvidence(const RoleLayer &layer)
{
    QElapsedTimer timer;
    timer.start();
    QList<qint64> top;
    {
        store::SqlStatement q(
            m_db, QStringLiteral("SELECT user_id FROM candidate_scores WHERE layer_id = ?1 ORDER BY score DESC, rank LIMIT ?2"));
        q.bind(1, layer.id);
        q.bind(2, qint64(m_evidenceDepth));
        while (q.next())
            top.append(q.int64(0));
        if (!q.status())
            return q.status();
    }
    const auto items = evidence(layer, top);
    if (!items)
        return Status::failure(items.error());
    QHash<qint64, QList<Evidence>> byUser;
    for (const Evidence &e : items.value())
        byUser[e.userIdHint].append(e);
    store::SqlStatement clear(m_db, QStringLiteral("DELETE FROM score_evidence WHERE layer_id = ?1"));
    store::SqlStatement unlink(
        m_db, QStringLiteral("UPDATE candidate_scores SET top_evidence_url = NULL WHERE layer_id = ?1 AND top_evidence_url IS NOT NULL"));
    clear.bind(1, layer.id);
    unlink.bind(1, layer.id);
    if (Status s = clear.exec(); !s)
        return s;
    if (Status s = unlink.exec(); !s)
        return s;
    store::SqlStatement link(
        m_db, QStringLiteral("UPDATE candidate_scores SET top_evidence_url = ?3 WHERE layer_id = ?1 AND user_id = ?2"));
    store::SqlStatement ev(m_db,
        QStringLiteral("INSERT INTO score_evidence(layer_id, user_id, part, points, label, url, filename, line, signal_id, happened_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!link.status())
        return link.status();
    if (!ev.status())
        return ev.status();
    for (qint64 user : std::as_const(top)) {
        const QList<Evidence> mine = byUser.value(user);
        if (mine.isEmpty())
            continue;
        link.bind(1, layer.id);
        link.bind(2, user);
        link.bind(3, mine.first().url);
        if (Status s = link.exec(); !s)
            return s;
        // Per part, the strongest items only.
        QHash<QString, int> perPart;
        for (const Evidence &e : mine) {
            if (++perPart[e.part] > 5)
                continue;
            ev.bind(1, layer.id);
            ev.bind(2, user);
            ev.bind(3, e.part);
            ev.bind(4, e.points);
            ev.bind(5, e.label);
            ev.bind(6, e.url);
            ev.bind(7, e.filename);
            ev.bind(8, qint64(e.line));
            ev.bind(9, e.signalId);
            ev.bind(10, e.happenedAt.toString(Qt::ISODate));
            if (Status s = ev.exec(); !s)
                return s;
        }
    }
    qCDebug(lcRanker) << "evidence for" << top.size() << "people in" << timer.elapsed() << "ms";
    return {};
}

Result<int> Ranker::rankLayer(const RoleLayer &layer)
{
    using R = Result<int>;
    QElapsedTimer timer;
    timer.start();
    // Three commits (contributions, scores, pruning) share one WAL
    // checkpoint at the end instead of one each.
    m_db.beginBulkWrites();
    const auto checkpoint = qScopeGuard([&] {
        QElapsedTimer own;
        own.start();
        m_db.endBulkWrites();
        qCDebug(lcRanker) << "checkpoint in" << own.elapsed() << "ms";
    });
    ContributionIndex index(m_db);
    if (Status s = index.refresh(layer); !s)
        return R::failure(s.error());
    m_lastRefresh = index.lastRefresh();
    qCDebug(lcRanker) << "contributions refreshed in" << timer.restart() << "ms" << (m_lastRefresh.rebuilt ? "(rebuilt)" : "");
    // Scored before for this "now" and these weights: only the people whose
    // contributions changed need scoring again.
    const QString scoredFor = this->scoredFor(layer);
    QString previous;
    {
        store::SqlStatement q(m_db, QStringLiteral("SELECT scored_for FROM layer_contribution_state WHERE layer_id = ?1"));
        q.bind(1, layer.id);
        if (q.next())
            previous = q.text(0);
    }
    const bool everyone = m_lastRefresh.rebuilt || previous != scoredFor;
    m_lastScoredEveryone = everyone;
    const LayerScorer scorer(layer, m_now);
    auto scores = scorer.score(static_cast<sqlite3 *>(m_db.nativeHandle()), !everyone);
    if (!scores)
        return R::failure(scores.error());
    QList<CandidateScore> &ranked = scores.value();
    if (everyone) {
        std::sort(ranked.begin(), ranked.end(),
            [](const CandidateScore &a, const CandidateScore &b) { return a.score != b.score ? a.score > b.score : a.login < b.login; });
        for (qsizetype i = 0; i < ranked.size(); ++i)
            ranked[i].rank = int(i + 1);
    }
    qCDebug(lcRanker) << "scored" << ranked.size() << (everyone ? "people" : "touched people") << "in" << timer.restart() << "ms";
    if (Status s = store(layer, ranked, everyone); !s)
        return R::failure(s.error());
    qCDebug(lcRanker) << "stored in" << timer.restart() << "ms";
    if (Status s = index.prune(); !s)
        return R::failure(s.error());
    qCDebug(lcRanker) << "pruned in" << timer.restart() << "ms";
    store::SqlStatement count(m_db, QStringLiteral("SELECT count(*) FROM candidate_scores WHERE layer_id = ?1"));
    count.bind(1, layer.id);
    return count.next() ? R(int(count.int64(0))) : R::failure(count.status().error());
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
    if (Status s = ContributionIndex(m_db).describeLayer(layer); !s)
        return Result<QList<Evidence>>::failure(s.error());
    return evidence(layer, { userId });
}

} // namespace ks::scoring
