// SPDX-License-Identifier: MIT
#include "command.h"
#include "domain/clock.h"
#include "jobs/standings.h"
#include "sources/apiorigin.h"
#include "store/database.h"
#include "store/tokenstore.h"
#include "sync/githubsettings.h"
#include "sync/githubsync.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>
#include <atomic>
#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define KS_ISATTY _isatty
#define KS_FILENO _fileno
#else
#include <unistd.h>
#define KS_ISATTY isatty
#define KS_FILENO fileno
#endif

namespace ks::cli {
namespace {

std::atomic<bool> interrupted { false };

extern "C" void onInterrupt(int)
{
    interrupted = true;
    std::signal(SIGINT, SIG_DFL); // a second Ctrl-C ends the process at once
}

QString progressLine(const sync::SyncProgress &p)
{
    QString pages;
    if (p.pagesDone > 0)
        pages = p.pagesTotal > 0 ? QStringLiteral(" page %1/%2").arg(p.pagesDone).arg(p.pagesTotal)
                                 : QStringLiteral(" page %1").arg(p.pagesDone);
    QString budget;
    if (p.rate.known())
        budget = tr(", budget %1/%2").arg(p.rate.remaining).arg(p.rate.limit);
    const int width = 20;
    const int filled = p.repoCount > 0 ? width * p.repoIndex / p.repoCount : 0;
    const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
    return QStringLiteral("[%1] %2/%3 %4 %5%6 | %7 requests, %8 not modified%9")
        .arg(bar)
        .arg(std::min(p.repoIndex + 1, p.repoCount))
        .arg(p.repoCount)
        .arg(p.repo, p.stage, pages)
        .arg(p.requests)
        .arg(p.notModified)
        .arg(budget);
}

} // namespace

int runSync(const Command &c)
{
    if (!c.args.isEmpty())
        return c.usage(tr("usage: kernelscout sync [--layer ID] [--repo OWNER/NAME] [--since DATE] [--github-api URL] [--max-requests N] "
                          "[--token-env VAR]"));
    sync::SyncOptions options;
    options.layer = c.parser.value(QStringLiteral("layer"));
    options.repo = c.parser.value(QStringLiteral("repo"));
    const QString api
        = c.parser.isSet(QStringLiteral("github-api")) ? c.parser.value(QStringLiteral("github-api")) : sync::githubsettings::apiRoot();
    const auto root = sources::ApiOrigin::parseRoot(api);
    if (!root)
        return c.usage(tr("--github-api: %1").arg(root.error()));
    options.apiRoot = root.value();
    if (!c.dateOption(QStringLiteral("since"), options.since))
        return UsageError;
    if (c.parser.isSet(QStringLiteral("max-requests"))) {
        bool ok = false;
        options.maxRequests = c.parser.value(QStringLiteral("max-requests")).toInt(&ok);
        if (!ok || options.maxRequests <= 0)
            return c.usage(tr("--max-requests takes a positive number."));
    }
    const QString tokenVariable
        = c.parser.isSet(QStringLiteral("token-env")) ? c.parser.value(QStringLiteral("token-env")) : QStringLiteral("GITHUB_TOKEN");
    options.caBundle
        = c.parser.isSet(QStringLiteral("ca-bundle")) ? c.parser.value(QStringLiteral("ca-bundle")) : sync::githubsettings::caBundle();

    store::Database db;
    if (!c.openDatabase(db))
        return Failure;
    const auto estimate = sync::GitHubSync(db, options).estimate();
    if (!estimate)
        return c.fail(estimate.error());

    const bool terminal = KS_ISATTY(KS_FILENO(stderr));
    QTextStream err(stderr);
    const sync::SyncEstimate &e = estimate.value();
    err << tr("Plan: %1 repositories, %2 listings (%3 never synced, their size is known after their first page), "
              "%4 pull requests to read, %5 profiles; at least %6 requests.")
               .arg(e.repos)
               .arg(e.listings)
               .arg(e.listingsNeverDone)
               .arg(e.pullsPending)
               .arg(e.profilesPending)
               .arg(e.minimumRequests())
        << '\n';
    err.flush();

    interrupted = false;
    std::signal(SIGINT, onInterrupt);
    std::unique_ptr<sync::GitHubSync> engine;
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &interruptPoll, [&] {
        if (interrupted.exchange(false)) {
            err << '\n' << tr("Cancelling: finishing the current page, nothing half-stored…") << '\n';
            err.flush();
            if (engine)
                engine->cancel();
            else
                QCoreApplication::exit(130);
        }
    });
    interruptPoll.start(100);

    // While paused for GitHub's limits, the progress line counts down.
    QDateTime waitingUntil;
    QString waitingWhy;
    QTimer countdown;
    countdown.setInterval(1000);
    QObject::connect(&countdown, &QTimer::timeout, &countdown, [&] {
        const qint64 left = ks::Clock::now().secsTo(waitingUntil);
        if (left <= 0)
            return countdown.stop();
        if (terminal) {
            err << '\r'
                << tr("%1: resuming in %2:%3").arg(waitingWhy).arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')).leftJustified(160);
            err.flush();
        }
    });

