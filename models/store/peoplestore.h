// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace ks::store {

class Database;

// Everything held about one person, each fact with where it came from: what
// the `person` command and the pipeline's detail pane show.
struct PersonRecord
{
    qint64 userId = 0;
    QString login, name, profileUrl, avatarUrl, bio;
    QString profileSourceUrl;
    QDateTime profileFetchedAt;
    QString locationText, companyText;

    QString countryCode, country, region, locationReason, locationSource;
    double locationConfidence = 0;
    QString company, companySource, companyEvidence;
    double companyConfidence = 0;
    bool reachable = false;
    QString excluded;

    struct Channel
    {
        QString kind, value, detail, sourceUrl;
        QDateTime fetchedAt;
    };
    QList<Channel> channels;

    // Seniority cues, per layer the person is ranked in.
    struct Standing
    {
        QString layer, layerName;
        int rank = 0;
        double score = 0;
        QDateTime firstContribution, lastActive;
        int merges = 0, approvals = 0, repositories = 0;
        QString worksOn;
    };
    QList<Standing> standings;
};

class PeopleStore final
{
public:
    explicit PeopleStore(Database &db);

    Result<PersonRecord> find(const QString &login) const;
    // Who a GitHub id or a login is; id 0 when nobody in the workspace.
    struct Key
    {
        qint64 id = 0;
        QString login;
    };
    Result<Key> key(qint64 userId) const;
    Result<Key> key(const QString &login) const;
    // Hand corrections: an empty optional leaves that field as it is; an
    // empty string clears it. Both win over what the profile says.
    Status setOverride(qint64 userId, const std::optional<QString> &countryCode, const std::optional<QString> &company);
    Status clearOverride(qint64 userId);

private:
    Database &m_db;
};

} // namespace ks::store
