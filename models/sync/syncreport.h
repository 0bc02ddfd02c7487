// SPDX-License-Identifier: MIT
#pragma once

#include "sources/github/githubresponse.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ks::sync {

// Where a sync is, for the status bar, the sync panel and the CLI's progress
// line. A value: it crosses from the worker thread by queued signals.
struct SyncProgress
{
    QString repo; // "owner/name", empty between repositories
    QString stage; // human text: "commits under mlir", "pull request #123", ...
    int pagesDone = 0; // of the current listing
    int pagesTotal = 0; // from rel="last"; 0 when unknown
    int repoIndex = 0;
    int repoCount = 0;
    int requests = 0; // counted against the budget so far
    int notModified = 0;
    int itemsNew = 0;
    int itemsUpdated = 0;
    github::RateLimit rate;
    QDateTime waitingUntil; // set when a pause (rate limit, backoff) begins
    int retries = 0;
};

struct SyncSummary
{
    int requests = 0; // requests that cost budget (everything but 304)
    int notModified = 0; // 304s: free, and the stored data was current
    int itemsNew = 0;
    int itemsUpdated = 0;
    int reposSynced = 0;
    QStringList failedRepos;
    QMap<QString, QString> errors; // repo -> message
    bool cancelled = false;
    bool stoppedAtLimit = false; // --max-requests reached
    int retries = 0; // transient failures retried
    int ranked = -1; // people ranked after the sync (-1: not run)
    QString rankingError;
    qint64 waitedMilliseconds = 0; // paused for rate limits and backoff
    qint64 milliseconds = 0;
    github::RateLimit rate;
    bool ok() const { return failedRepos.isEmpty() && !cancelled && !stoppedAtLimit; }
};

// Before a sync: what it will need, as far as the store can tell.
struct SyncEstimate
{
    int repos = 0;
    int listings = 0; // paginated walks: at least one page each
    int listingsNeverDone = 0; // first syncs: their size is unknown until page 1 says
    int knownPages = 0; // from the last completed walks' rel="last"
    int pullsPending = 0; // need files + reviews (about 2 requests each)
    int profilesPending = 0;
    int minimumRequests() const { return knownPages + listingsNeverDone + pullsPending * 2 + profilesPending; }
};

} // namespace ks::sync

Q_DECLARE_METATYPE(ks::sync::SyncProgress)
Q_DECLARE_METATYPE(ks::sync::SyncSummary)
