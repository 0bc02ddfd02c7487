// SPDX-License-Identifier: MIT
#include "outreachtab.h"

#include "domain/clock.h"
#include "domain/privatefiles.h"
#include "draftchecklistview.h"
#include "outreach/draftexport.h"
#include "outreach/draftfields.h"
#include "outreach/draftstore.h"
#include "outreach/emlwriter.h"
#include "outreach/genericphrasestore.h"
#include "outreach/sentmarker.h"
#include "outreachcontexteditor.h"
#include "outreachtemplatedialog.h"
#include "plaintext.h"
#include "store/database.h"
#include "store/scorestore.h"
#include "store/triagecommand.h"
#include "workspacesession.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ks::ui {
namespace {

Status writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !privatefiles::restrict(f) || f.write(data) != data.size() || !f.commit())
        return Status::failure(QCoreApplication::translate("ks::ui::OutreachTab", "Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

QString evidenceText(const scoring::Evidence &e)
{
    const QString when = e.happenedAt.isValid() ? e.happenedAt.date().toString(u"yyyy-MM"_s) + u"  "_s : QString();
    return when + outreach::contributionTitle(e).left(90);
}

} // namespace

OutreachTab::OutreachTab(QWidget *parent)
    : QWidget(parent)
    , m_requisitions(new QComboBox(this))
    , m_candidates(new QComboBox(this))
    , m_stage(new QLabel(this))
    , m_context(new OutreachContextEditor(this))
    , m_templates(new QComboBox(this))
    , m_evidence(new QComboBox(this))
    , m_recipients(new QComboBox(this))
    , m_privacy(new QCheckBox(tr("Add a privacy line saying where their address came from"), this))
    , m_versionPicker(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_checklist(new DraftChecklistView(this))
    , m_markSent(new QPushButton(tr("Mark sent"), this))
    , m_contextSave(new QTimer(this))
{
    m_requisitions->setMinimumContentsLength(28);
    m_requisitions->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_candidates->setMinimumContentsLength(24);
    m_candidates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stage->setTextFormat(Qt::PlainText);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Requisition"), this));
    top->addWidget(m_requisitions);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Candidate"), this));
    top->addWidget(m_candidates);
    top->addWidget(m_stage);
    top->addStretch(1);

    m_evidence->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_evidence->setMinimumContentsLength(30);
    m_recipients->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recipients->setMinimumContentsLength(30);
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto *choices = new QFormLayout;
    choices->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_templates->setObjectName(QStringLiteral("templates"));
    auto *editTemplates = new QPushButton(tr("Templates…"), this);
    editTemplates->setObjectName(QStringLiteral("editTemplates"));
    editTemplates->setToolTip(tr("Write your own templates, or a copy of a bundled one"));
    connect(editTemplates, &QPushButton::clicked, this, &OutreachTab::editTemplates);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templates, 1);
    templateRow->addWidget(editTemplates);
    choices->addRow(tr("Template"), templateRow);
    choices->addRow(tr("Cite"), m_evidence);
    choices->addRow(tr("To"), m_recipients);
    choices->addRow(QString(), m_privacy);
    choices->addRow(tr("Version"), m_versionPicker);
    choices->addRow(tr("Subject"), m_subject);

    auto *reset = new QPushButton(tr("Re-render"), this);
    reset->setToolTip(tr("Replace the text with the template's, dropping your edits"));
    auto *save = new QPushButton(tr("Save version"), this);
    auto *copy = new QPushButton(tr("Copy"), this);
    auto *mail = new QPushButton(tr("Open in mail client"), this);
    auto *eml = new QPushButton(tr("Save .eml…"), this);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    csv->setToolTip(tr("The newest draft of everyone in this requisition, for a sequencing tool"));
    m_markSent->setToolTip(tr("Move to the Contacted stage and set a follow-up in %n day(s)", nullptr, outreach::DefaultFollowUpDays));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { reset, save, copy, mail, eml, csv })
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_markSent);

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(choices);
    editorLayout->addWidget(m_body, 1);
    editorLayout->addLayout(buttons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_checklist, 1);
    auto *addPhrase = new QPushButton(tr("Flag another generic phrase…"), right);
    rightLayout->addWidget(addPhrase);

    // The form keeps its natural height at the top of the column.
    auto *contextColumn = new QWidget(this);
    auto *contextLayout = new QVBoxLayout(contextColumn);
    contextLayout->setContentsMargins(0, 0, 0, 0);
    contextLayout->addWidget(m_context);
    contextLayout->addStretch(1);
    auto *contextScroll = new QScrollArea(this);
    contextScroll->setWidget(contextColumn);
    contextScroll->setWidgetResizable(true);
    contextScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    contextScroll->setFrameShape(QFrame::NoFrame);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(contextScroll);
    split->addWidget(editor);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setStretchFactor(2, 2);
    split->setSizes({ 300, 560, 280 });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    m_contextSave->setSingleShot(true);
    m_contextSave->setInterval(400);
    connect(m_contextSave, &QTimer::timeout, this, &OutreachTab::saveContext);
    connect(m_requisitions, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            reloadCandidates();
    });
    connect(m_candidates, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            loadCandidate();
    });
    for (QComboBox *c : { m_templates, m_evidence, m_recipients }) {
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                render();
        });
    }
    connect(m_privacy, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            render();
    });
    connect(m_versionPicker, &QComboBox::activated, this, &OutreachTab::showVersion);
    connect(m_context, &OutreachContextEditor::edited, this, &OutreachTab::contextEdited);
    connect(m_subject, &QLineEdit::textChanged, this, &OutreachTab::recheck);
    connect(m_body, &QPlainTextEdit::textChanged, this, &OutreachTab::recheck);
    connect(reset, &QPushButton::clicked, this, &OutreachTab::render);
    connect(save, &QPushButton::clicked, this, [this] {
        const auto saved = saveVersion();
        Q_EMIT statusMessage(saved ? tr("Saved version %1.").arg(saved->version) : saved.error());
    });
    connect(copy, &QPushButton::clicked, this, &OutreachTab::copyToClipboard);
    connect(mail, &QPushButton::clicked, this, &OutreachTab::openInMailClient);
    connect(eml, &QPushButton::clicked, this, &OutreachTab::saveEmlDialog);
    connect(csv, &QPushButton::clicked, this, &OutreachTab::exportCsvDialog);
    connect(addPhrase, &QPushButton::clicked, this, &OutreachTab::addPhraseDialog);
    connect(m_markSent, &QPushButton::clicked, this, [this] {
        if (m_checklist->readiness() == outreach::Readiness::NotReady
            && QMessageBox::question(this, tr("Mark sent"), tr("Some required checks fail. Mark this message sent anyway?"))
                != QMessageBox::Yes)
            return;
        if (Status s = markSent(); !s)
            Q_EMIT statusMessage(s.error());
    });
}

