// SPDX-License-Identifier: MIT
#include "codeviewerwindow.h"

#include "codeviewer.h"
#include "codeviewerfindbar.h"
#include "scoring/signalcatalogue.h"
#include "scoring/syntaxrepository.h"
#include "signalpanel.h"
#include "viewer/filefetcher.h"
#include "viewer/viewersource.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>

namespace ks::ui {

using namespace Qt::StringLiterals;

CodeViewerWindow::CodeViewerWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_viewer(new CodeViewer)
    , m_findBar(new CodeViewerFindBar(m_viewer))
    , m_panel(new SignalPanel)
    , m_theme(new QComboBox)
    , m_status(new QLabel)
{
    setObjectName(u"codeViewerWindow"_s);
    m_status->setTextFormat(Qt::PlainText); // shows file names from strangers' PRs
    auto *codeColumn = new QWidget;
    auto *column = new QVBoxLayout(codeColumn);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_viewer);
    column->addWidget(m_findBar);
    m_findBar->hide();

    auto *splitter = new QSplitter;
    splitter->addWidget(codeColumn);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 760, 300 });
    setCentralWidget(splitter);
    statusBar()->addWidget(m_status, 1);

    buildActions();
    connect(m_panel, &SignalPanel::markActivated, this, [this](int index) {
        const auto &marks = m_viewer->signalMarks();
        if (index >= 0 && index < marks.size())
            m_viewer->scrollToRow(marks.at(index).row, marks.at(index).start, marks.at(index).length);
    });
    connect(m_viewer, &CodeViewer::signalsFound, this, [this] {
        m_panel->setMarks(m_viewer->viewDocument(), m_viewer->signalMarks());
        updateStatus();
    });
    connect(m_viewer, &CodeViewer::highlightingFinished, this, &CodeViewerWindow::updateStatus);
    resize(1100, 720);
}

CodeViewerWindow::~CodeViewerWindow() = default;

void CodeViewerWindow::buildActions()
{
    QToolBar *bar = addToolBar(tr("Viewer"));
    bar->setObjectName(u"viewerToolBar"_s);
    bar->setMovable(false);
    const auto action = [this, bar](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, this, slot);
        bar->addAction(a);
        return a;
    };
    action(tr("Find"), { QKeySequence::Find }, [this] { m_findBar->activate(); });
    action(tr("Go to line"), { QKeySequence(Qt::CTRL | Qt::Key_G), QKeySequence(Qt::CTRL | Qt::Key_L) }, [this] { askLine(); });
    bar->addSeparator();
    action(tr("Copy"), {}, [this] { m_viewer->copyCode(false); })->setToolTip(tr("Copy the selected code (Ctrl+C)"));
    action(tr("Copy with line numbers"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) }, [this] { m_viewer->copyCode(true); });
    bar->addSeparator();
    QAction *wrap = action(tr("Wrap"), { QKeySequence(Qt::ALT | Qt::Key_Z) }, [this](bool on) { m_viewer->setWrapping(on); });
    wrap->setCheckable(true);
    action(tr("Zoom in"), { QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn }, [this] { m_viewer->zoom(1); });
    action(tr("Zoom out"), { QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut }, [this] { m_viewer->zoom(-1); });
    action(tr("Actual size"), { QKeySequence(Qt::CTRL | Qt::Key_0) }, [this] { m_viewer->zoomReset(); });
    bar->addSeparator();
    QAction *panel
        = action(tr("Signals"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S) }, [this](bool on) { m_panel->setVisible(on); });
    panel->setCheckable(true);
    panel->setChecked(true);

    // Hidden from the toolbar, reachable by key.
    auto *next = new QAction(tr("Find next"), this);
    next->setShortcut(QKeySequence::FindNext);
    connect(next, &QAction::triggered, this, [this] { m_findBar->findNext(false); });
    auto *previous = new QAction(tr("Find previous"), this);
    previous->setShortcut(QKeySequence::FindPrevious);
    connect(previous, &QAction::triggered, this, [this] { m_findBar->findNext(true); });
    addActions({ next, previous });

    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Theme ")));
    m_theme->addItem(tr("Follow system"), QString());
    auto themes = scoring::syntaxRepository().themes();
    std::sort(themes.begin(), themes.end(),
        [](const auto &a, const auto &b) { return a.translatedName().localeAwareCompare(b.translatedName()) < 0; });
    for (const auto &theme : std::as_const(themes))
        m_theme->addItem(theme.translatedName(), theme.name());
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] { m_viewer->setThemeName(m_theme->currentData().toString()); });
    bar->addWidget(m_theme);
}

void CodeViewerWindow::askLine()
{
    bool ok = false;
    const int line = QInputDialog::getInt(
        this, tr("Go to line"), tr("Line:"), m_viewer->viewDocument().rows.value(m_viewer->currentRow()).newLine, 1, 10'000'000, 1, &ok);
    if (ok)
        m_viewer->goToLine(line);
}

void CodeViewerWindow::updateStatus()
{
    const viewer::ViewDocument &doc = m_viewer->viewDocument();
    QStringList languages;
    for (const viewer::ViewFile &file : doc.files) {
        if (!file.language.isEmpty() && !languages.contains(file.language))
            languages.append(file.language);
    }
    int anti = 0;
    int good = 0;
    for (const viewer::SignalMark &mark : m_viewer->signalMarks()) {
        if (!mark.continued)
            (mark.signal->anti ? anti : good) += 1;
    }
    QStringList parts;
    parts.append(languages.isEmpty() ? tr("Plain text") : languages.join(u", "_s));
    if (doc.isDiff)
        parts.append(tr("%n file(s)", nullptr, int(doc.files.size())));
    if (!doc.notes.isEmpty())
        parts.append(tr("%n review comment(s)", nullptr, int(doc.notes.size())));
    parts.append(tr("%n signal(s)", nullptr, good));
    if (anti > 0)
        parts.append(tr("%n anti-signal(s)", nullptr, anti));
    if (!m_viewer->isHighlighted())
        parts.append(tr("highlighting\u2026"));
    m_status->setText(parts.join(u"  \u00b7  "_s));
}

