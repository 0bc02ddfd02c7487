// SPDX-License-Identifier: MIT
#include "scorestore.h"

#include "contributionkind.h"
#include "database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace ks::store {
namespace {

const QString Columns = QStringLiteral(
    "s.user_id, u.login, coalesce(u.name, ''), s.rank, s.score, s.parts, s.works_on, s.last_active, s.first_contribution, s.commits, "
    "s.pulls, s.reviews, s.review_comments, s.top_signals, s.top_evidence_url, coalesce(p.country_code, ''), coalesce(p.region, ''), "
    "coalesce(p.company, ''), coalesce(p.reachable, 0), coalesce(p.excluded, '')");

const QString From
    = QStringLiteral("candidate_scores s JOIN github_users u ON u.id = s.user_id LEFT JOIN person_profiles p ON p.user_id = s.user_id");

scoring::CandidateScore fromRow(const QSqlQuery &q)
{
    scoring::CandidateScore c;
    c.userId = q.value(0).toLongLong();
    c.login = q.value(1).toString();
    c.name = q.value(2).toString();
    c.rank = q.value(3).toInt();
    c.score = q.value(4).toDouble();
    const QJsonObject parts = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    for (auto it = parts.begin(); it != parts.end(); ++it)
        c.parts.insert(it.key(), it.value().toDouble());
    c.worksOn = q.value(6).toString();
    c.lastActive = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    c.firstContribution = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    c.commits = q.value(9).toInt();
    c.pulls = q.value(10).toInt();
    c.reviews = q.value(11).toInt();
    c.reviewComments = q.value(12).toInt();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array())
        c.topSignals.append(v.toString());
    c.topEvidenceUrl = q.value(14).toString();
    c.countryCode = q.value(15).toString();
    c.region = q.value(16).toString();
    c.company = q.value(17).toString();
    c.reachable = q.value(18).toBool();
    c.excluded = q.value(19).toString();
    return c;
}

} // namespace

ScoreStore::ScoreStore(Database &db)
    : m_db(db)
{ }

Result<QList<scoring::CandidateScore>> ScoreStore::top(qint64 layerId, int limit, const CandidateFilter &filter) const
{
    // Every value is bound; only the shape of the WHERE clause varies.
    QStringList where { QStringLiteral("s.layer_id = ?") };
    QVariantList binds { layerId };
    auto anyOf = [&](const QString &column, const QStringList &values, bool negate) {
        if (values.isEmpty())
            return;
        QStringList marks;
        for (const QString &v : values) {
            marks.append(QStringLiteral("?"));
            binds.append(v.trimmed().toLower());
        }
        where.append(QStringLiteral("%1lower(coalesce(%2, '')) IN (%3)")
                .arg(negate ? QStringLiteral("NOT ") : QString(), column, marks.join(QLatin1Char(','))));
    };
    if (filter.activeSince.isValid()) {
        where.append(QStringLiteral("s.last_active >= ?"));
        binds.append(filter.activeSince.toString(Qt::ISODate));
    }
    anyOf(QStringLiteral("p.region"), filter.regions, false);
    anyOf(QStringLiteral("p.country_code"), filter.countries, false);
    anyOf(QStringLiteral("p.company"), filter.companies, false);
    anyOf(QStringLiteral("p.company"), filter.notCompanies, true);
    if (filter.reachableOnly)
        where.append(QStringLiteral("p.reachable = 1"));
    if (!filter.includeExcluded)
        where.append(QStringLiteral("p.excluded IS NULL"));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY s.score DESC, s.rank LIMIT ?")
            .arg(Columns, From, where.join(QLatin1String(" AND "))));
    binds.append(limit);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return Result<QList<scoring::CandidateScore>>::failure(Database::describe(q.lastError()));
    QList<scoring::CandidateScore> rows;
    while (q.next())
        rows.append(fromRow(q));
    return rows;
}

