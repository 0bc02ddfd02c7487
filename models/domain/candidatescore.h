// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QMap>
#include <QStringList>

namespace ks::scoring {

// One item behind a part of a score: a PR, a review comment, a signal in a
// file at a line. What "why ranked" lists and links to.
struct Evidence
{
    QString part;
    double points = 0;
    QString label;
    QString url;
    QString filename;
    int line = 0;
    QString signalId;
    QDateTime happenedAt;
    qint64 userIdHint = 0; // whose evidence, while it is being collected
};

// A person's standing for one layer. `parts` sum to `score`.
struct CandidateScore
{
    qint64 userId = 0;
    QString login;
    QString name;
    int rank = 0;
    double score = 0;
    QMap<QString, double> parts;
    QString worksOn;
    QDateTime lastActive;
    QDateTime firstContribution;
    int commits = 0, pulls = 0, reviews = 0, reviewComments = 0;
    QStringList topSignals;
    QString topEvidenceUrl;
    QList<Evidence> evidence;

    // From the person's profile (people/PersonProfiler), when derived.
    QString countryCode, region, company;
    bool reachable = false;
    QString excluded; // why an imported list excludes them, or empty
};

} // namespace ks::scoring
