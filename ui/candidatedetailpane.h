// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <memory>

class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace ks::ui {

class WorkspaceSession;

// The person behind the selected row: profile facts with where they came
// from, contact channels, why they rank (each evidence item a link), their
// stage history and notes in this requisition, and a box to add a note.
class ActivityChart;

class CandidateDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateDetailPane)

public:
    explicit CandidateDetailPane(QWidget *parent = nullptr);

    void setSession(std::shared_ptr<WorkspaceSession> session);
    void show(qint64 requisitionId, qint64 layerId, qint64 userId);
    void reload();
    void focusNote();
    QString html() const;
    ActivityChart *chart() const { return m_chart; }

Q_SIGNALS:
    void addNoteRequested(qint64 userId, const QString &body);

private:
    std::shared_ptr<WorkspaceSession> m_session;
    QTextBrowser *m_text;
    ActivityChart *m_chart;
    QPlainTextEdit *m_note;
    QPushButton *m_addNote;
    qint64 m_requisitionId = 0, m_layerId = 0, m_userId = 0;
};

} // namespace ks::ui
