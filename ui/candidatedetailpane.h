// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QWidget>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace ks::ui {

class ActivityChart;
class WorkspaceSession;

// The person behind the selected row: a header with their avatar, name,
// stage and tags in this requisition; then profile facts with where they
// came from, contact channels, why they rank (each evidence item a link),
// their stage history and notes (Markdown, never HTML), and a box to add a
// note. Only http(s) and mailto links open, and only in the system browser.
class CandidateDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateDetailPane)

public:
    static constexpr int AvatarSize = 48; // logical pixels

    explicit CandidateDetailPane(QWidget *parent = nullptr);

    void setSession(std::shared_ptr<WorkspaceSession> session);
    void show(qint64 requisitionId, qint64 layerId, qint64 userId);
    void reload();
    void focusNote();
    // The note `body` for `userId` was saved: the editor lets go of it.
    void noteSaved(qint64 userId, const QString &body);
    // What the pane shows as HTML: the header, then the body.
    QString html() const;
    QString tagsText() const;
    const QLabel *avatar() const { return m_avatar; }
    ActivityChart *chart() const { return m_chart; }
    // Whether a link in the pane may be handed to the system: http(s) and mailto only.
    static bool isOpenable(const QUrl &url);

Q_SIGNALS:
    void addNoteRequested(qint64 userId, const QString &body);
    // An evidence item was clicked: the code viewer shows it (the browser
    // when nothing can).
    void evidenceRequested(const QString &url, const QString &fileName, int line);

private:
    void showHeader(const QString &login, const QString &name, const QString &profileUrl, const QString &avatarUrl);
    void updateAvatar();
    void appendNotes();
    void openLink(const QUrl &url);

    std::shared_ptr<WorkspaceSession> m_session;
    QLabel *m_avatar;
    QLabel *m_title;
    QLabel *m_facts; // stage, next action and tags in this requisition
    QTextBrowser *m_text;
    ActivityChart *m_chart;
    QPlainTextEdit *m_note;
    QPushButton *m_addNote;
    qint64 m_requisitionId = 0, m_layerId = 0, m_userId = 0;
    QString m_login, m_name, m_avatarUrl;
    QStringList m_tags;
    struct Place
    {
        QString fileName;
        int line = 0;
    };
    QHash<QString, Place> m_evidence; // shown evidence URLs -> where in the code
};

} // namespace ks::ui
