// SPDX-License-Identifier: MIT
// Build-time generator of the bundled demo workspace:
//   kernelscout-makedemo FIXTURE.json OUT.sqlite
// creates a workspace with the ML-compiler preset, serves the fixture of
// fictional people from the fake GitHub on 127.0.0.1, and fills the
// workspace with the same sync engine the CLI and the window use, so the
// demo has real-shaped data offline. The app embeds the result.
#include "domain/clock.h"
#include "fakegithub.h"
#include "fixtureloader.h"
#include "jobs/standings.h"
#include "outreach/hiringcontextstore.h"
#include "people/exclusionlist.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "store/peoplestore.h"
#include "store/pipelinestore.h"
#include "store/presets.h"
#include "store/timeshift.h"
#include "sync/githubsync.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimeZone>
#include <tuple>

namespace {

using ks::outreach::HiringContext;

// The demo's own hiring company, its staff and the company it agreed not to
// poach from, imported the way `kernelscout exclusions import` does.
ks::Status importDemoExclusions(ks::store::Database &db)
{
    using Kind = ks::people::ExclusionList::Kind;
    ks::people::ExclusionList lists(db);
    const QList<std::tuple<Kind, QByteArray, QString>> files = {
        { Kind::Staff, QByteArrayLiteral("login,email,name\nihart-larkspur,imogen@larkspur.example,Imogen Hart\n"),
            QStringLiteral("larkspur-staff.csv") },
        { Kind::DoNotPoach, QByteArrayLiteral("company\nQuillion Labs\n"), QStringLiteral("partner-agreements.csv") },
    };
    for (const auto &[kind, data, name] : files) {
        if (const auto added = lists.importCsvData(kind, data, name); !added)
            return ks::Status::failure(added.error());
    }
    return {};
}

// One step of a person's way through a requisition, so the stage history
// reads like weeks of sourcing rather than one moment.
struct Step
{
    const char *role;
    int daysBefore; // before the snapshot day
};

struct Triage
{
    const char *login;
    QList<Step> steps;
    QDate next; // the next action; invalid: none
    const char *note = nullptr; // written on the day of the last step
    QStringList tags;
};

struct DemoRequisition
{
    const char *layer;
    const char *title;
    HiringContext context;
    QList<Triage> triage;
};

QList<DemoRequisition> demoRequisitions()
{
    const QString sender = QStringLiteral("Rosa Whitaker");
    const QString senderEmail = QStringLiteral("rosa.whitaker@larkspur.example");
    const QString signature = QStringLiteral("Rosa Whitaker\nTechnical Recruiter, Larkspur AI\nhttps://larkspur.example/careers");
    auto context = [&](const char *problem, const char *compute, const char *pay, const char *team) {
        HiringContext c;
        c.company = QStringLiteral("Larkspur AI");
        c.problem = QString::fromUtf8(problem);
        c.compute = QString::fromUtf8(compute);
        c.compensation = QString::fromUtf8(pay);
        c.team = QString::fromUtf8(team);
        c.senderName = sender;
        c.senderEmail = senderEmail;
        c.signature = signature;
        return c;
    };
    const auto tags = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out.append(QString::fromUtf8(n));
        return out;
    };
    return {
        { "kernel", "Senior Triton kernel engineer (UK or EU)",
            context("attention and GEMM kernels in Triton and CUTLASS for long-context inference on our serving stack",
                "dedicated H100 and B200 nodes (512 GPUs) for kernel work and benchmarking",
                "£150k–£190k base plus equity in the UK, €140k–€175k in the EU", "Imogen Hart (kernels lead), Oscar Lindgren"),
            {
                { "mkovalenko", { { "shortlisted", 12 } }, QDate(2026, 11, 3),
                    "Online softmax and grouped-ordering PRs in the Triton tutorials are exactly our GEMM and attention problem. "
                    "Draft a first touch citing the softmax PR.",
                    tags({ "strong Triton", "UK" }) },
                { "maren-holt", { { "shortlisted", 20 }, { "contacted", 9 } }, QDate(2026, 11, 5),
                    "Sent a first touch citing the TMA expect-tx fix. Cambridge based, so London twice a week should work. "
                    "Follow up on the next-action date if no reply.",
                    tags({ "Hopper", "UK" }) },
                { "aoife-b", { { "shortlisted", 16 } }, QDate(2026, 11, 6),
                    "cp.async and swizzle reviews are excellent; ask about CUTLASS 3.x experience.", tags({ "CUTLASS" }) },
                { "dpatel-gpu", { { "shortlisted", 24 }, { "contacted", 17 }, { "replied", 6 } }, QDate(2026, 11, 4),
                    "Replied within a day. Intro call booked for the next-action date; interested in **B200 access**.",
                    tags({ "CuTe", "UK" }) },
                { "oadeyemi", { { "shortlisted", 40 }, { "contacted", 33 }, { "replied", 28 }, { "interviewing", 14 } },
                    QDate(2026, 11, 10),
                    "Technical screen went well (EVT epilogue walk-through). Onsite with Imogen on the next-action date.",
                    tags({ "CUTLASS", "UK" }) },
                { "lmarchand", { { "contacted", 30 }, { "not_now", 21 } }, QDate(2027, 1, 15),
                    "Happy at Atelier Numerique until their launch; asked us to reconnect after it (the next-action date).",
                    tags({ "attention" }) },
                { "ines-ferreira", { { "shortlisted", 5 } }, QDate(), nullptr, tags({ "attention", "EU" }) },
                { "jpike-dev", { { "not_a_fit", 18 } }, QDate(), "Data engineer; kernels are a side project for now.", {} },
            } },
        { "frontend", "ML compiler frontend engineer (XLA / torch.compile)",
            context("a torch.compile and XLA frontend that lowers our models to StableHLO and Triton without graph breaks",
                "a 256-GPU H100 cluster plus TPU v5p quota for compiler testing",
                "$210k–$260k base plus equity in the US, £140k–£175k in the UK", "Oscar Lindgren (compiler lead), Mei Tanaka"),
            {
                { "lhuber", { { "shortlisted", 8 } }, QDate(2026, 11, 3),
                    "Priority-fusion cost model and the latency-hiding scheduler work: the two problems we have. Munich, open to remote.",
                    tags({ "XLA", "EU" }) },
                { "dokafor", { { "shortlisted", 15 }, { "contacted", 10 } }, QDate(2026, 11, 7),
                    "First touch sent citing the collective pipeliner PR.", tags({ "XLA" }) },
                { "nalini-r", { { "contacted", 26 }, { "replied", 19 } }, QDate(2026, 11, 2),
                    "Interested, but only for a Bangalore-based role. Check with Oscar.", tags({ "Triton emitter" }) },
                { "ehoffmann", { { "shortlisted", 11 } }, QDate(),
                    "Dynamo guards and graph breaks; good fit for the torch.compile half of the role.", tags({ "Dynamo", "EU" }) },
                { "hwhitfield", { { "contacted", 35 }, { "replied", 30 }, { "interviewing", 12 } }, QDate(2026, 11, 12),
                    "Pallas flash attention PR is strong. Second interview on the next-action date.", tags({ "JAX", "UK" }) },
                { "arjun-iyer", { { "not_now", 22 } }, QDate(2027, 2, 1), "Just started a new team at Stratus; revisit in three months.",
                    {} },
                { "cgomez", { { "not_a_fit", 20 } }, QDate(), "Docs and tests so far; too early for a senior role.", {} },
            } },
        { "backend", "Compiler backend engineer, MLIR to NVPTX/AMDGPU",
            context("an MLIR-based backend lowering our kernels to NVPTX and AMDGPU for H100 and MI300X",
                "H100 and MI300X nodes, plus simulator time for next-generation parts",
                "€150k–€185k base plus equity in the EU, £145k–£180k in the UK", "Mei Tanaka (MLIR lead), Imogen Hart"),
            {
                { "cmacleod", { { "shortlisted", 7 } }, QDate(2026, 11, 3),
                    "Barrier elimination and the NVGPU wgmma lowering are both on our roadmap. Glasgow; hybrid from London is fine.",
                    tags({ "MLIR", "UK" }) },
                { "twendt", { { "shortlisted", 18 }, { "contacted", 13 } }, QDate(2026, 11, 6),
                    "Sent first touch citing the tile-to-forall pattern.", tags({ "MLIR", "EU" }) },
                { "kenji-ara", { { "contacted", 27 }, { "replied", 20 } }, QDate(2026, 11, 4),
                    "Replied: open to a chat, asks about B200 and TMEM work.", tags({ "NVPTX" }) },
                { "tnovak", { { "shortlisted", 6 } }, QDate(), nullptr, tags({ "NVPTX", "EU" }) },
                { "isolberg", { { "contacted", 42 }, { "replied", 37 }, { "interviewing", 16 } }, QDate(2026, 11, 9),
                    "AMDGPU scheduling depth is exactly the MI300X gap. Final round on the next-action date.", tags({ "AMDGPU", "UK" }) },
                { "rhiannon-ll", { { "shortlisted", 10 }, { "contacted", 4 } }, QDate(2026, 11, 11), nullptr, tags({ "AMDGPU", "UK" }) },
                { "jrivera-nv", { { "not_now", 25 } }, QDate(2027, 3, 1),
                    "Two years into the NVIDIA compiler team; not looking before spring.", {} },
                { "quietcompiler", {}, QDate(), "Location says only \"Remote\": ask where they can be employed before shortlisting.", {} },
            } },
    };
}

