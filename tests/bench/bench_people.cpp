// SPDX-License-Identifier: MIT
// Benchmark: reading people's profiles.
//
//   bench_people [--smoke]
//
// 100,000 ranked people (--smoke: 2,000) with realistic locations, company
// fields and commit e-mails. Prints the time to derive every profile the
// first time (location, employer, contact channels, exclusions) and again
// when nothing changed, each against a plain SQL read of the same profile
// columns in the same run; and the cost of one location resolution.
#include "bench/benchutil.h"
#include "people/locationresolver.h"
#include "people/personprofiler.h"
#include "scoring/ranker.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "support/crowdedworkspace.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

using namespace ks;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = QCoreApplication::arguments().contains(QStringLiteral("--smoke"));
    const int people = smoke ? 2000 : 100000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    store::Database db;
    db.setChangePollInterval(0);
    if (!db.open(dir.filePath(QStringLiteral("people.sqlite"))).ok())
        return 1;
    RoleLayer layer;
    qint64 repo = 0;
    if (!test::addKernelLayer(db, QStringLiteral("kernels"), layer, repo).ok())
        return 1;

    const QDateTime now(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC);
    test::Crowd crowd;
    crowd.people = people;
    crowd.pulls = people * 2;
    crowd.comments = people;
    crowd.reviews = people;
    crowd.commits = people * 2;
    crowd.now = now;
    if (!test::fillCrowd(db, repo, crowd).ok())
        return 1;
    static const char *places[] = { "London, UK", "Cambridge, MA", "Cambridge", "Zürich", "San Francisco Bay Area", "München, Deutschland",
        "Beijing, China", "Bengaluru", "Seattle, WA", "Remote", "", "Toronto, ON", "Paris", "NYC / London", "Tokyo, Japan", "Tel Aviv",
        "Warsaw, Poland", "🌍", "Austin, TX", "Edinburgh, Scotland" };
    static const char *companies[] = { "@nvidia", "NVIDIA Corporation", "Google", "ex-Meta, now @openai", "", "Self-employed", "AMD",
        "Some Startup Ltd", "@pytorch @meta", "Microsoft Research" };
    static const char *domains[] = { "nvidia.com", "gmail.com", "amd.com", "google.com", "users.noreply.github.com", "example.org" };
    const Status filled = db.write([&]() -> Status {
        QSqlQuery u(db.connection()), c(db.connection());
        u.prepare(QStringLiteral(
            "UPDATE github_users SET location = ?, company = ?, email = ?, twitter_username = ?, "
            "profile_source_url = 'https://api.github.com/users/' || login, profile_fetched_at = '2026-10-01T00:00:00Z' WHERE id = ?"));
        c.prepare(QStringLiteral("UPDATE commits SET author_email = 'dev' || author_id || '@' || ? WHERE author_id = ?"));
        for (int i = 1; i <= people; ++i) {
            u.addBindValue(QString::fromUtf8(places[i % 20]));
            u.addBindValue(QString::fromUtf8(companies[i % 10]));
            u.addBindValue(i % 3 ? QVariant(QMetaType::fromType<QString>()) : QVariant(QStringLiteral("p%1@example.org").arg(i)));
            u.addBindValue(i % 7 ? QVariant(QMetaType::fromType<QString>()) : QVariant(QStringLiteral("h%1").arg(i)));
            u.addBindValue(i);
            c.addBindValue(QString::fromLatin1(domains[i % 6]));
            c.addBindValue(i);
            if (!u.exec() || !c.exec())
                return Status::failure(QStringLiteral("could not fill profiles"));
        }
        return {};
    });
    if (!filled)
        return 1;
    scoring::Ranker ranker(db);
    ranker.setNow(now);
    if (!ranker.rankLayer(layer).ok())
        return 1;
    out << "bench_people (" << (smoke ? "smoke" : "full") << "): " << people << " ranked people with profiles and commit e-mails\n";

    // Baseline: read the same profile columns and commit e-mails in plain SQL.
    const double baseline = bestOf(3, [&] {
        QSqlQuery r(db.connection());
        r.setForwardOnly(true);
        r.exec(QStringLiteral("SELECT u.id, u.login, u.company, u.location, u.email, u.blog, u.twitter_username FROM github_users u "
                              "WHERE u.id IN (SELECT user_id FROM candidate_scores)"));
        while (r.next()) { }
        r.exec(QStringLiteral(
            "SELECT author_id, lower(author_email), count(*), max(committed_at) FROM commits GROUP BY author_id, lower(author_email)"));
        while (r.next()) { }
    });
    people::PersonProfiler profiler(db);
    QElapsedTimer t;
    t.start();
    const auto first = profiler.refresh();
    const double firstMs = t.nsecsElapsed() / 1e6;
    t.restart();
    const auto again = profiler.refresh();
    const double againMs = t.nsecsElapsed() / 1e6;
    if (!first || !again) {
        out << "FAILED: " << (first ? again.error() : first.error()) << "\n";
        return 1;
    }
    out << QStringLiteral("  first derivation: %1 profiles in %2 ms | plain SQL read of the inputs %3 ms | ratio %4\n")
               .arg(first.value())
               .arg(firstMs, 0, 'f', 0)
               .arg(baseline, 0, 'f', 0)
               .arg(firstMs / baseline, 0, 'f', 2);
    out << QStringLiteral("  again, nothing changed: %1 profiles rewritten in %2 ms | ratio %3\n")
               .arg(again.value())
               .arg(againMs, 0, 'f', 0)
               .arg(againMs / baseline, 0, 'f', 2);

    const people::LocationResolver resolver;
    int known = 0;
    const int n = smoke ? 20000 : 200000;
    const double resolveMs = bestOf(3, [&] {
        known = 0;
        for (int i = 0; i < n; ++i)
            known += resolver.resolve(QString::fromUtf8(places[i % 20])).known() ? 1 : 0;
    });
    out << QStringLiteral("  location resolution: %1 µs each (%2 of %3 known)\n").arg(resolveMs * 1000 / n, 0, 'f', 2).arg(known).arg(n);
    return 0;
}
