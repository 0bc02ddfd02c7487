// SPDX-License-Identifier: MIT
// Drafting on a copy of the demo workspace: sources, rendering, checks,
// versions, marking sent, export, and what hostile profile data becomes.
#include "outreach/draftcomposer.h"
#include "outreach/draftexport.h"
#include "outreach/draftstore.h"
#include "outreach/emlwriter.h"
#include "outreach/genericphrasestore.h"
#include "outreach/sentmarker.h"
#include "outreach/templatestore.h"
#include "outreachfixture.h"
#include "people/csvreader.h"
#include "store/database.h"
#include "store/peoplestore.h"
#include "store/pipelinestore.h"
#include "support/tempworkspace.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <catch2/catch_test_macros.hpp>

using namespace ks;
using namespace ks::outreach;
using namespace Qt::StringLiterals;

namespace {

struct Demo
{
    TempWorkspace tmp;
    store::Database db;
    qint64 requisition = 0;

    Demo()
    {
        const QString path = tmp.path();
        REQUIRE(QFile::copy(QStringLiteral(KS_DEMO_DB), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        REQUIRE(db.open(path).ok());
        const auto list = store::PipelineStore(db).requisitions();
        REQUIRE(list.ok());
        REQUIRE_FALSE(list->isEmpty());
        requisition = list->first().id;
    }

    DraftSources sources(const QString &login)
    {
        auto s = loadDraftSources(db, requisition, login);
        INFO((s.ok() ? QString() : s.error()).toStdString());
        REQUIRE(s.ok());
        return std::move(s).value();
    }
};

} // namespace

TEST_CASE("a demo candidate's draft cites their strongest recent contribution", "[outreach][demo]")
{
    Demo demo;
    const DraftSources s = demo.sources(u"mkovalenko"_s);
    REQUIRE_FALSE(s.citable.isEmpty());
    CHECK(s.layerSlug == u"kernel"_s);
    const auto draft = renderDraft(s, {});
    REQUIRE(draft.ok());
    CHECK(draft->usedTemplate.layer == u"kernel"_s);
    REQUIRE(draft->evidence.has_value());
    CHECK(draft->evidence->url == s.citable.first().url);
    CHECK(draft->evidence->url.contains(u"/pull/"_s));
    CHECK(draft->body.startsWith(u"Hi Mira,"_s));
    CHECK(draft->body.contains(draft->evidence->url));

    // The demo's requisition comes with a hiring context: ready as it stands.
    CHECK_FALSE(s.context.compensation.isEmpty());
    QList<DraftCheck> checks = checkRendered(s, draft->subject, draft->body, u"mira@mirakov.dev"_s);
    for (const DraftCheck &c : checks) {
        INFO(c.id.toStdString() << ": " << c.message.toStdString());
        CHECK(c.passed);
    }
    CHECK(readiness(checks) == Readiness::Ready);

    // Without a hiring context, the checks send the sourcer to write one.
    REQUIRE(HiringContextStore(demo.db).save(demo.requisition, HiringContext {}).ok());
    const DraftSources bare = demo.sources(u"mkovalenko"_s);
    const auto plain = renderDraft(bare, {});
    REQUIRE(plain.ok());
    checks = checkRendered(bare, plain->subject, plain->body, {});
    CHECK(findCheck(checks, u"cites-contribution"_s).passed);
    CHECK(findCheck(checks, u"placeholders"_s).passed);
    CHECK_FALSE(findCheck(checks, u"compensation"_s).passed);
    CHECK(readiness(checks) == Readiness::NotReady);

    REQUIRE(HiringContextStore(demo.db).save(demo.requisition, sampleContext()).ok());
    const DraftSources withContext = demo.sources(u"mkovalenko"_s);
    CHECK(withContext.context.compute == sampleContext().compute);
    const auto ready = renderDraft(withContext, {});
    REQUIRE(ready.ok());
    checks = checkRendered(withContext, ready->subject, ready->body, u"mira@example.com"_s);
    for (const DraftCheck &c : checks) {
        INFO(c.id.toStdString() << ": " << c.message.toStdString() << "\n" << ready->body.toStdString());
        CHECK(c.passed);
    }

    // Every bundled template renders to a draft with no leftovers.
    for (const OutreachTemplate &t : TemplateStore::bundled()) {
        const auto other = renderDraft(withContext, { t.name, {}, {}, false });
        REQUIRE(other.ok());
        CHECK(findCheck(checkRendered(withContext, other->subject, other->body, {}), u"placeholders"_s).passed);
    }
}

TEST_CASE("only the candidate's own evidence and addresses can be chosen", "[outreach][demo]")
{
    Demo demo;
    const DraftSources mira = demo.sources(u"mkovalenko"_s);
    const DraftSources tobias = demo.sources(u"aoife-b"_s);
    REQUIRE_FALSE(tobias.citable.isEmpty());
    const auto foreign = renderDraft(mira, { {}, tobias.citable.first().url, {}, false });
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().contains(u"mkovalenko"_s));
    CHECK_FALSE(renderDraft(mira, { u"No such template"_s, {}, {}, false }).ok());
    CHECK_FALSE(renderDraft(mira, { {}, {}, u"someone@else.example"_s, false }).ok());