OutreachTab::~OutreachTab() = default;

void OutreachTab::setSession(std::shared_ptr<WorkspaceSession> session)
{
    saveContext();
    m_session = std::move(session);
    m_sources.reset();
    m_pipeline = m_session ? std::make_unique<store::PipelineStore>(m_session->database()) : nullptr;
    reloadRequisitions();
}

qint64 OutreachTab::currentRequisition() const
{
    return m_requisitions->currentData().toLongLong();
}

QString OutreachTab::currentLogin() const
{
    return m_candidates->currentData().toString();
}

void OutreachTab::openFor(qint64 requisitionId, const QString &login)
{
    const int r = m_requisitions->findData(requisitionId);
    if (r >= 0 && r != m_requisitions->currentIndex())
        m_requisitions->setCurrentIndex(r);
    int c = m_candidates->findData(login);
    if (c < 0 && !login.isEmpty()) {
        // Someone ranked below the list's depth: add them for this session.
        m_candidates->addItem(login, login);
        c = m_candidates->count() - 1;
    }
    if (c >= 0 && c != m_candidates->currentIndex())
        m_candidates->setCurrentIndex(c);
    else if (c >= 0)
        loadCandidate(); // asked for again: read afresh (templates or evidence may have changed)
}

void OutreachTab::reloadRequisitions()
{
    m_loading = true;
    const qint64 previous = currentRequisition();
    m_requisitions->clear();
    m_requisitionList.clear();
    if (m_pipeline) {
        if (const auto list = m_pipeline->requisitions())
            m_requisitionList = list.value();
    }
    for (const store::Requisition &r : std::as_const(m_requisitionList)) {
        if (r.open)
            m_requisitions->addItem(r.title, r.id);
    }
    const int keep = m_requisitions->findData(previous);
    m_requisitions->setCurrentIndex(keep >= 0 ? keep : 0);
    m_loading = false;
    reloadCandidates();
}

