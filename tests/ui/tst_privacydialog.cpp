// SPDX-License-Identifier: MIT
// The retention dialog: who is due follows the period, and forgetting them
// from the dialog erases them off the GUI thread and drops their avatars.
#include "forgetrunner.h"
#include "people/avatarcache.h"
#include "privacydialog.h"
#include "store/database.h"
#include "support/tempworkspace.h"
#include "workspacesession.h"

#include <QFile>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch_test_macros.hpp>

using namespace ks;

TEST_CASE("the retention dialog lists who is due and forgets them after the list", "[ui][privacy]")
{
    qputenv("KERNELSCOUT_OFFLINE", "1");
    TempWorkspace tmp;
    {
        store::Database db;
        REQUIRE(db.open(tmp.path()).ok());
        QSqlQuery q(db.connection());
        for (const QString &sql : {
                 QStringLiteral("INSERT INTO github_users(id, login, name, seen_at, first_seen_at) VALUES "
                                "(1, 'stale-one', '<b>Stale</b> One', '2025-02-01T00:00:00Z', '2025-01-01T00:00:00Z'), "
                                "(2, 'recent', 'Recent', '2026-10-01T00:00:00Z', '2025-01-01T00:00:00Z')"),
             })
            REQUIRE(q.exec(sql));
    }
    auto session = ui::WorkspaceSession::open(tmp.path(), false);
    REQUIRE(session.ok());
    // A cached picture of the person to be forgotten.
    const QString avatar = session.value()->avatars().filePath(1);
    QDir().mkpath(QFileInfo(avatar).absolutePath());
    REQUIRE(TempWorkspace::write(avatar, QByteArrayLiteral("png bytes")));

    ui::PrivacyDialog dialog(session.value(), ui::PrivacyDialog::Mode::Settings);
    dialog.setToday(QDate(2026, 11, 22));
    REQUIRE(dialog.dueCount() == 1);
    CHECK(dialog.dueList()->topLevelItem(0)->text(0) == QStringLiteral("stale-one"));
    CHECK(dialog.dueList()->topLevelItem(0)->text(1) == QStringLiteral("<b>Stale</b> One")); // shown as text, not markup
    dialog.monthsBox()->setValue(30);
    CHECK(dialog.dueCount() == 0);
    dialog.monthsBox()->setValue(12);
    REQUIRE(dialog.dueCount() == 1);

    QSignalSpy finished(dialog.runner(), &ui::ForgetRunner::finished);
    dialog.forgetListed();
    REQUIRE(finished.wait(20000));
    CHECK(finished.at(0).at(1).toString().isEmpty());
    CHECK(finished.at(0).at(0).toString().contains(QStringLiteral("stale-one")));
    CHECK(dialog.dueCount() == 0);
    CHECK_FALSE(QFile::exists(avatar));
    QSqlQuery q(session.value()->database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(login) FROM github_users")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("recent"));
    CHECK(ui::ForgetRunner::question({ QStringLiteral("x") }, true).contains(QStringLiteral("will not import them again")));
    CHECK_FALSE(ui::ForgetRunner::question({ QStringLiteral("x") }, false).contains(QStringLiteral("will not import them again")));
}
