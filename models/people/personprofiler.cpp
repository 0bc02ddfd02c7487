// SPDX-License-Identifier: MIT
#include "personprofiler.h"

#include "companydirectory.h"
#include "domain/clock.h"
#include "employerresolver.h"
#include "exclusionlist.h"
#include "locationresolver.h"
#include "store/database.h"
#include "store/sqlstatement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QUrl>

namespace ks::people {
namespace {

// This file's messages, in one translation context lupdate can read.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ks::people::PersonProfiler)
};

struct Channel
{
    QString kind, value, detail, sourceUrl, fetchedAt;
};

struct CommitAddress
{
    CommitEmail email;
    QString url, fetchedAt;
};

// The imported lists, folded for matching.
struct Lists
{
    QHash<QString, QString> staffLogins, staffEmails, staffCompanies, atsLogins, atsEmails, doNotPoach; // folded -> as written
    QString version;
};

Result<Lists> loadLists(store::Database &db)
{
    Lists lists;
    store::SqlStatement q(db,
        QStringLiteral("SELECT list, lower(coalesce(login, '')), lower(coalesce(email, '')), coalesce(company, ''), id "
                       "FROM exclusions ORDER BY id"));
    qint64 count = 0, last = 0;
    while (q.next()) {
        const QString list = q.text(0), login = q.text(1), email = q.text(2), company = q.text(3);
        if (list == QLatin1String("staff")) {
            if (!login.isEmpty())
                lists.staffLogins.insert(login, login);
            if (!email.isEmpty())
                lists.staffEmails.insert(email, email);
            if (!company.isEmpty())
                lists.staffCompanies.insert(company.toLower(), company);
        } else if (list == QLatin1String("ats")) {
            if (!login.isEmpty())
                lists.atsLogins.insert(login, login);
            if (!email.isEmpty())
                lists.atsEmails.insert(email, email);
        } else if (!company.isEmpty()) {
            lists.doNotPoach.insert(company.toLower(), company);
        }
        ++count;
        last = q.int64(4);
    }
    if (!q.status())
        return Result<Lists>::failure(q.status().error());
    lists.version = QStringLiteral("%1:%2").arg(count).arg(last);
    return lists;
}

// Why an imported list excludes this person, or nothing.
QString exclusionReason(const Lists &lists, const QString &login, const QStringList &emails, const QString &company)
{
    const QString folded = login.toLower();
    if (lists.staffLogins.contains(folded))
        return Tr::tr("own staff (login)");
    for (const QString &e : emails) {
        if (lists.staffEmails.contains(e))
            return Tr::tr("own staff (e-mail %1)").arg(e);
    }
    if (!company.isEmpty() && lists.staffCompanies.contains(company.toLower()))
        return Tr::tr("own staff (works at %1)").arg(company);
    if (lists.atsLogins.contains(folded))
        return Tr::tr("in the ATS (login)");
    for (const QString &e : emails) {
        if (lists.atsEmails.contains(e))
            return Tr::tr("in the ATS (e-mail %1)").arg(e);
    }
    if (!company.isEmpty() && lists.doNotPoach.contains(company.toLower()))
        return Tr::tr("do not poach: %1").arg(company);
    return {};
}

// A blog field as a link: "example.dev" -> "https://example.dev"; anything
// that is not a web address is dropped.
QString blogUrl(const QString &blog)
{
    QString b = blog.trimmed();
    if (b.isEmpty() || b.size() > 300)
        return {};
    if (!b.contains(QLatin1String("://")))
        b.prepend(QLatin1String("https://"));
    const QUrl url(b, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || !url.host().contains(QLatin1Char('.')))
        return {};
    return url.toString();
}

} // namespace

PersonProfiler::PersonProfiler(store::Database &db)
    : m_db(db)
{ }

