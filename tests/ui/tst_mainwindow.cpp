// SPDX-License-Identifier: MIT
// Drives the real widgets offscreen and checks what reached the workspace.
#include "fakegithub.h"
#include "fielderrorlabel.h"
#include "fixtureloader.h"
#include "itemmodels/layerlistmodel.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "store/presets.h"
#include "store/tokenstore.h"
#include "support/tempworkspace.h"
#include "sync/githubsettings.h"
#include "syncpanel.h"
#include "workspacesession.h"

#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch_test_macros.hpp>

using namespace ks;

namespace {

struct Window
{
    TempWorkspace tmp;
    ui::MainWindow window;
    Window()
    {
        {
            store::Database db;
            REQUIRE(db.open(tmp.path()).ok());
            REQUIRE(store::presets::apply(db, QStringLiteral("ml-compilers")).ok());
        }
        REQUIRE(window.openWorkspace(tmp.path()).ok());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    // Read through an independent connection, as another process would.
    RoleLayer stored(const QString &slug)
    {
        store::Database db;
        REQUIRE(db.open(tmp.path()).ok());
        return store::LayerStore(db).find(slug).value();
    }
    int storedCount()
    {
        store::Database db;
        REQUIRE(db.open(tmp.path()).ok());
        return int(store::LayerStore(db).all()->size());
    }
    template<typename T> T *child(const char *name)
    {
        T *w = window.findChild<T *>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
};

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("editing a layer's name through the form saves it, and undo restores it", "[ui]")
{
    Window w;
    w.window.tabs()->setCurrentIndex(0);
    auto *list = w.child<QListView>("layerList");
    list->setCurrentIndex(list->model()->index(2, 0)); // Compiler backend
    auto *name = w.child<QLineEdit>("layerName");
    REQUIRE(name->text() == QStringLiteral("Compiler backend"));
    typeInto(name, QStringLiteral("Compiler backend (MLIR)"));
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(w.stored(QStringLiteral("backend")).name == QStringLiteral("Compiler backend (MLIR)"));
    CHECK(list->currentIndex().data().toString() == QStringLiteral("Compiler backend (MLIR)"));

    w.window.session()->undoStack().undo();
    CHECK(w.stored(QStringLiteral("backend")).name == QStringLiteral("Compiler backend"));

    SECTION("an empty name is refused beside the field and not saved")
    {
        typeInto(name, QString());
        name->clear();
        QTest::keyClick(name, Qt::Key_Return);
        auto *error = w.child<ui::FieldErrorLabel>("layerNameError");
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("needs a name")));
        CHECK(w.stored(QStringLiteral("backend")).name == QStringLiteral("Compiler backend"));
    }
}

TEST_CASE("adding, removing and restoring layers with the buttons", "[ui]")
{
    Window w;
    QTest::mouseClick(w.child<QPushButton>("addLayer"), Qt::LeftButton);
    CHECK(w.storedCount() == 4);
    CHECK(w.stored(QStringLiteral("custom")).name == QStringLiteral("New layer"));
    auto *list = w.child<QListView>("layerList");
    CHECK(list->currentIndex().data().toString() == QStringLiteral("New layer"));

    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::mouseClick(w.child<QPushButton>("removeLayer"), Qt::LeftButton);
    CHECK(w.storedCount() == 3);
    w.window.session()->undoStack().undo();
    CHECK(w.storedCount() == 4);
    CHECK(w.stored(QStringLiteral("kernel")).repos.size() == 4);
}

TEST_CASE("the repo map form saves valid entries and explains refused ones", "[ui]")
{
    Window w;
    w.window.tabs()->setCurrentIndex(1);
    auto *repo = w.child<QLineEdit>("repoName");
    auto *paths = w.child<QLineEdit>("repoPaths");
    auto *save = w.child<QPushButton>("saveRepo");
    auto *table = w.child<QTableView>("repoMapTable");
    const RoleLayer before = w.stored(QStringLiteral("kernel"));

    SECTION("a valid repository with prefixes")
    {
        typeInto(repo, QStringLiteral("NVIDIA/cccl"));
        typeInto(paths, QStringLiteral("cub/cub/, thrust"));
        QTest::mouseClick(save, Qt::LeftButton);
        const RoleLayer after = w.stored(QStringLiteral("kernel"));
        REQUIRE(after.repos.size() == before.repos.size() + 1);
        CHECK(after.repos.constLast().fullName() == QStringLiteral("NVIDIA/cccl"));
        CHECK(after.repos.constLast().pathPrefixes == QStringList { QStringLiteral("cub/cub"), QStringLiteral("thrust") });
        CHECK(table->model()->rowCount() == before.repos.size() + 1 + before.forums.size());
        CHECK(repo->text().isEmpty());
    }
    SECTION("a malformed repository is refused beside its field")
    {
        typeInto(repo, QStringLiteral("github.com/NVIDIA/cccl"));
        QTest::mouseClick(save, Qt::LeftButton);
        auto *error = w.child<ui::FieldErrorLabel>("repoNameError");
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("OWNER/NAME")));
        CHECK(w.stored(QStringLiteral("kernel")) == before);
        CHECK(repo->text() == QStringLiteral("github.com/NVIDIA/cccl")); // kept for correction
    }
    SECTION("an absolute path prefix is refused beside its field")
    {
        typeInto(repo, QStringLiteral("NVIDIA/cccl"));
        typeInto(paths, QStringLiteral("/etc"));
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(w.child<ui::FieldErrorLabel>("repoPathsError")->isVisible());
        CHECK(w.stored(QStringLiteral("kernel")) == before);
    }
    SECTION("forums: a bad address is explained, a good one saved")
    {
        auto *forum = w.child<QLineEdit>("forumUrl");
        typeInto(forum, QStringLiteral("ftp://discourse.llvm.org"));
        QTest::mouseClick(w.child<QPushButton>("addForum"), Qt::LeftButton);
        CHECK(w.child<ui::FieldErrorLabel>("forumUrlError")->isVisible());
        CHECK(w.stored(QStringLiteral("kernel")) == before);
        typeInto(forum, QStringLiteral("https://discourse.llvm.org/c/mlir/31"));
        QTest::mouseClick(w.child<QPushButton>("addForum"), Qt::LeftButton);
        CHECK(w.stored(QStringLiteral("kernel")).forums.contains(QStringLiteral("https://discourse.llvm.org/c/mlir/31")));
    }
    SECTION("removing the selected entry")
    {
        table->selectRow(0); // triton-lang/triton
        QTest::mouseClick(w.child<QPushButton>("removeRepoMapEntry"), Qt::LeftButton);
        const RoleLayer after = w.stored(QStringLiteral("kernel"));
        CHECK(after.repos.size() == before.repos.size() - 1);
        CHECK(after.repos[0].fullName() == QStringLiteral("NVIDIA/cutlass"));
    }
}

