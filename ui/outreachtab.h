// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "outreach/draftcomposer.h"
#include "outreach/draftstore.h"

#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace ks::ui {

class DraftChecklistView;
class OutreachContextEditor;
class WorkspaceSession;

// Outreach: a draft per candidate and requisition that cites their own
// work and says what the role offers. Left, the requisition's hiring
// context; centre, template, cited contribution, recipient and the editable
// text; right, the live checklist. Sending stays with the sourcer's own
// mail: copy, mailto:, .eml, or CSV for a sequencing tool. Marking sent
// moves the person to the "contacted" stage (undoable) and saves the version.
class OutreachTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutreachTab)

public:
    explicit OutreachTab(QWidget *parent = nullptr);
    ~OutreachTab() override;

    void setSession(std::shared_ptr<WorkspaceSession> session);
    // Shows the draft for one person (from the Pipeline, or tests).
    void openFor(qint64 requisitionId, const QString &login);
    qint64 currentRequisition() const;
    QString currentLogin() const;

    Result<outreach::Draft> saveVersion();
    Status markSent();
    Status saveEml(const QString &path) const;
    Status exportCsv(const QString &path) const;
    Status addGenericPhrase(const QString &phrase);

    QComboBox *requisitions() const { return m_requisitions; }
    QComboBox *candidates() const { return m_candidates; }
    QComboBox *templates() const { return m_templates; }
    QComboBox *evidence() const { return m_evidence; }
    QComboBox *recipients() const { return m_recipients; }
    QCheckBox *privacyLine() const { return m_privacy; }
    QLineEdit *subject() const { return m_subject; }
    QPlainTextEdit *body() const { return m_body; }
    OutreachContextEditor *contextEditor() const { return m_context; }
    DraftChecklistView *checklist() const { return m_checklist; }
    QLabel *stageLabel() const { return m_stage; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void reloadRequisitions();
    void reloadCandidates();
    void loadCandidate();
    void render();
    void recheck();
    void contextEdited();
    void saveContext();
    void showVersion(int index);
    void refreshStage();
    void copyToClipboard();
    void openInMailClient();
    void saveEmlDialog();
    void exportCsvDialog();
    void addPhraseDialog();
    void editTemplates();
    QString recipient() const;

    std::shared_ptr<WorkspaceSession> m_session;
    std::unique_ptr<store::PipelineStore> m_pipeline;
    std::optional<outreach::DraftSources> m_sources;
    QList<store::Requisition> m_requisitionList;
    QList<outreach::Draft> m_versions;
    QString m_lastRendered; // the body as the template made it, to tell edits apart
    bool m_loading = false;

    QComboBox *m_requisitions;
    QComboBox *m_candidates;
    QLabel *m_stage;
    OutreachContextEditor *m_context;
    QComboBox *m_templates;
    QComboBox *m_evidence;
    QComboBox *m_recipients;
    QCheckBox *m_privacy;
    QComboBox *m_versionPicker;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    DraftChecklistView *m_checklist;
    QPushButton *m_markSent;
    QTimer *m_contextSave;
};

} // namespace ks::ui
