// SPDX-License-Identifier: MIT
#include "peoplestore.h"

#include "contributionkind.h"
#include "database.h"
#include "domain/clock.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ks::store {

PeopleStore::PeopleStore(Database &db)
    : m_db(db)
{ }

Result<PeopleStore::Key> PeopleStore::key(qint64 userId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, login FROM github_users WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return Result<Key>::failure(Database::describe(q.lastError()));
    return q.next() ? Key { q.value(0).toLongLong(), q.value(1).toString() } : Key {};
}

Result<PeopleStore::Key> PeopleStore::key(const QString &login) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, login FROM github_users WHERE login = ? COLLATE NOCASE"));
    q.addBindValue(login);
    if (!q.exec())
        return Result<Key>::failure(Database::describe(q.lastError()));
    return q.next() ? Key { q.value(0).toLongLong(), q.value(1).toString() } : Key {};
}

Result<PersonRecord> PeopleStore::find(const QString &login) const
{
    using R = Result<PersonRecord>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT u.id, u.login, coalesce(u.name, ''), coalesce(u.html_url, ''), coalesce(u.avatar_url, ''), coalesce(u.bio, ''), "
        "coalesce(u.profile_source_url, ''), coalesce(u.profile_fetched_at, ''), coalesce(u.location, ''), coalesce(u.company, ''), "
        "coalesce(p.country_code, ''), coalesce(p.country, ''), coalesce(p.region, ''), coalesce(p.location_reason, ''), "
        "coalesce(p.location_source, ''), coalesce(p.location_confidence, 0), coalesce(p.company, ''), coalesce(p.company_source, ''), "
        "coalesce(p.company_evidence, ''), coalesce(p.company_confidence, 0), coalesce(p.reachable, 0), coalesce(p.excluded, '') "
        "FROM github_users u LEFT JOIN person_profiles p ON p.user_id = u.id WHERE u.login = ? COLLATE NOCASE"));
    q.addBindValue(login);
    if (!q.exec())
        return R::failure(Database::describe(q.lastError()));
    if (!q.next())
        return R::failure(QCoreApplication::translate("ks::store::PeopleStore", "Nobody called %1 has been synced.").arg(login.left(80)));
    PersonRecord p;
    p.userId = q.value(0).toLongLong();
    p.login = q.value(1).toString();
    p.name = q.value(2).toString();
    p.profileUrl = q.value(3).toString();
    p.avatarUrl = q.value(4).toString();
    p.bio = q.value(5).toString();
    p.profileSourceUrl = q.value(6).toString();
    p.profileFetchedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    p.locationText = q.value(8).toString();
    p.companyText = q.value(9).toString();
    p.countryCode = q.value(10).toString();
    p.country = q.value(11).toString();
    p.region = q.value(12).toString();
    p.locationReason = q.value(13).toString();
    p.locationSource = q.value(14).toString();
    p.locationConfidence = q.value(15).toDouble();
    p.company = q.value(16).toString();
    p.companySource = q.value(17).toString();
    p.companyEvidence = q.value(18).toString();
    p.companyConfidence = q.value(19).toDouble();
    p.reachable = q.value(20).toBool();
    p.excluded = q.value(21).toString();

    q.prepare(QStringLiteral(
        "SELECT kind, value, coalesce(detail, ''), coalesce(source_url, ''), coalesce(fetched_at, '') FROM contact_channels "
        "WHERE user_id = ? ORDER BY CASE kind WHEN 'email' THEN 0 WHEN 'commit_email' THEN 1 WHEN 'twitter' THEN 2 ELSE 3 END, value"));
    q.addBindValue(p.userId);
    if (!q.exec())
        return R::failure(Database::describe(q.lastError()));
    while (q.next())
        p.channels.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            QDateTime::fromString(q.value(4).toString(), Qt::ISODate) });

    // Merges, approvals (reviews that carry maintainership points) and repositories worked in.
    q.prepare(QStringLiteral(
        "SELECT l.slug, l.name, s.rank, s.score, s.first_contribution, s.last_active, s.works_on, "
        "  (SELECT count(*) FROM layer_contributions c WHERE c.layer_id = s.layer_id AND c.user_id = s.user_id AND c.kind = %1), "
        "  (SELECT count(*) FROM layer_contributions c WHERE c.layer_id = s.layer_id AND c.user_id = s.user_id AND c.kind = %2 AND c.extra "
        "> 0), "
        "  (SELECT count(DISTINCT repo_id) FROM layer_contributions c WHERE c.layer_id = s.layer_id AND c.user_id = s.user_id AND c.kind "
        "<> %3) "
        // Layers first (a handful), then one primary-key lookup in each: scores
        // have no index by person alone, and scanning them took 150 ms at 100,000.
        "FROM layers l CROSS JOIN candidate_scores s ON s.layer_id = l.id WHERE s.user_id = ? ORDER BY l.position, l.id")
            .arg(sqlValue(ContributionKind::Merge))
            .arg(sqlValue(ContributionKind::Review))
            .arg(sqlValue(ContributionKind::SignalHit)));
    q.addBindValue(p.userId);
    if (!q.exec())
        return R::failure(Database::describe(q.lastError()));
    while (q.next()) {
        PersonRecord::Standing s;
        s.layer = q.value(0).toString();
        s.layerName = q.value(1).toString();
        s.rank = q.value(2).toInt();
        s.score = q.value(3).toDouble();
        s.firstContribution = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        s.lastActive = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        s.worksOn = q.value(6).toString();
        s.merges = q.value(7).toInt();
        s.approvals = q.value(8).toInt();
        s.repositories = q.value(9).toInt();
        p.standings.append(s);
    }
    return p;
}

Status PeopleStore::setOverride(qint64 userId, const std::optional<QString> &countryCode, const std::optional<QString> &company)
{
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO person_overrides(user_id, country_code, company, updated_at) VALUES (:user, :country, :company, :now) "
            "ON CONFLICT(user_id) DO UPDATE SET country_code = CASE WHEN :setCountry THEN excluded.country_code ELSE country_code END, "
            "company = CASE WHEN :setCompany THEN excluded.company ELSE company END, updated_at = excluded.updated_at"));
        auto orNull
            = [](const std::optional<QString> &v) { return v && !v->isEmpty() ? QVariant(*v) : QVariant(QMetaType::fromType<QString>()); };
        q.bindValue(QStringLiteral(":user"), userId);
        q.bindValue(QStringLiteral(":country"), orNull(countryCode));
        q.bindValue(QStringLiteral(":company"), orNull(company));
        q.bindValue(QStringLiteral(":now"), ks::Clock::now().toString(Qt::ISODate));
        q.bindValue(QStringLiteral(":setCountry"), countryCode.has_value());
        q.bindValue(QStringLiteral(":setCompany"), company.has_value());
        if (!q.exec())
            return Status::failure(Database::describe(q.lastError()));
        return {};
    });
}

Status PeopleStore::clearOverride(qint64 userId)
{
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM person_overrides WHERE user_id = ?"));
        q.addBindValue(userId);
        if (!q.exec())
            return Status::failure(Database::describe(q.lastError()));
        return {};
    });
}

} // namespace ks::store