Result<scoring::CandidateScore> ScoreStore::person(qint64 layerId, const QString &login) const
{
    using R = Result<scoring::CandidateScore>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE s.layer_id = ? AND u.login = ? COLLATE NOCASE").arg(Columns, From));
    q.addBindValue(layerId);
    q.addBindValue(login);
    if (!q.exec())
        return R::failure(Database::describe(q.lastError()));
    if (!q.next())
        return R::failure(QCoreApplication::translate("ks::store::ScoreStore",
            "%1 is not ranked for this layer: no work of theirs in its mapped paths has been synced, "
            "or it is a machine account.")
                .arg(login.left(80)));
    scoring::CandidateScore c = fromRow(q);
    QSqlQuery e(m_db.connection());
    e.prepare(QStringLiteral("SELECT part, points, label, url, filename, line, signal_id, happened_at FROM score_evidence "
                             "WHERE layer_id = ? AND user_id = ? ORDER BY rowid"));
    e.addBindValue(layerId);
    e.addBindValue(c.userId);
    if (!e.exec())
        return R::failure(Database::describe(e.lastError()));
    while (e.next())
        c.evidence.append({ e.value(0).toString(), e.value(1).toDouble(), e.value(2).toString(), e.value(3).toString(),
            e.value(4).toString(), e.value(5).toInt(), e.value(6).toString(), QDateTime::fromString(e.value(7).toString(), Qt::ISODate) });
    return c;
}

bool ScoreStore::isCurrent(qint64 layerId, const QDateTime &asOf) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT coalesce((SELECT scored_at FROM layer_contribution_state WHERE layer_id = :layer), "
                             "                (SELECT max(computed_at) FROM candidate_scores WHERE layer_id = :layer)), "
                             "       (SELECT max(as_of) FROM candidate_scores WHERE layer_id = :layer), "
                             "       (SELECT max(finished_at) FROM sync_runs), "
                             "       (SELECT updated_at FROM layers WHERE id = :layer), "
                             "       EXISTS (SELECT 1 FROM pr_files WHERE scanned_at IS NULL AND patch IS NOT NULL) "
                             "    OR EXISTS (SELECT 1 FROM review_comments WHERE scanned_at IS NULL)"));
    q.bindValue(QStringLiteral(":layer"), layerId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return false;
    const QString computed = q.value(0).toString();
    if (asOf.isValid() && q.value(1).toString() != asOf.toString(Qt::ISODate))
        return false;
    if (!q.value(2).isNull() && q.value(2).toString() > computed)
        return false;
    if (!q.value(3).isNull() && q.value(3).toString() > computed)
        return false;
    return !q.value(4).toBool();
}

QDateTime ScoreStore::asOf(qint64 layerId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT max(as_of) FROM candidate_scores WHERE layer_id = ?"));
    q.addBindValue(layerId);
    return q.exec() && q.next() ? QDateTime::fromString(q.value(0).toString(), Qt::ISODate) : QDateTime();
}

Result<QList<ScoreStore::Month>> ScoreStore::activity(qint64 layerId, qint64 userId, int months, const QDate &until) const
{
    using R = Result<QList<Month>>;
    QList<Month> out;
    const QDate last(until.year(), until.month(), 1);
    for (int i = months - 1; i >= 0; --i)
        out.append({ last.addMonths(-i) });
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT strftime('%Y-%m', at), kind, count(*) FROM layer_contributions "
                             "WHERE layer_id = ? AND user_id = ? AND kind NOT IN (%1, %2) AND at >= julianday(?) AND at < julianday(?) "
                             "GROUP BY 1, 2")
            .arg(sqlValue(ContributionKind::Merge))
            .arg(sqlValue(ContributionKind::SignalHit)));
    q.addBindValue(layerId);
    q.addBindValue(userId);
    q.addBindValue(out.first().month.toString(Qt::ISODate));
    q.addBindValue(last.addMonths(1).toString(Qt::ISODate));
    if (!q.exec())
        return R::failure(Database::describe(q.lastError()));
    while (q.next()) {
        const QDate month = QDate::fromString(q.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        for (Month &m : out) {
            if (m.month != month)
                continue;
            const int n = q.value(2).toInt();
            switch (ContributionKind(q.value(1).toInt())) {
            case ContributionKind::AuthoredPull:
                m.pulls += n;
                break;
            case ContributionKind::Commit:
                m.commits += n;
                break;
            case ContributionKind::ReviewComment:
                m.reviewComments += n;
                break;
            case ContributionKind::Review:
                m.reviews += n;
                break;
            case ContributionKind::Merge:
            case ContributionKind::SignalHit:
                break;
            }
        }
    }
    return out;
}

} // namespace ks::store
