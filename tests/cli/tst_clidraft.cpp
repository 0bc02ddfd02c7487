// SPDX-License-Identifier: MIT
// `kernelscout draft` on a copy of the demo workspace, through the real binary.
#include "outreach/hiringcontextstore.h"
#include "store/database.h"
#include "store/pipelinestore.h"
#include "support/democopy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

struct DraftDemo : DemoCopy
{
    QString requisition;

    DraftDemo()
    {
        ks::store::Database d;
        REQUIRE(d.open(db).ok());
        const auto list = ks::store::PipelineStore(d).requisitions();
        REQUIRE(list.ok());
        REQUIRE_FALSE(list->isEmpty());
        requisition = QString::number(list->first().id);
    }

    void writeContext() const
    {
        ks::store::Database d;
        REQUIRE(d.open(db).ok());
        ks::outreach::HiringContext c;
        c.company = u"Fernhill Compute"_s;
        c.problem = u"fast attention kernels for a new inference accelerator"_s;
        c.compute = u"a cluster of 64 H100s"_s;
        c.compensation = u"£140k–£180k base plus equity"_s;
        c.team = u"Ana Ruiz, Jon Park"_s;
        c.senderName = u"Sam Ortega"_s;
        c.senderEmail = u"sam@fernhill.example"_s;
        const ks::Status saved = ks::outreach::HiringContextStore(d).save(requisition.toLongLong(), c);
        INFO(saved.error().toStdString());
        REQUIRE(saved.ok());
    }

    void clearCompensation() const
    {
        ks::store::Database d;
        REQUIRE(d.open(db).ok());
        ks::outreach::HiringContextStore contexts(d);
        const auto found = contexts.find(requisition.toLongLong());
        REQUIRE(found.ok());
        ks::outreach::HiringContext c = found.value();
        REQUIRE_FALSE(c.compensation.isEmpty());
        c.compensation.clear();
        REQUIRE(contexts.save(requisition.toLongLong(), c).ok());
    }

    CliResult draft(QStringList extra) const
    {
        return run(QStringList { u"draft"_s, u"mkovalenko"_s, u"--requisition"_s, requisition } + extra);
    }
};

} // namespace

TEST_CASE("draft prints the message and its checklist; --strict fails while the context misses a part", "[cli][outreach]")
{
    const DraftDemo demo;
    // The demo's requisition comes with its hiring context: ready as it stands.
    CliResult r = demo.draft({ u"--strict"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Subject: "_s));
    CHECK(r.out.contains(u"Hi Mira,"_s));
    CHECK(r.out.contains(u"https://github.com/"_s));
    CHECK(r.out.contains(u"[x] Cites a specific contribution of theirs"_s));
    CHECK(r.out.contains(u"[x] States the compensation"_s));
    CHECK(r.out.contains(u"Ready"_s));
    CHECK_FALSE(r.out.contains(u"Not ready"_s));

    demo.clearCompensation();
    r = demo.draft({});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"[ ] States the compensation"_s));
    CHECK(r.out.contains(u"Not ready"_s));
    r = demo.draft({ u"--strict"_s });
    CHECK(r.exitCode == 1);

    demo.writeContext();
    r = demo.draft({ u"--strict"_s });
    INFO(r.out.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"£140k–£180k base plus equity"_s));
    CHECK(r.out.contains(u"[x] States the compensation"_s));
    CHECK(r.out.contains(u"Ready"_s));
}

TEST_CASE("draft as JSON and as .eml", "[cli][outreach]")
{
    const DraftDemo demo;
    demo.writeContext();
    CliResult r = demo.draft({ u"--format"_s, u"json"_s, u"--template"_s, u"forum first"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(u"template"_s).toString() == u"Forum first"_s);
    CHECK(o.value(u"body"_s).toString().contains(o.value(u"evidence"_s).toString()));
    const QJsonArray checks = o.value(u"checks"_s).toArray();
    CHECK(checks.size() >= 8);

    r = demo.draft({ u"--format"_s, u"eml"_s });
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"\r\nSubject: "_s));
    CHECK(r.out.contains(u"From: \"Sam Ortega\" <sam@fernhill.example>\r\n"_s));
    CHECK(r.out.contains(u"Content-Transfer-Encoding: quoted-printable\r\n\r\n"_s));
}

TEST_CASE("draft refuses evidence that is not the person's, and unknown templates", "[cli][outreach]")
{
    const DraftDemo demo;
    CliResult r = demo.draft({ u"--evidence"_s, u"https://github.com/triton-lang/triton/pull/1"_s });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"not one of mkovalenko's contributions"_s));
    r = demo.draft({ u"--template"_s, u"nope"_s });
    CHECK(r.exitCode == 1);
    r = runCli({ u"draft"_s, u"mkovalenko"_s, u"--db"_s, demo.db });
    CHECK(r.exitCode == 2);
    r = demo.draft({ u"--format"_s, u"yaml"_s });
    CHECK(r.exitCode == 2);
}