void OutreachTab::reloadCandidates()
{
    saveContext();
    m_loading = true;
    m_candidates->clear();
    const qint64 req = currentRequisition();
    for (const store::Requisition &r : std::as_const(m_requisitionList)) {
        if (r.id != req || !m_session)
            continue;
        if (const auto top = store::ScoreStore(m_session->database()).top(r.layerId, 200)) {
            for (const scoring::CandidateScore &s : top.value())
                m_candidates->addItem(s.name.isEmpty() ? s.login : u"%1 (%2)"_s.arg(s.name, s.login), s.login);
        }
    }
    m_loading = false;
    loadCandidate();
}

void OutreachTab::loadCandidate()
{
    m_sources.reset();
    m_versions.clear();
    m_loading = true;
    for (QComboBox *c : { m_templates, m_evidence, m_recipients, m_versionPicker })
        c->clear();
    m_subject->clear();
    m_body->clear();
    m_loading = false;
    setEnabled(m_session != nullptr);
    if (!m_session || currentRequisition() == 0 || currentLogin().isEmpty()) {
        m_checklist->setChecks({});
        m_stage->clear();
        return;
    }
    auto sources = outreach::loadDraftSources(m_session->database(), currentRequisition(), currentLogin());
    if (!sources) {
        Q_EMIT statusMessage(sources.error());
        m_checklist->setChecks({});
        return;
    }
    m_sources = std::move(sources).value();

    m_loading = true;
    m_context->setContext(m_sources->context);
    for (const outreach::OutreachTemplate &t : std::as_const(m_sources->templates))
        m_templates->addItem(t.bundled ? t.name : tr("%1 (yours)").arg(t.name), t.name);
    if (const auto defaultTemplate = outreach::TemplateStore(m_session->database()).defaultFor(m_sources->layerSlug))
        m_templates->setCurrentIndex(std::max(0, m_templates->findData(defaultTemplate->name)));
    for (const scoring::Evidence &e : std::as_const(m_sources->citable)) {
        m_evidence->addItem(evidenceText(e), e.url);
        m_evidence->setItemData(m_evidence->count() - 1, plainToolTip(e.url), Qt::ToolTipRole);
    }
    if (m_sources->citable.isEmpty())
        m_evidence->addItem(tr("(no contribution on record in this layer)"), QString());
    for (const auto &c : std::as_const(m_sources->recipients)) {
        m_recipients->addItem(u"%1  —  %2"_s.arg(c.value, c.detail.isEmpty() ? c.kind : c.detail), c.value);
        m_recipients->setItemData(m_recipients->count() - 1,
            plainToolTip(tr("From %1, read %2").arg(c.sourceUrl, c.fetchedAt.date().toString(Qt::ISODate))), Qt::ToolTipRole);
    }
    if (m_sources->recipients.isEmpty())
        m_recipients->addItem(tr("(no e-mail address known: copy the text instead)"), QString());
    m_privacy->setEnabled(!m_sources->recipients.isEmpty());

    if (const auto versions = outreach::DraftStore(m_session->database()).versions(currentRequisition(), m_sources->person.userId))
        m_versions = versions.value();
    m_versionPicker->addItem(tr("Current text"));
    for (const outreach::Draft &d : std::as_const(m_versions))
        m_versionPicker->addItem(d.sentAt.isValid()
                ? tr("v%1, sent %2").arg(d.version).arg(d.sentAt.toLocalTime().toString(u"yyyy-MM-dd"_s))
                : tr("v%1, saved %2").arg(d.version).arg(d.createdAt.toLocalTime().toString(u"yyyy-MM-dd hh:mm"_s)));
    m_loading = false;
    refreshStage();

    // An unsent saved draft is the sourcer's work in progress: show it as
    // they left it. Otherwise start from the template.
    render();
    if (!m_versions.isEmpty() && !m_versions.first().sentAt.isValid()) {
        // Render its choices first, so the template's text is known and a
        // context edit later does not overwrite what they wrote.
        showVersion(1);
        render();
        showVersion(1);
    }
}

void OutreachTab::showVersion(int index)
{
    if (index <= 0 || index > m_versions.size())
        return;
    const outreach::Draft &d = m_versions.at(index - 1);
    m_loading = true;
    if (const int t = m_templates->findData(d.templateName); t >= 0)
        m_templates->setCurrentIndex(t);
    if (const int e = m_evidence->findData(d.evidenceUrl); e >= 0)
        m_evidence->setCurrentIndex(e);
    if (const int r = m_recipients->findData(d.recipient); r >= 0)
        m_recipients->setCurrentIndex(r);
    m_loading = false;
    m_subject->setText(d.subject);
    m_body->setPlainText(d.body);
    m_versionPicker->setCurrentIndex(index);
}