// Requisitions per layer, each with its hiring context written, and some
// triage done in each, so the Pipeline and Outreach tabs open on a workspace
// in use. Every date is relative to the snapshot day.
ks::Status addDemoRequisitions(ks::store::Database &db, const QDateTime &snapshot)
{
    ks::store::PipelineStore pipeline(db);
    const ks::store::PeopleStore people(db);
    const auto at = [&](int daysBefore) { ks::Clock::freeze(snapshot.addDays(-daysBefore).addSecs(10 * 3600)); };
    int opened = 60; // a role opened every fortnight, in this order
    for (const DemoRequisition &r : demoRequisitions()) {
        const auto layer = ks::store::LayerStore(db).find(QString::fromLatin1(r.layer));
        if (!layer)
            return ks::Status::failure(layer.error());
        at(opened);
        opened -= 14;
        const auto requisition = pipeline.createRequisition(QString::fromUtf8(r.title), layer->id);
        if (!requisition)
            return ks::Status::failure(requisition.error());
        if (ks::Status s = ks::outreach::HiringContextStore(db).save(requisition.value(), r.context); !s)
            return s;
        for (const Triage &t : r.triage) {
            const auto person = people.find(QString::fromLatin1(t.login));
            if (!person)
                return ks::Status::failure(QStringLiteral("demo triage: ") + person.error());
            const qint64 user = person->userId;
            for (qsizetype i = 0; i < t.steps.size(); ++i) {
                const auto stage = pipeline.stageForRole(QString::fromLatin1(t.steps[i].role));
                if (!stage)
                    return ks::Status::failure(stage.error());
                at(t.steps[i].daysBefore);
                const QDate next = i + 1 == t.steps.size() ? t.next : QDate();
                if (ks::Status s = pipeline.setPosition(requisition.value(), user, { stage.value(), next }); !s)
                    return s;
            }
            if (t.note) {
                at(t.steps.isEmpty() ? 3 : t.steps.constLast().daysBefore);
                if (const auto note = pipeline.addNote(requisition.value(), user, QString::fromUtf8(t.note)); !note)
                    return ks::Status::failure(note.error());
            }
            for (const QString &tag : t.tags) {
                if (ks::Status s = pipeline.addTag(requisition.value(), { user }, tag); !s)
                    return s;
            }
        }
    }
    ks::Clock::freeze(snapshot);
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        err << "usage: kernelscout-makedemo FIXTURE.json OUT.sqlite\n";
        return 2;
    }
    const QString out = args[2];
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(out + suffix);

    // A fixed clock, so the demo is the same on every build; set before the
    // fake starts (its rate-limit reset is read from it) and running, so the
    // sync's waits and timeouts still end.
    const QDateTime now(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::UTC);
    ks::Clock::start(now);
    ks::fake::FakeGitHub github;
    if (!github.listen()) {
        err << "cannot listen on 127.0.0.1\n";
        return 1;
    }
    if (const ks::Status s = ks::fake::loadFixtureFile(github, args[1]); !s) {
        err << s.error() << '\n';
        return 1;
    }

    ks::store::Database db;
    db.setChangePollInterval(0);
    if (ks::Status s = db.open(out); !s) {
        err << s.error() << '\n';
        return 1;
    }
    if (const auto applied = ks::store::presets::apply(db, QString(ks::store::presets::Default)); !applied) {
        err << applied.error() << '\n';
        return 1;
    }

    // The sync stamps what it stores with the same fixed time.
    ks::sync::SyncOptions options;
    options.apiRoot = github.apiRoot();
    options.clock = [now] { return now; };
    options.since = now.addMonths(-12);
    ks::sync::GitHubSync sync(db, options);
    ks::sync::SyncSummary summary;
    QObject::connect(&sync, &ks::sync::GitHubSync::finished, &app, [&](const ks::sync::SyncSummary &s) {
        summary = s;
        QCoreApplication::quit();
    });
    sync.start();
    if (sync.isRunning())
        QCoreApplication::exec();
    // Every preset repository is in the fixture; a miss is a broken fixture.
    if (!summary.ok()) {
        for (auto it = summary.errors.cbegin(); it != summary.errors.cend(); ++it)
            err << it.key() << ": " << it.value() << '\n';
        return 1;
    }
    // The workspace must not remember the fake's address: provenance reads
    // as it would after a real sync.
    QSqlQuery q(db.connection());
    QStringList rewrites;
    const QString fakeRoot = github.apiRoot().toString();
    QSqlQuery columns(db.connection());
    columns.exec(QStringLiteral("SELECT m.name, c.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c "
                                "WHERE m.type = 'table' AND (c.name LIKE '%source_url' OR c.name = 'html_url')"));
    while (columns.next())
        rewrites.append(QStringLiteral("UPDATE %1 SET %2 = replace(%2, '%3', 'https://api.github.com') WHERE %2 LIKE '%3%'")
                .arg(columns.value(0).toString(), columns.value(1).toString(), fakeRoot));
    columns.finish();
    rewrites << QStringLiteral("DELETE FROM http_etags") << QStringLiteral("UPDATE sync_runs SET api_root = 'demo'");
    // (Scores and profiles come after, so they carry the rewritten links.)
    for (const QString &sql : std::as_const(rewrites)) {
        if (!q.exec(sql)) {
            err << "cannot finalise " << out << ": " << q.lastError().text() << '\n';
            return 1;
        }
    }
    // From here on every stored time is the snapshot's (or a fixed day
    // before it), whatever the build machine's clock says.
    ks::Clock::freeze(now);
    // Signals, rankings and profiles, against the same fixed "now"; the
    // exclusion lists first, so the profiles mark who is excluded.
    if (const ks::Status s = importDemoExclusions(db); !s) {
        err << s.error() << '\n';
        return 1;
    }
    ks::jobs::StandingsRequest request;
    request.now = now;
    if (const auto ranked = ks::jobs::updateStandings(db, request); !ranked) {
        err << ranked.error() << '\n';
        return 1;
    }
    if (const ks::Status s = addDemoRequisitions(db, now); !s) {
        err << s.error() << '\n';
        return 1;
    }
    // The day the demo was made "as of": each copy opened later is moved
    // forward by the days since (store::TimeShift), so it never looks stale.
    if (const ks::Status s = db.setMetaValue(QString::fromLatin1(ks::store::TimeShift::SnapshotDayKey), now.date().toString(Qt::ISODate));
        !s) {
        err << s.error() << '\n';
        return 1;
    }
    // One file, no WAL beside it: it is embedded as a resource.
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !q.next() || q.value(0).toString() != QLatin1String("delete")) {
        err << "cannot finalise " << out << ": " << q.lastError().text() << '\n';
        return 1;
    }

    QTextStream(stdout) << "demo workspace: " << summary.itemsNew << " items from " << summary.reposSynced << " repositories\n";
    return 0;
}