    // A hand-edited body citing another person's PR fails the citation check.
    const auto own = renderDraft(mira, {});
    REQUIRE(own.ok());
    QString edited = own->body;
    edited.replace(own->evidence->url, tobias.citable.first().url);
    CHECK_FALSE(findCheck(checkRendered(mira, own->subject, edited, {}), u"cites-contribution"_s).passed);
}

TEST_CASE("the privacy line says where the address came from", "[outreach][demo]")
{
    Demo demo;
    const DraftSources s = demo.sources(u"maren-holt"_s);
    REQUIRE_FALSE(s.recipients.isEmpty());
    CHECK(s.recipients.first().value == u"maren.holt@example.com"_s);
    const auto draft = renderDraft(s, { {}, {}, {}, true });
    REQUIRE(draft.ok());
    REQUIRE(draft->recipient.has_value());
    CHECK(draft->body.contains(u"https://github.com/maren-holt"_s));
    CHECK(draft->body.contains(u"public profile e-mail"_s));
    CHECK_FALSE(renderDraft(s, {})->body.contains(u"https://github.com/maren-holt"_s));
}

TEST_CASE("hostile profile strings are neutralised in drafts, headers and CSV", "[outreach][demo]")
{
    Demo demo;
    const auto person = store::PeopleStore(demo.db).find(u"mkovalenko"_s);
    REQUIRE(person.ok());
    REQUIRE(demo.db
            .write([&]() -> Status {
                QSqlQuery q(demo.db.connection());
                q.prepare(u"UPDATE github_users SET name = ? WHERE id = ?"_s);
                q.addBindValue(u"=cmd|' /C calc'!A0 \u202E{{compensation}}\r\nBcc: victim@example.com"_s + QChar(7));
                q.addBindValue(person->userId);
                return q.exec() ? Status() : Status::failure(u"update failed"_s);
            })
            .ok());
    REQUIRE(HiringContextStore(demo.db).save(demo.requisition, sampleContext()).ok());
    const DraftSources s = demo.sources(u"mkovalenko"_s);
    const auto draft = renderDraft(s, {});
    REQUIRE(draft.ok());
    const QString firstLine = draft->body.section(u'\n', 0, 0);
    CHECK(firstLine == u"Hi =cmd|',"_s);
    CHECK_FALSE(draft->body.contains(QChar(0x202E)));
    CHECK_FALSE(draft->body.contains(u'\r'));
    CHECK_FALSE(draft->body.contains(QChar(0x07)));
    CHECK_FALSE(draft->body.contains(u"{{"_s));
    CHECK(findCheck(checkRendered(s, draft->subject, draft->body, {}), u"placeholders"_s).passed);

    const QByteArray eml
        = toEml({ u"Sam"_s, u"sam@fernhill.example"_s, s.person.name, u"mira@example.com"_s, draft->subject, draft->body, {} });
    CHECK_FALSE(eml.contains("\nBcc:"));

    Draft d;
    d.requisitionId = demo.requisition;
    d.userId = s.person.userId;
    d.templateName = draft->usedTemplate.name;
    d.subject = draft->subject;
    d.body = draft->body;
    d.recipient = u"mira@example.com"_s;
    REQUIRE(DraftStore(demo.db).saveVersion(d).ok());
    const auto latest = DraftStore(demo.db).latestPerPerson(demo.requisition);
    REQUIRE(latest.ok());
    const QByteArray csv = draftsCsv(latest.value(), u"Req"_s);
    const auto rows = people::readCsv(csv);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    const QStringList row = rows->at(1).fields;
    REQUIRE(row.size() == 10);
    CHECK_FALSE(row[2].startsWith(u'=')); // no formula
    CHECK(row[5] == draft->body); // multi-line body survives quoting
}

TEST_CASE("versions are kept; marking sent moves the person to the contacted stage", "[outreach][demo]")
{
    Demo demo;
    const auto person = store::PeopleStore(demo.db).find(u"twendt"_s);
    REQUIRE(person.ok());
    DraftStore drafts(demo.db);
    Draft d;
    d.requisitionId = demo.requisition;
    d.userId = person->userId;
    d.templateName = u"First touch"_s;
    d.subject = u"v1"_s;
    d.body = u"first"_s;
    REQUIRE(drafts.saveVersion(d).ok());
    d.subject = u"v2"_s;
    const auto second = drafts.saveVersion(d);
    REQUIRE(second.ok());
    CHECK(second->version == 2);
    const auto all = drafts.versions(demo.requisition, person->userId);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->first().subject == u"v2"_s);
    CHECK(all->last().subject == u"v1"_s);