Result<int> PersonProfiler::refresh()
{
    using R = Result<int>;
    const auto lists = loadLists(m_db);
    if (!lists)
        return R::failure(lists.error());
    const CompanyDirectory &directory = CompanyDirectory::standard();
    const LocationResolver locations;

    // Who: everyone ranked in some layer, and anyone corrected by hand.
    const QString people = QStringLiteral("(SELECT user_id FROM candidate_scores UNION SELECT user_id FROM person_overrides)");
    QHash<qint64, QList<CommitAddress>> commitEmails;
    {
        // SQLite fills the bare columns from the row with the max(): the latest commit's link.
        store::SqlStatement q(m_db,
            QStringLiteral("SELECT author_id, lower(trim(author_email)), count(*), max(committed_at), html_url, fetched_at "
                           "FROM commits WHERE author_id IN %1 AND author_email LIKE '%@%' "
                           "GROUP BY author_id, lower(trim(author_email))")
                .arg(people));
        while (q.next()) {
            CommitAddress a;
            a.email.email = q.text(1);
            a.email.commits = int(q.int64(2));
            a.email.latest = QDateTime::fromString(q.text(3), Qt::ISODate);
            a.url = q.text(4);
            a.fetchedAt = q.text(5);
            commitEmails[q.int64(0)].append(a);
        }
        if (!q.status())
            return R::failure(q.status().error());
    }

    struct Row
    {
        qint64 user;
        QString key, locationText, countryCode, country, region, locationReason, locationSource, company, companySource, companyEvidence;
        double locationConfidence = 0, companyConfidence = 0;
        bool reachable = false;
        QString excluded;
        QList<Channel> channels;
    };
    QList<Row> changed;
    store::SqlStatement q(m_db,
        QStringLiteral(
            "SELECT u.id, u.login, coalesce(u.company, ''), coalesce(u.location, ''), coalesce(u.email, ''), coalesce(u.blog, ''), "
            "coalesce(u.twitter_username, ''), coalesce(u.profile_source_url, ''), coalesce(u.profile_fetched_at, ''), "
            "coalesce(o.country_code, ''), coalesce(o.company, ''), coalesce(o.updated_at, ''), coalesce(p.inputs_key, '') "
            "FROM github_users u LEFT JOIN person_overrides o ON o.user_id = u.id LEFT JOIN person_profiles p ON p.user_id = u.id "
            "WHERE u.id IN %1")
            .arg(people));
    while (q.next()) {
        Row row;
        row.user = q.int64(0);
        const QString login = q.text(1), companyText = q.text(2), profileEmail = q.text(4).trimmed().toLower(), blog = q.text(5),
                      twitter = q.text(6), profileUrl = q.text(7), profileFetched = q.text(8), overrideCountry = q.text(9),
                      overrideCompany = q.text(10);
        row.locationText = q.text(3);
        const QList<CommitAddress> addresses = commitEmails.value(row.user);
        // Everything the result depends on, digested: unchanged people are skipped.
        QCryptographicHash digest(QCryptographicHash::Sha1);
        for (int i = 1; i <= 11; ++i)
            digest.addData(q.text(i).toUtf8() + '\x1f');
        for (const CommitAddress &a : addresses)
            digest.addData((a.email.email + QString::number(a.email.commits) + a.email.latest.toString(Qt::ISODate)).toUtf8() + '\x1f');
        digest.addData(lists->version.toUtf8());
        row.key = QString::fromLatin1(digest.result().toHex());
        if (row.key == q.text(12))
            continue;

        const Place place = overrideCountry.isEmpty() ? locations.resolve(row.locationText) : locations.forCountryCode(overrideCountry);
        row.countryCode = place.countryCode;
        row.country = place.country;
        row.region = place.region;
        row.locationConfidence = place.confidence;
        row.locationReason = place.reason;
        row.locationSource = overrideCountry.isEmpty() ? Tr::tr("profile") : Tr::tr("set by hand");

        QList<CommitEmail> emails;
        QStringList allEmails;
        if (!profileEmail.isEmpty()) {
            allEmails.append(profileEmail);
            row.channels.append({ QStringLiteral("email"), profileEmail, Tr::tr("public profile e-mail"), profileUrl, profileFetched });
        }
        for (const CommitAddress &a : addresses) {
            emails.append(a.email);
            allEmails.append(a.email.email);
            if (directory.isNoReply(a.email.email) || a.email.email == profileEmail)
                continue;
            row.channels.append({ QStringLiteral("commit_email"), a.email.email,
                QCoreApplication::translate("ks::people::PersonProfiler", "%n commit(s), latest %1", nullptr, a.email.commits)
                    .arg(a.email.latest.date().toString(Qt::ISODate)),
                a.url, a.fetchedAt });
        }
        if (const QString url = blogUrl(blog); !url.isEmpty())
            row.channels.append({ QStringLiteral("blog"), url, Tr::tr("profile website"), profileUrl, profileFetched });
        if (!twitter.trimmed().isEmpty())
            row.channels.append(
                { QStringLiteral("twitter"), twitter.trimmed().left(50), Tr::tr("profile X/Twitter handle"), profileUrl, profileFetched });
        for (const Channel &c : std::as_const(row.channels)) {
            if (c.kind != QLatin1String("blog"))
                row.reachable = true; // a website alone is not a way to write to someone
        }

        if (!overrideCompany.isEmpty()) {
            row.company = overrideCompany;
            row.companySource = Tr::tr("set by hand");
            row.companyConfidence = 1;
        } else {
            const Employer employer = resolveEmployer(companyText, emails, directory);
            row.company = employer.name;
            row.companySource = employer.source;
            row.companyEvidence = employer.evidence;
            row.companyConfidence = employer.confidence;
        }
        row.excluded = exclusionReason(lists.value(), login, allEmails, row.company);
        changed.append(row);
    }
    if (!q.status())
        return R::failure(q.status().error());
    q.reset();
    if (changed.isEmpty())
        return 0;

    const QString now = ks::Clock::now().toString(Qt::ISODate);
    const Status written = m_db.write([&]() -> Status {
        store::SqlStatement profile(m_db,
            QStringLiteral("INSERT OR REPLACE INTO person_profiles(user_id, location_text, country_code, country, region, "
                           "location_confidence, location_reason, "
                           "location_source, company, company_source, company_evidence, company_confidence, reachable, excluded, "
                           "inputs_key, computed_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"));
        store::SqlStatement clear(m_db, QStringLiteral("DELETE FROM contact_channels WHERE user_id = ?1"));
        store::SqlStatement channel(m_db,
            QStringLiteral("INSERT OR IGNORE INTO contact_channels(user_id, kind, value, detail, source_url, fetched_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
        for (const auto *statement : { &profile, &clear, &channel }) {
            if (!statement->status())
                return statement->status();
        }
        auto text = [](const QString &s) { return s.isEmpty() ? QString() : s; }; // empty -> NULL
        for (const Row &row : std::as_const(changed)) {
            profile.bind(1, row.user);
            profile.bind(2, text(row.locationText));
            profile.bind(3, text(row.countryCode));
            profile.bind(4, text(row.country));
            profile.bind(5, text(row.region));
            profile.bind(6, row.locationConfidence);
            profile.bind(7, text(row.locationReason));
            profile.bind(8, row.locationSource);
            profile.bind(9, text(row.company));
            profile.bind(10, text(row.companySource));
            profile.bind(11, text(row.companyEvidence));
            profile.bind(12, row.companyConfidence);
            profile.bind(13, qint64(row.reachable));
            profile.bind(14, text(row.excluded));
            profile.bind(15, row.key);
            profile.bind(16, now);
            if (Status s = profile.exec(); !s)
                return s;
            clear.bind(1, row.user);
            if (Status s = clear.exec(); !s)
                return s;
            for (const Channel &c : row.channels) {
                channel.bind(1, row.user);
                channel.bind(2, c.kind);
                channel.bind(3, c.value);
                channel.bind(4, text(c.detail));
                channel.bind(5, text(c.sourceUrl));
                channel.bind(6, text(c.fetchedAt));
                if (Status s = channel.exec(); !s)
                    return s;
            }
        }
        return {};
    });
    if (!written)
        return R::failure(written.error());
    return int(changed.size());
}

} // namespace ks::people