TEST_CASE("the demo workspace opens as a copy and every tab renders", "[ui]")
{
    ui::MainWindow window;
    REQUIRE(window.openDemo().ok());
    REQUIRE(window.session()->isDemo());
    CHECK(window.session()->layerModel().rowCount() == 3);
    CHECK_FALSE(window.session()->path().startsWith(QLatin1Char(':')));
    window.show();
    TempWorkspace out;
    const auto shots = window.saveTabScreenshots(out.dir());
    REQUIRE(shots.ok());
    REQUIRE(shots->size() == window.tabs()->count() + 3); // every tab, the sync panel, the pipeline board, the settings
    for (const QString &file : shots.value()) {
        const QImage image(file);
        INFO(file.toStdString());
        CHECK(image.width() >= 400);
        CHECK(image.height() >= (file.endsWith(QStringLiteral("settings.png")) ? 150 : 300)); // the dialog is smaller
    }
}

TEST_CASE("syncing from the window runs off the GUI thread and fills the workspace", "[ui][sync][timing]")
{
    ks::fake::FakeGitHub github;
    REQUIRE(github.listen());
    REQUIRE(ks::fake::loadFixtureFile(github, QStringLiteral(KS_DEMO_GITHUB_FIXTURE)).ok());
    QSettings().setValue(QStringLiteral("github/apiRoot"), github.apiRoot().toString());
    Window w;
    // The token comes from the store (the keychain's seam) when GITHUB_TOKEN is unset.
    qunsetenv("GITHUB_TOKEN");
    store::MemoryTokenStore tokens;
    tokens.write(github.apiRoot().host(), "keychain-token-42", [](const Status &) { });
    w.window.setTokenStore(&tokens);
    auto *panel = w.window.syncPanel();
    QSignalSpy status(panel, &ui::SyncPanel::statusText);

    // The event loop must keep turning while the worker syncs: measure the
    // longest gap between 5 ms timer ticks.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, longest = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longest = std::max(longest, clock.elapsed() - last);
        last = clock.elapsed();
    });
    tick.start(5);
    panel->startSync();
    REQUIRE(panel->isRunning());
    REQUIRE(QTest::qWaitFor([&] { return !panel->isRunning(); }, 60000));
    tick.stop();
    QSettings().remove(QStringLiteral("github/apiRoot"));

    const QString lastStatus = status.constLast().at(0).toString();
    INFO(lastStatus.toStdString());
    CHECK(lastStatus.startsWith(QStringLiteral("Sync done")));
    CHECK(longest < 250);
    CHECK(github.lastRequestHeader("authorization") == "Bearer keychain-token-42");
    store::Database db;
    REQUIRE(db.open(w.tmp.path()).ok());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM pull_requests WHERE relevant = 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > 10);
    auto *table = w.window.findChild<QTableWidget *>(QStringLiteral("syncTable"));
    REQUIRE(table);
    CHECK(table->rowCount() == 10); // one row per preset repository
}

TEST_CASE("settings: a bad API root is refused beside its field; the token goes to the store, not the settings", "[ui][settings]")
{
    store::MemoryTokenStore tokens;
    ui::SettingsDialog dialog(tokens);
    dialog.show();
    auto *api = dialog.findChild<QLineEdit *>(QStringLiteral("apiRoot"));
    auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("token"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("tokenStatus"));
    REQUIRE(api);
    REQUIRE(token);
    REQUIRE(status);
    CHECK(token->echoMode() == QLineEdit::Password);

    api->setText(QStringLiteral("ftp://github.example.com"));
    dialog.accept();
    CHECK(dialog.isVisible()); // refused
    CHECK(dialog.findChildren<ui::FieldErrorLabel *>().first()->isVisible());

    api->setText(QStringLiteral("https://github.example.com/api/v3/"));
    token->setText(QStringLiteral("ghp_settingsTokenValue"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveToken")), Qt::LeftButton);
    CHECK(token->text().isEmpty());
    CHECK(status->text().contains(QStringLiteral("stored in the system keychain")));
    QByteArray stored;
    tokens.read(QStringLiteral("github.example.com"), [&](const Result<QByteArray> &t) { stored = t.value(); });
    CHECK(stored == "ghp_settingsTokenValue");

    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    CHECK(sync::githubsettings::apiRoot() == QStringLiteral("https://github.example.com/api/v3"));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(QStringLiteral("ghp_settingsTokenValue")));
    settings.remove(QStringLiteral("github"));
}
