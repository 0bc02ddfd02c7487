// SPDX-License-Identifier: MIT
// Drafting in the Outreach tab on the demo workspace: a failing check is
// fixed through the hiring context, the draft is marked sent, and the
// person's stage changes (and changes back on undo).
#include "domain/clock.h"
#include "draftchecklistview.h"
#include "mainwindow.h"
#include "outreach/draftstore.h"
#include "outreach/hiringcontextstore.h"
#include "outreach/templatestore.h"
#include "outreachcontexteditor.h"
#include "outreachtab.h"
#include "outreachtemplatedialog.h"
#include "store/database.h"
#include "store/peoplestore.h"
#include "store/pipelinestore.h"
#include "support/tempworkspace.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch_test_macros.hpp>

using namespace ks;
using namespace Qt::StringLiterals;

namespace {

const outreach::DraftCheck *check(ui::OutreachTab *tab, const QString &id)
{
    for (const outreach::DraftCheck &c : tab->checklist()->checks()) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

bool passes(ui::OutreachTab *tab, const QString &id)
{
    const outreach::DraftCheck *c = check(tab, id);
    return c && c->passed;
}

QString stageName(store::PipelineStore &pipeline, qint64 requisition, qint64 user)
{
    const auto name = pipeline.stageName(requisition, user);
    REQUIRE(name.ok());
    return name.value();
}

} // namespace

TEST_CASE("a draft for a demo candidate is fixed, marked sent and moves them to Contacted", "[ui][outreach]")
{
    ui::MainWindow window;
    REQUIRE(window.openDemo().ok());
    store::Database &db = window.session()->database();
    store::PipelineStore pipeline(db);
    const auto requisitions = pipeline.requisitions();
    REQUIRE(requisitions.ok());
    REQUIRE_FALSE(requisitions->isEmpty());
    const qint64 requisition = requisitions->first().id;
    const auto person = store::PeopleStore(db).find(u"aoife-b"_s);
    REQUIRE(person.ok());
    const QString stageBefore = stageName(pipeline, requisition, person->userId);
    REQUIRE(stageBefore != u"Contacted"_s);

    ui::OutreachTab *tab = window.outreachTab();
    window.tabs()->setCurrentWidget(tab);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    tab->openFor(requisition, u"aoife-b"_s);
    REQUIRE(QTest::qWaitFor([&] { return tab->body()->toPlainText().startsWith(u"Hi Aoife,"_s); }));
    CHECK(tab->currentLogin() == u"aoife-b"_s);
    CHECK(tab->stageLabel()->text().contains(stageBefore));

    // The demo's requisition has its hiring context written: the first draft
    // cites their own work and needs nothing more.
    CHECK(passes(tab, u"cites-contribution"_s));
    CHECK(passes(tab, u"compensation"_s));
    CHECK(tab->checklist()->readiness() != outreach::Readiness::NotReady);
    CHECK(tab->checklist()->badge()->text() != u"Not ready"_s);

    // Clearing a part of the context fails its check at once.
    ui::OutreachContextEditor *context = tab->contextEditor();
    const auto retype = [&](const char *field, const QString &value) {
        QLineEdit *edit = context->field(QLatin1StringView(field));
        REQUIRE(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        if (!value.isEmpty())
            QTest::keyClicks(edit, value);
    };
    retype("compensation", QString());
    REQUIRE(QTest::qWaitFor([&] { return !passes(tab, u"compensation"_s); }));
    CHECK(tab->checklist()->readiness() == outreach::Readiness::NotReady);
    CHECK(tab->checklist()->badge()->text() == u"Not ready"_s);

    // Writing the context fixes the checks; the untouched text follows it.
    const QList<std::pair<const char *, QString>> values = {
        { "company", u"Fernhill Compute"_s },
        { "problem", u"fast attention kernels for a new inference accelerator"_s },
        { "compute", u"a cluster of 64 H100s"_s },
        { "compensation", u"GBP 140k-180k base plus equity"_s },
        { "team", u"Ana Ruiz (Triton maintainer), Jon Park"_s },
        { "sender_name", u"Sam Ortega"_s },
    };
    for (const auto &[field, value] : values)
        retype(field, value);
    REQUIRE(QTest::qWaitFor([&] { return passes(tab, u"compensation"_s); }));
    CHECK(tab->body()->toPlainText().contains(u"GBP 140k-180k base plus equity"_s));
    for (const char *id : { "cites-contribution", "problem", "compute", "team", "length", "placeholders", "generic" }) {
        INFO(id);
        CHECK(passes(tab, QLatin1StringView(id)));
    }
    CHECK(tab->checklist()->readiness() != outreach::Readiness::NotReady);

    // A free edit is checked live: a generic phrase fails, removing it passes.
    const QString good = tab->body()->toPlainText();
    tab->body()->moveCursor(QTextCursor::End);
    QTest::keyClicks(tab->body(), u" An exciting opportunity!"_s);
    REQUIRE(QTest::qWaitFor([&] { return !passes(tab, u"generic"_s); }));
    tab->body()->setPlainText(good);
    REQUIRE(QTest::qWaitFor([&] { return passes(tab, u"generic"_s); }));

    if (const QByteArray dir = qgetenv("KS_TEST_SCREENSHOTS"); !dir.isEmpty())
        window.grab().save(QString::fromLocal8Bit(dir) + u"/outreach-ready.png"_s);

    const TempWorkspace tmp;
    REQUIRE(tab->saveEml(tmp.path(u"draft.eml"_s)).ok());
    CHECK(TempWorkspace::readAll(tmp.path(u"draft.eml"_s)).contains("\r\nSubject: "));

    // Marking sent saves the version, stamps it and moves the person.
    REQUIRE(tab->markSent().ok());
    CHECK(stageName(pipeline, requisition, person->userId) == u"Contacted"_s);
    CHECK(pipeline.position(requisition, person->userId)->nextAction == ks::Clock::today().addDays(7));
    CHECK(tab->stageLabel()->text().contains(u"Contacted"_s));
    const auto latest = outreach::DraftStore(db).latest(requisition, person->userId);
    REQUIRE(latest.ok());
    CHECK(latest->sentAt.isValid());
    CHECK(latest->body == good);
    const auto saved = outreach::HiringContextStore(db).find(requisition);
    REQUIRE(saved.ok());
    CHECK(saved->compensation == u"GBP 140k-180k base plus equity"_s);

    REQUIRE(tab->exportCsv(tmp.path(u"drafts.csv"_s)).ok());
    CHECK(TempWorkspace::readAll(tmp.path(u"drafts.csv"_s)).startsWith("email,first_name"));

    // The stage move is on the undo stack like any other triage.
    window.session()->undoStack().undo();
    CHECK(stageName(pipeline, requisition, person->userId) == stageBefore);
}

TEST_CASE("the template dialog shows errors where they are, saves a user template, and the tab offers it", "[ui][outreach]")
{
    ui::MainWindow window;
    REQUIRE(window.openDemo().ok());
    store::Database &db = window.session()->database();
    ui::OutreachTemplateDialog dialog(db, QString());
    // Starting from a bundled template gives a copy with a name of its own.
    REQUIRE(dialog.nameEdit()->text().endsWith(u"(my copy)"_s));

    dialog.nameEdit()->setText(u"Short and direct"_s);
    dialog.subjectEdit()->setText(u"Your {{contribution_title}}"_s);
    dialog.bodyEdit()->setPlainText(u"Hi {{first_name}},\n{{#if team}}Team: {{team}}\n"_s);
    CHECK(dialog.problemLabel()->text().contains(u"line"_s)); // the unclosed section, with its place
    CHECK_FALSE(dialog.save());
    dialog.bodyEdit()->setPlainText(u"Hi {{first_name}},\n{{nosuchfield}}\n"_s);
    CHECK(dialog.problemLabel()->text().contains(u"line 2"_s));
    CHECK_FALSE(dialog.save());
    dialog.bodyEdit()->setPlainText(
        u"Hi {{first_name}},\nI read {{contribution_url}}.\n{{#if team}}You would work with {{team}}.{{/if}}\n"_s);
    CHECK(dialog.problemLabel()->text() == u"Ready to save."_s);
    REQUIRE(dialog.save());
    CHECK(dialog.savedName() == u"Short and direct"_s);
    const auto saved = outreach::TemplateStore(db).find(u"Short and direct"_s);
    REQUIRE(saved.ok());
    CHECK_FALSE(saved->bundled);

    // The Outreach tab lists it for a candidate.
    ui::OutreachTab *tab = window.outreachTab();
    window.tabs()->setCurrentWidget(tab);
    tab->openFor(store::PipelineStore(db).requisitions().value().constFirst().id, u"mkovalenko"_s);
    auto *templates = tab->findChild<QComboBox *>(u"templates"_s);
    REQUIRE(templates);
    CHECK(templates->findData(u"Short and direct"_s) >= 0);
}