void OutreachTab::render()
{
    if (!m_sources)
        return;
    outreach::DraftChoice choice;
    choice.templateName = m_templates->currentData().toString();
    choice.evidenceUrl = m_evidence->currentData().toString();
    choice.recipient = recipient();
    choice.privacyLine = m_privacy->isChecked();
    const auto draft = outreach::renderDraft(*m_sources, choice);
    if (!draft) {
        Q_EMIT statusMessage(draft.error());
        return;
    }
    m_lastRendered = draft->body;
    m_subject->setText(draft->subject);
    m_subject->setCursorPosition(0);
    m_body->setPlainText(draft->body);
    m_versionPicker->setCurrentIndex(0);
    recheck();
}

void OutreachTab::recheck()
{
    if (m_loading)
        return;
    if (!m_sources) {
        m_checklist->setChecks({});
        return;
    }
    m_sources->context = m_context->context();
    const auto checks = outreach::checkRendered(*m_sources, m_subject->text(), m_body->toPlainText(), recipient());
    m_checklist->setChecks(checks);
}

void OutreachTab::contextEdited()
{
    if (!m_sources)
        return;
    m_contextSave->start();
    // The text follows the context while the sourcer has not edited it.
    const bool untouched = m_body->toPlainText() == m_lastRendered;
    m_sources->context = m_context->context();
    if (untouched)
        render();
    else
        recheck();
}

void OutreachTab::saveContext()
{
    if (!m_contextSave->isActive() || !m_sources || !m_session)
        return;
    m_contextSave->stop();
    const outreach::HiringContext edited = m_context->context();
    if (Status s = outreach::HiringContextStore(m_session->database()).save(m_sources->requisition.id, edited); !s)
        Q_EMIT statusMessage(s.error());
}

void OutreachTab::refreshStage()
{
    if (!m_pipeline || !m_sources)
        return m_stage->clear();
    const auto position = m_pipeline->position(currentRequisition(), m_sources->person.userId);
    const auto stage = m_pipeline->stageName(currentRequisition(), m_sources->person.userId);
    if (!position || !stage)
        return m_stage->clear();
    m_stage->setText(position->nextAction.isValid()
            ? tr("Stage: %1, next action %2").arg(stage.value(), position->nextAction.toString(Qt::ISODate))
            : tr("Stage: %1").arg(stage.value()));
}

QString OutreachTab::recipient() const
{
    return m_recipients->currentData().toString();
}

Result<outreach::Draft> OutreachTab::saveVersion()
{
    using R = Result<outreach::Draft>;
    if (!m_sources || !m_session)
        return R::failure(tr("Pick a candidate first."));
    saveContext();
    outreach::Draft d;
    d.requisitionId = currentRequisition();
    d.userId = m_sources->person.userId;
    d.templateName = m_templates->currentData().toString();
    d.evidenceUrl = m_evidence->currentData().toString();
    d.recipient = recipient();
    d.subject = m_subject->text();
    d.body = m_body->toPlainText();
    // Saving the same text twice adds no version.
    if (!m_versions.isEmpty() && !m_versions.first().sentAt.isValid() && m_versions.first().subject == d.subject
        && m_versions.first().body == d.body && m_versions.first().recipient == d.recipient)
        return m_versions.first();
    auto saved = outreach::DraftStore(m_session->database()).saveVersion(d);
    if (saved) {
        m_versions.prepend(saved.value());
        const QSignalBlocker quiet(m_versionPicker);
        m_versionPicker->insertItem(
            1, tr("v%1, saved %2").arg(saved->version).arg(saved->createdAt.toLocalTime().toString(u"yyyy-MM-dd hh:mm"_s)));
        m_versionPicker->setCurrentIndex(1);
    }
    return saved;
}

Status OutreachTab::markSent()
{
    if (!m_sources || !m_session || !m_pipeline)
        return Status::failure(tr("Pick a candidate first."));
    const auto saved = saveVersion();
    if (!saved)
        return Status::from(saved);
    const QDateTime now = ks::Clock::now();
    const qint64 user = m_sources->person.userId;
    const auto before = m_pipeline->position(currentRequisition(), user);
    const auto after = outreach::contactedPosition(*m_pipeline, ks::Clock::today());
    if (!before || !after)
        return Status::failure(before ? after.error() : before.error());
    const Status moved
        = store::TriageCommand::move(m_session->undoStack(), *m_pipeline, currentRequisition(), { { user, before.value(), after.value() } },
            tr("Mark sent to %1").arg(m_sources->person.login), [this](const QString &e) { Q_EMIT statusMessage(e); });
    if (!moved)
        return moved;
    if (Status s = outreach::DraftStore(m_session->database()).markSent(saved->id, now); !s)
        return s;
    m_versions.first().sentAt = now;
    m_versionPicker->setItemText(1, tr("v%1, sent %2").arg(saved->version).arg(now.toLocalTime().toString(u"yyyy-MM-dd"_s)));
    refreshStage();
    Q_EMIT statusMessage(tr("Marked sent; %1 is now at %2.").arg(m_sources->person.login, m_stage->text()));
    return {};
}