    const QDateTime at(QDate(2026, 11, 3), QTime(10, 0), QTimeZone::UTC);
    REQUIRE(markSent(demo.db, second->id, demo.requisition, person->userId, at).ok());
    store::PipelineStore pipeline(demo.db);
    const auto position = pipeline.position(demo.requisition, person->userId);
    REQUIRE(position.ok());
    CHECK(position->stageId == pipeline.stageForRole(u"contacted"_s).value());
    CHECK(position->nextAction == QDate(2026, 11, 10));
    const auto latest = drafts.latest(demo.requisition, person->userId);
    REQUIRE(latest.ok());
    CHECK(latest->sentAt == at);
    const auto history = pipeline.history(demo.requisition, person->userId);
    REQUIRE(history.ok());
    CHECK(history->last().to == u"Contacted"_s);
}

TEST_CASE("user templates are checked before saving; phrases can be added", "[outreach][demo]")
{
    Demo demo;
    TemplateStore templates(demo.db);
    OutreachTemplate t;
    t.name = u"Short"_s;
    t.subject = u"About {{contribution_title}}"_s;
    t.body = u"Hi {{first_name}},\n{{#if team}}{{team}}\n"_s;
    const Status bad = templates.save(t);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().contains(u"Body"_s));
    CHECK(bad.error().contains(u"line 2, column 1"_s));
    t.body = u"Hi {{first_name}}, {{salary}}"_s;
    CHECK(templates.save(t).error().contains(u"salary"_s));
    t.body = u"Hi {{first_name}}, {{contribution_url}}"_s;
    REQUIRE(templates.save(t).ok());
    CHECK(templates.find(u"short"_s).ok());
    t.name = u"First touch"_s;
    CHECK_FALSE(templates.save(t).ok());

    GenericPhraseStore phrases(demo.db);
    REQUIRE(phrases.add(u"  synergy  "_s).ok());
    const auto all = phrases.all();
    REQUIRE(all.ok());
    CHECK(all->contains(u"synergy"_s));
    CHECK(all->contains(u"rockstar"_s));
}