    sync::SyncSummary summary;
    store::KeychainTokenStore keychain;
    const QString host = options.apiRoot.host();
    store::resolveToken(keychain, host, tokenVariable, [&](const QByteArray &token, const QString &note) {
        if (engine)
            return;
        options.token = token;
        if (token.isEmpty()) {
            if (!note.isEmpty())
                err << note << '\n';
            err << tr("No token (neither %1 nor one saved in Settings): GitHub allows 60 requests an hour without one, enough for a small "
                      "repository only.")
                       .arg(tokenVariable)
                << '\n';
            err.flush();
        }
        engine = std::make_unique<sync::GitHubSync>(db, options);
        QObject::connect(engine.get(), &sync::GitHubSync::progress, engine.get(), [&](const sync::SyncProgress &p) {
            if (p.waitingUntil.isValid()) {
                waitingUntil = p.waitingUntil;
                waitingWhy = Output::printable(p.stage);
                countdown.start();
                if (!terminal) {
                    err << tr("%1: waiting until %2").arg(waitingWhy, p.waitingUntil.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                        << '\n';
                    err.flush();
                }
                return;
            }
            countdown.stop();
            if (terminal && !p.repo.isEmpty()) {
                err << '\r' << Output::printable(progressLine(p)).left(160).leftJustified(160);
                err.flush();
            }
        });
        QObject::connect(engine.get(), &sync::GitHubSync::repoFinished, engine.get(), [&](const QString &repo, const QString &error) {
            if (terminal)
                err << '\r' << QString(160, QLatin1Char(' ')) << '\r';
            err << (error.isEmpty() ? tr("synced %1").arg(repo) : tr("FAILED %1: %2").arg(repo, Output::printable(error))) << '\n';
            err.flush();
        });
        QObject::connect(engine.get(), &sync::GitHubSync::finished, engine.get(), [&](const sync::SyncSummary &s) {
            summary = s;
            QCoreApplication::quit();
        });
        engine->start();
    });
    const int loop = QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    // Scores follow the data: scan what is new and re-rank every layer.
    if (engine && !summary.cancelled) {
        const auto ranked = jobs::updateStandings(db);
        if (ranked)
            summary.ranked = ranked.value();
        else
            summary.rankingError = ranked.error();
    }
    if (!engine && loop == 130) {
        c.out.error(tr("cancelled before the sync started."));
        return 130;
    }

    if (c.out.isJson()) {
        QJsonObject errors;
        for (auto it = summary.errors.cbegin(); it != summary.errors.cend(); ++it)
            errors.insert(it.key(), it.value());
        c.out.json(QJsonObject { { QStringLiteral("requests"), summary.requests }, { QStringLiteral("notModified"), summary.notModified },
            { QStringLiteral("itemsNew"), summary.itemsNew }, { QStringLiteral("itemsUpdated"), summary.itemsUpdated },
            { QStringLiteral("reposSynced"), summary.reposSynced },
            { QStringLiteral("failedRepos"), QJsonArray::fromStringList(summary.failedRepos) }, { QStringLiteral("errors"), errors },
            { QStringLiteral("cancelled"), summary.cancelled }, { QStringLiteral("stoppedAtLimit"), summary.stoppedAtLimit },
            { QStringLiteral("seconds"), summary.milliseconds / 1000.0 }, { QStringLiteral("rateRemaining"), summary.rate.remaining },
            { QStringLiteral("ranked"), summary.ranked } });
    } else {
        c.out.line(tr("Synced %1 of %2 repositories in %3 s: %4 requests, %5 not modified (free), %6 new items, %7 updated.")
                .arg(summary.reposSynced)
                .arg(summary.reposSynced + summary.failedRepos.size())
                .arg(summary.milliseconds / 1000.0, 0, 'f', 1)
                .arg(summary.requests)
                .arg(summary.notModified)
                .arg(summary.itemsNew)
                .arg(summary.itemsUpdated));
        if (summary.ranked >= 0)
            c.out.line(tr("Ranked %1 people across the layers; see 'kernelscout candidates --layer ID'.").arg(summary.ranked));
        if (summary.rate.known())
            c.out.line(tr("GitHub budget left: %1 of %2, resets at %3.")
                    .arg(summary.rate.remaining)
                    .arg(summary.rate.limit)
                    .arg(summary.rate.reset.toLocalTime().toString(QStringLiteral("HH:mm"))));
    }
    if (!summary.rankingError.isEmpty())
        c.out.error(tr("the data synced, but ranking failed: %1").arg(summary.rankingError));
    if (summary.cancelled) {
        c.out.error(tr("cancelled; run the same command again to resume where it stopped."));
        return 130;
    }
    if (!summary.failedRepos.isEmpty()) {
        QStringList named;
        for (const QString &repo : std::as_const(summary.failedRepos))
            named.append(QStringLiteral("%1 (%2)").arg(repo, summary.errors.value(repo)));
        c.out.error(tr("not synced: %1").arg(named.join(QLatin1String("; "))));
        return summary.stoppedAtLimit ? 3 : Failure;
    }
    return Success;
}

} // namespace ks::cli
