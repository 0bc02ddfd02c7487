// SPDX-License-Identifier: MIT
// Benchmark: erasure, retention and subject reports on a big workspace.
//
//   bench_privacy [--smoke]
//
// 20,000 ranked people with 400,000 contributions (--smoke: 1,000 and
// 20,000). Prints the time to forget one person end to end (erase, redact,
// rebuild the search index, VACUUM, empty the WAL) against a bare VACUUM
// and checkpoint of the same file in the same run; the erase transaction
// alone; listing who is due under retention against counting everyone; and
// building one subject report.
#include "bench/benchutil.h"
#include "jobs/standings.h"
#include "privacy/forgetter.h"
#include "privacy/retention.h"
#include "privacy/subjectreport.h"
#include "store/database.h"
#include "store/erasurekey.h"
#include "store/suppressionlist.h"
#include "support/crowdedworkspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

using namespace ks;

namespace {

double elapsedMs(QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = QCoreApplication::arguments().contains(QStringLiteral("--smoke"));
    const int people = smoke ? 1000 : 20000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    qputenv("KERNELSCOUT_KEYS_DIR", QFile::encodeName(dir.filePath(QStringLiteral("keys"))));
    const QString path = dir.filePath(QStringLiteral("privacy.sqlite"));
    store::Database db;
    db.setChangePollInterval(0);
    RoleLayer layer;
    qint64 repo = 0;
    if (!db.open(path).ok() || !test::addKernelLayer(db, QStringLiteral("kernels"), layer, repo).ok())
        return 1;
    const QDateTime now(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC);
    const test::Crowd crowd = test::Crowd::ofSize(people, now);
    jobs::StandingsRequest request;
    request.now = now;
    if (!test::fillCrowd(db, repo, crowd).ok() || !jobs::updateStandings(db, request).ok())
        return 1;
    QSqlQuery q(db.connection());
    // Everyone was first and last met long ago, so retention has work to do.
    if (!q.exec(QStringLiteral("UPDATE github_users SET first_seen_at = '2024-01-01T00:00:00Z', seen_at = '2025-01-01T00:00:00Z'")))
        return 1;
    q.finish();
    out << "bench_privacy (" << (smoke ? "smoke" : "full") << "): " << people << " people, " << crowd.contributions() << " contributions, "
        << QFileInfo(path).size() / (1024 * 1024) << " MB\n";

    // The baseline: what compaction alone costs on this file.
    QElapsedTimer t;
    t.start();
    if (!q.exec(QStringLiteral("VACUUM")) || !q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return 1;
    q.finish();
    const double vacuum = elapsedMs(t);

    // The best-ranked people have the most to erase.
    QList<qint64> top;
    if (!q.exec(QStringLiteral("SELECT user_id FROM candidate_scores ORDER BY score DESC LIMIT 3")))
        return 1;
    while (q.next())
        top.append(q.value(0).toLongLong());
    q.finish();
    if (top.size() < 3)
        return 1;

    t.restart();
    const auto report = privacy::SubjectReport(db).build(top[0]);
    const double reportMs = elapsedMs(t);
    if (!report)
        return 1;

    t.restart();
    const auto whole = privacy::Forgetter(db).forget(top[0]);
    const double forgetMs = elapsedMs(t);
    if (!whole)
        return 1;
    privacy::ForgetOptions quick;
    quick.compact = false;
    t.restart();
    const auto erased = privacy::Forgetter(db).forget(top[1], quick);
    const double eraseMs = elapsedMs(t);
    if (!erased)
        return 1;

    t.restart();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM github_users")) || !q.next())
        return 1;
    q.finish();
    const double countMs = elapsedMs(t);
    privacy::Retention retention(db);
    t.restart();
    const auto due = retention.due(QDate(2026, 11, 22), 12);
    const double dueMs = elapsedMs(t);
    if (!due)
        return 1;

    out << QStringLiteral("  forget one person, compacted: %1 ms (%2 items deleted, %3 kept without them, %4 texts redacted) | "
                          "VACUUM and checkpoint alone %5 ms | ratio %6\n")
               .arg(forgetMs, 0, 'f', 0)
               .arg(whole->itemsDeleted)
               .arg(whole->itemsAnonymised)
               .arg(whole->textsRedacted)
               .arg(vacuum, 0, 'f', 0)
               .arg(forgetMs / vacuum, 0, 'f', 2);
    out << QStringLiteral("  the erase transaction alone: %1 ms (%2 items deleted)\n").arg(eraseMs, 0, 'f', 0).arg(erased->itemsDeleted);
    out << QStringLiteral("  retention, who is due: %1 ms for %2 people | counting everyone %3 ms | ratio %4\n")
               .arg(dueMs, 0, 'f', 0)
               .arg(due->size())
               .arg(countMs, 0, 'f', 1)
               .arg(dueMs / std::max(countMs, 0.01), 0, 'f', 1);
    out << QStringLiteral("  subject report of the top person: %1 ms\n").arg(reportMs, 0, 'f', 1);

    // Re-keying schema-9 suppressions: one salted record whose id is not in
    // the range, so every id is tried; against one thread hashing the same
    // inputs with QCryptographicHash::hash.
    const qint64 ids = smoke ? 200'000 : 4'000'000;
    const QByteArray salt = QByteArray("5a").repeated(32);
    const Status planted = db.write([&]() -> Status {
        QSqlQuery plant(db.connection());
        plant.prepare(QStringLiteral("INSERT INTO suppressions(identity_hash, kind, suppressed_at) VALUES (?, 'github', '2026-01-01')"));
        plant.addBindValue(store::SuppressionList::saltedHash(salt, store::SuppressionList::Kind::GitHub, QString::number(ids * 10)));
        if (!plant.exec())
            return Status::failure(QStringLiteral("cannot plant"));
        return db.setMetaValue(QStringLiteral("suppression_salt"), QString::fromLatin1(salt));
    });
    const auto key = store::ErasureKey::find(db);
    if (!planted || !key || key->isEmpty())
        return 1;
    t.restart();
    const auto rekeyed = store::SuppressionList(db).rekey(key.value(), ids);
    const double rekeyMs = elapsedMs(t);
    if (!rekeyed || rekeyed->left != 1)
        return 1;
    t.restart();
    QByteArray sink;
    for (qint64 id = 1; id <= ids / 4; ++id)
        sink = QCryptographicHash::hash(salt + "github:" + QByteArray::number(id), QCryptographicHash::Sha256);
    const double oneThreadMs = elapsedMs(t) * 4;
    const double perSecond = ids / (rekeyMs / 1000);
    out << QStringLiteral("  re-keying old suppressions: %1 ids/s (%2 ids in %3 ms) | one thread hashing %4 ids/s | "
                          "the whole id space (%5 ids) would take %6 s\n")
               .arg(perSecond, 0, 'f', 0)
               .arg(ids)
               .arg(rekeyMs, 0, 'f', 0)
               .arg(ids / (oneThreadMs / 1000), 0, 'f', 0)
               .arg(store::SuppressionList::MaxGitHubId)
               .arg(store::SuppressionList::MaxGitHubId / perSecond, 0, 'f', 0);
    return sink.isEmpty() ? 1 : 0;
}