void CodeViewerWindow::showDocument(viewer::ViewDocument document)
{
    setWindowTitle(tr("%1 \u2014 Kernel Scout").arg(document.title));
    m_viewer->showDocument(std::move(document));
    m_panel->setMarks(m_viewer->viewDocument(), {});
    updateStatus();
}

Status CodeViewerWindow::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    viewer::ViewDocument doc = viewer::fileDocument(QFileInfo(path).fileName(), viewer::decodeText(file.readAll()));
    doc.title = QFileInfo(path).fileName();
    showDocument(std::move(doc));
    return {};
}

Status CodeViewerWindow::openPull(store::Database &db, const QString &owner, const QString &name, int number)
{
    auto doc = viewer::loadPull(db, owner, name, number);
    if (!doc)
        return Status::from(doc);
    showDocument(std::move(doc).value());
    return {};
}

Status CodeViewerWindow::openEvidence(store::Database &db, const QString &url, const QString &fileName, int line)
{
    using Kind = viewer::EvidenceTarget::Kind;
    const viewer::EvidenceTarget t = viewer::parseEvidenceUrl(url);
    switch (t.kind) {
    case Kind::Pull: {
        if (Status s = openPull(db, t.owner, t.name, t.number); !s)
            return s;
        if (!(t.commentId > 0 && goToComment(t.commentId)) && line > 0)
            goToLine(line, fileName);
        return {};
    }
    case Kind::Commit: {
        const auto pull = viewer::pullOfCommit(db, t.owner, t.name, t.ref);
        if (pull && pull.value() > 0) {
            if (Status s = openPull(db, t.owner, t.name, pull.value()); !s)
                return s;
            if (line > 0)
                goToLine(line, fileName);
            return {};
        }
        if (fileName.isEmpty())
            return Status::failure(tr("The changes of commit %1 are not in the workspace.").arg(t.ref.left(10)));
        return openFileAt(db, t.owner, t.name, t.ref, fileName, line);
    }
    case Kind::File:
        return openFileAt(db, t.owner, t.name, t.ref, t.path, t.line > 0 ? t.line : line);
    case Kind::Unknown:
        break;
    }
    return Status::failure(tr("%1 is not a GitHub pull request, commit or file link.").arg(url));
}

Status CodeViewerWindow::openFileAt(
    store::Database &db, const QString &owner, const QString &name, const QString &ref, const QString &path, int line)
{
    disconnect(m_fetchDone);
    disconnect(m_fetchFailed);
    auto doc = viewer::loadCachedFile(db, owner, name, ref, path);
    if (doc) {
        showDocument(std::move(doc).value());
        goToLine(line);
        return {};
    }
    if (!m_fetcher)
        return Status::from(doc);
    // Fetched into the cache, then shown; meanwhile the window says so.
    showNote(path, tr("Fetching %1 at %2 from GitHub\u2026").arg(path, ref.left(10)));
    m_fetchDone = connect(m_fetcher, &viewer::FileFetcher::fetched, this,
        [this, &db, owner, name, ref, path, line](const QString &o, const QString &n, const QString &r, const QString &p) {
            if (o != owner || n != name || r != ref || p != path)
                return;
            disconnect(m_fetchDone);
            disconnect(m_fetchFailed);
            auto fetched = viewer::loadCachedFile(db, owner, name, ref, path);
            if (!fetched) {
                showNote(path, fetched.error());
                return;
            }
            showDocument(std::move(fetched).value());
            goToLine(line);
        });
    m_fetchFailed = connect(m_fetcher, &viewer::FileFetcher::fetchFailed, this, [this, path](const QString &message) {
        disconnect(m_fetchDone);
        disconnect(m_fetchFailed);
        showNote(path, message);
    });
    m_fetcher->fetch(owner, name, ref, path);
    return {};
}

void CodeViewerWindow::showNote(const QString &title, const QString &text)
{
    viewer::ViewDocument doc;
    doc.title = title;
    viewer::ViewRow row;
    row.kind = viewer::RowKind::Note;
    row.text = viewer::visibleText(text); // may quote a path or a server's message
    doc.rows.append(row);
    doc.files.append({ title, {}, {}, {}, false, 0, 0, 0 });
    showDocument(std::move(doc));
    m_status->setText(text);
}

bool CodeViewerWindow::goToLine(int line, const QString &fileName)
{
    if (line <= 0)
        return false;
    const auto &files = m_viewer->viewDocument().files;
    int file = 0;
    for (int i = 0; i < files.size() && !fileName.isEmpty(); ++i) {
        if (files.at(i).path == fileName || files.at(i).path.endsWith(u'/' + fileName)) {
            file = i;
            break;
        }
    }
    const bool ok = m_viewer->goToLine(line, file);
    // Before the window is laid out, centring has nothing to centre in.
    if (ok)
        QTimer::singleShot(0, m_viewer, &CodeViewer::centerCursor);
    return ok;
}

bool CodeViewerWindow::goToComment(qint64 commentId)
{
    const auto &notes = m_viewer->viewDocument().notes;
    for (int n = 0; n < notes.size(); ++n) {
        if (notes.at(n).id == commentId) {
            const bool ok = m_viewer->scrollToRow(m_viewer->viewDocument().rowOfNote(n));
            if (ok)
                QTimer::singleShot(0, m_viewer, &CodeViewer::centerCursor);
            return ok;
        }
    }
    return false;
}

} // namespace ks::ui
