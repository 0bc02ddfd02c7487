// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "viewer/viewdocument.h"

#include <QMainWindow>

class QComboBox;
class QLabel;

namespace ks::store {
class Database;
}
namespace ks::viewer {
class FileFetcher;
}

namespace ks::ui {

class CodeViewer;
class CodeViewerFindBar;
class SignalPanel;

// The code viewer as a window: the code, a find bar, the signal panel, and a
// toolbar for theme, wrapping, zoom, copying and go-to-line. Other views open
// it on a file, a PR's diff, or one of a candidate's evidence links.
class CodeViewerWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeViewerWindow)

public:
    explicit CodeViewerWindow(QWidget *parent = nullptr);
    ~CodeViewerWindow() override;

    void showDocument(viewer::ViewDocument document);
    // A file on disk.
    Status openFile(const QString &path);
    // A PR's diff from the workspace, review comments inline.
    Status openPull(store::Database &db, const QString &owner, const QString &name, int number);
    // An evidence link (a PR, a review comment, a commit or a file at a
    // commit, as GitHub URLs) from the workspace; `fileName` and `line`
    // (new-side) say where to scroll when the URL itself does not.
    Status openEvidence(store::Database &db, const QString &url, const QString &fileName = {}, int line = 0);

    // Files at a commit that the workspace has not cached yet are fetched
    // through this (owned by the caller, on the same Database as the one
    // passed to openEvidence); without one, such evidence fails with a message.
    void setFileFetcher(viewer::FileFetcher *fetcher) { m_fetcher = fetcher; }

    // Scrolls once the document is shown: to a line of a file (by path; empty:
    // the first), to a review comment by GitHub id.
    bool goToLine(int line, const QString &fileName = {});
    bool goToComment(qint64 commentId);

    CodeViewer *viewer() const { return m_viewer; }
    SignalPanel *signalPanel() const { return m_panel; }
    CodeViewerFindBar *findBar() const { return m_findBar; }
    QComboBox *themePicker() const { return m_theme; }

private:
    void buildActions();
    Status openFileAt(store::Database &db, const QString &owner, const QString &name, const QString &ref, const QString &path, int line);
    void showNote(const QString &title, const QString &text);
    void askLine();
    void updateStatus();

    CodeViewer *m_viewer;
    CodeViewerFindBar *m_findBar;
    SignalPanel *m_panel;
    QComboBox *m_theme;
    QLabel *m_status;
    viewer::FileFetcher *m_fetcher = nullptr;
    QMetaObject::Connection m_fetchDone;
    QMetaObject::Connection m_fetchFailed;
};

} // namespace ks::ui