Status OutreachTab::saveEml(const QString &path) const
{
    if (!m_sources)
        return Status::failure(tr("Pick a candidate first."));
    const outreach::HiringContext c = m_context->context();
    return writeFile(path,
        outreach::toEml({ c.senderName, c.senderEmail, m_sources->person.name, recipient(), m_subject->text(), m_body->toPlainText(),
            ks::Clock::now() }));
}

Status OutreachTab::exportCsv(const QString &path) const
{
    if (!m_session)
        return Status::failure(tr("No workspace is open."));
    const auto drafts = outreach::DraftStore(m_session->database()).latestPerPerson(currentRequisition());
    if (!drafts)
        return Status::from(drafts);
    if (drafts->isEmpty())
        return Status::failure(tr("No saved drafts in this requisition yet: save a version first."));
    return writeFile(path, outreach::draftsCsv(drafts.value(), m_requisitions->currentText()));
}

Status OutreachTab::addGenericPhrase(const QString &phrase)
{
    if (!m_session || !m_sources)
        return Status::failure(tr("No workspace is open."));
    outreach::GenericPhraseStore phrases(m_session->database());
    if (Status s = phrases.add(phrase); !s)
        return s;
    if (const auto all = phrases.all())
        m_sources->genericPhrases = all.value();
    recheck();
    return {};
}

void OutreachTab::copyToClipboard()
{
    QApplication::clipboard()->setText(m_subject->text() + u"\n\n"_s + m_body->toPlainText());
    Q_EMIT statusMessage(tr("Subject and text copied."));
}

void OutreachTab::openInMailClient()
{
    const QUrl url = outreach::mailtoUrl(recipient(), m_subject->text(), m_body->toPlainText());
    if (!QDesktopServices::openUrl(url)) {
        QMessageBox::information(this, tr("No mail client"),
            tr("No mail program is set up to open mailto: links on this computer. Copy the text, or save an .eml "
               "file and open that in your mail program."));
        return;
    }
    // Some mail programs cut mailto: links near 2,000 characters.
    Q_EMIT statusMessage(url.toEncoded().size() > 2000
            ? tr("Opened in your mail program; check the text arrived whole (long links get cut).")
            : tr("Opened in your mail program."));
}

void OutreachTab::saveEmlDialog()
{
    if (!m_sources)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as .eml"), m_sources->person.login + u".eml"_s, tr("E-mail (*.eml)"));
    if (path.isEmpty())
        return;
    const Status s = saveEml(path);
    Q_EMIT statusMessage(s ? tr("Saved %1; open it in your mail program to send.").arg(path) : s.error());
}

void OutreachTab::exportCsvDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export drafts as CSV"), u"drafts.csv"_s, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const Status s = exportCsv(path);
    Q_EMIT statusMessage(s ? tr("Exported to %1.").arg(path) : s.error());
}

void OutreachTab::editTemplates()
{
    if (!m_session)
        return;
    OutreachTemplateDialog dialog(m_session->database(), m_templates->currentData().toString(), this);
    dialog.exec();
    if (dialog.savedName().isEmpty())
        return;
    // The candidate's sources carry the template list: read them again and pick the new one.
    loadCandidate();
    if (const int index = m_templates->findData(dialog.savedName()); index >= 0)
        m_templates->setCurrentIndex(index);
}

void OutreachTab::addPhraseDialog()
{
    bool ok = false;
    const QString phrase
        = QInputDialog::getText(this, tr("Flag a generic phrase"), tr("Phrase that reads as mass mail:"), QLineEdit::Normal, {}, &ok);
    if (!ok || phrase.trimmed().isEmpty())
        return;
    const Status s = addGenericPhrase(phrase);
    Q_EMIT statusMessage(s ? tr("Drafts will flag “%1”.").arg(phrase.simplified()) : s.error());
}

} // namespace ks::ui
