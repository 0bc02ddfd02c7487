// SPDX-License-Identifier: MIT
#include "candidatedetailpane.h"

#include "activitychart.h"
#include "domain/clock.h"
#include "domain/html.h"
#include "people/avatarcache.h"
#include "people/personcard.h"
#include "scoring/ranker.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "store/peoplestore.h"
#include "store/pipelinestore.h"
#include "store/scorestore.h"
#include "workspacesession.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ks::ui {
namespace {

// Every value from the network is escaped; links only for http(s).
using html::link;
constexpr auto esc = html::escaped;

// Notes are Markdown and may name images. Nothing in the pane is read from a
// file or the network: a note's ![](file:///dev/zero) must stay a broken
// picture, not a read. So no resource is ever loaded.
class InertDocument final : public QTextDocument
{
public:
    explicit InertDocument(QObject *parent)
        : QTextDocument(parent)
    {
        setResourceProvider([](const QUrl &) { return QVariant(); });
    }

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

} // namespace

CandidateDetailPane::CandidateDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_avatar(new QLabel(this))
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_chart(new ActivityChart(this))
    , m_note(new QPlainTextEdit(this))
    , m_addNote(new QPushButton(tr("Add &note"), this))
{
    m_avatar->setObjectName(QStringLiteral("candidateAvatar"));
    m_avatar->setFixedSize(AvatarSize, AvatarSize);
    m_title->setObjectName(QStringLiteral("candidateTitle"));
    m_facts->setObjectName(QStringLiteral("candidateFacts"));
    for (QLabel *label : { m_title, m_facts }) {
        // Rich text built from escaped values; links go through openLink().
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        label->setOpenExternalLinks(false);
        label->setWordWrap(true);
        connect(label, &QLabel::linkActivated, this, [this](const QString &url) { openLink(QUrl(url)); });
    }
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);

    m_text->setObjectName(QStringLiteral("candidateDetail"));
    m_text->setDocument(new InertDocument(m_text));
    // Links are vetted here, never followed inside the browser (a file: URL
    // would load the file) nor handed on unchecked.
    m_text->setOpenLinks(false);
    m_text->setOpenExternalLinks(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, &CandidateDetailPane::openLink);
    m_note->setObjectName(QStringLiteral("noteEditor"));
    m_note->setPlaceholderText(tr("A note on this person for this requisition (Markdown). Ctrl+Enter adds it."));
    m_note->setMaximumHeight(70);
    m_addNote->setObjectName(QStringLiteral("addNote"));

    auto *names = new QVBoxLayout;
    names->setSpacing(2);
    names->addWidget(m_title);
    names->addWidget(m_facts);
    names->addStretch(1);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(4, 4, 4, 0);
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    header->addLayout(names, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_chart);
    layout->addWidget(m_note);
    layout->addWidget(m_addNote, 0, Qt::AlignRight);
    auto submit = [this] {
        const QString body = m_note->toPlainText().trimmed();
        if (body.isEmpty() || !m_userId)
            return;
        // Cleared only once it is saved (noteSaved): a busy or read-only
        // workspace must not cost the sourcer what they wrote.
        Q_EMIT addNoteRequested(m_userId, body);
    };
    connect(m_addNote, &QPushButton::clicked, this, submit);
    auto *shortcut = new QAction(this);
    shortcut->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    shortcut->setShortcutContext(Qt::WidgetShortcut);
    m_note->addAction(shortcut);
    connect(shortcut, &QAction::triggered, this, submit);
    setEnabled(false);
}

void CandidateDetailPane::setSession(std::shared_ptr<WorkspaceSession> session)
{
    if (m_session)
        disconnect(&m_session->avatars(), nullptr, this, nullptr);
    m_session = std::move(session);
    m_userId = 0;
    reload();
    if (m_session) {
        connect(&m_session->avatars(), &people::AvatarCache::avatarChanged, this, [this](qint64 userId) {
            if (userId == m_userId)
                updateAvatar();
        });
    }
}

void CandidateDetailPane::show(qint64 requisitionId, qint64 layerId, qint64 userId)
{
    m_requisitionId = requisitionId;
    m_layerId = layerId;
    m_userId = userId;
    reload();
}

void CandidateDetailPane::noteSaved(qint64 userId, const QString &body)
{
    if (userId == m_userId && m_note->toPlainText().trimmed() == body)
        m_note->clear();
}

void CandidateDetailPane::focusNote()
{
    m_note->setFocus();
}

QString CandidateDetailPane::html() const
{
    return m_title->text() + m_facts->text() + m_text->toHtml();
}

QString CandidateDetailPane::tagsText() const
{
    return m_tags.join(QStringLiteral(", "));
}

bool CandidateDetailPane::isOpenable(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid()
        && (((scheme == QLatin1String("https") || scheme == QLatin1String("http")) && !url.host().isEmpty())
            || scheme == QLatin1String("mailto"));
}

void CandidateDetailPane::openLink(const QUrl &url)
{
    // Evidence links are built from http(s) URLs only, but notes are free
    // text: a javascript:, file: or custom-scheme link stays inert.
    const auto evidence = m_evidence.constFind(url.toString());
    if (evidence != m_evidence.cend() && isSignalConnected(QMetaMethod::fromSignal(&CandidateDetailPane::evidenceRequested)))
        Q_EMIT evidenceRequested(url.toString(), evidence->fileName, evidence->line);
    else if (isOpenable(url))
        QDesktopServices::openUrl(url);
}

void CandidateDetailPane::updateAvatar()
{
    if (!m_session || !m_userId) {
        m_avatar->clear();
        return;
    }
    const qreal ratio = devicePixelRatioF();
    QPixmap picture
        = QPixmap::fromImage(m_session->avatars().avatar(m_userId, m_login, m_name, QUrl(m_avatarUrl), qRound(AvatarSize * ratio)));
    picture.setDevicePixelRatio(ratio);
    m_avatar->setPixmap(picture);
}

void CandidateDetailPane::showHeader(const QString &login, const QString &name, const QString &profileUrl, const QString &avatarUrl)
{
    m_login = login;
    m_name = name;
    m_avatarUrl = avatarUrl;
    updateAvatar();
    m_title->setText(name.isEmpty() ? QStringLiteral("<b>%1</b>").arg(link(profileUrl, login))
                                    : QStringLiteral("<b>%1</b> (%2)").arg(esc(name), link(profileUrl, login)));

    // Where they stand in this requisition, and the sourcer's labels as chips.
    store::PipelineStore pipeline(m_session->database());
    QStringList facts;
    if (const auto position = pipeline.position(m_requisitionId, m_userId); position && m_requisitionId) {
        const auto stage = pipeline.stageName(m_requisitionId, m_userId);
        facts.append(tr("Stage: %1").arg(esc(stage ? stage.value() : QString())));
        if (position->nextAction.isValid())
            facts.append(tr("next action %1").arg(position->nextAction.toString(Qt::ISODate)));
    }
    const auto tags = pipeline.tags(m_requisitionId, m_userId);
    m_tags = tags ? tags.value() : QStringList();
    QString chips;
    const QPalette pal = palette();
    for (const QString &tag : std::as_const(m_tags))
        chips += QStringLiteral("<span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span> ")
                     .arg(pal.color(QPalette::AlternateBase).name(), pal.color(QPalette::Text).name(), esc(tag));
    QString text = facts.join(QStringLiteral(" · "));
    if (!chips.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("<br>")) + tr("Tags: %1").arg(chips);
    m_facts->setText(text);
    m_facts->setVisible(!text.isEmpty());
}

void CandidateDetailPane::reload()
{
    m_evidence.clear();
    setEnabled(m_session && m_userId);
    if (!m_session || !m_userId) {
        m_login.clear();
        m_tags.clear();
        m_avatar->clear();
        m_title->clear();
        m_facts->clear();
        m_text->clear();
        return;
    }
    // Cleared first so a failure below never shows the previous person's header.
    m_avatar->clear();
    m_title->clear();
    m_facts->clear();
    m_tags.clear();
    store::Database &db = m_session->database();
    const auto who = store::PeopleStore(db).key(m_userId);
    if (!who)
        return m_text->setPlainText(who.error());
    if (!who->id)
        return m_text->setPlainText(tr("This person is no longer in the workspace."));
    const auto person = store::PeopleStore(db).find(who->login);
    if (!person)
        return m_text->setPlainText(person.error());
    const store::PersonRecord &p = person.value();
    showHeader(p.login, p.name, p.profileUrl, p.avatarUrl);

    // Why ranked: the parts with the items behind them.
    std::optional<scoring::CandidateScore> ranked;
    const QDateTime asOf = store::ScoreStore(db).asOf(m_layerId);
    if (const auto months = store::ScoreStore(db).activity(m_layerId, m_userId, 24, (asOf.isValid() ? asOf : ks::Clock::now()).date()))
        m_chart->setMonths(months.value());
    if (auto score = store::ScoreStore(db).person(m_layerId, who->login)) {
        ranked = score.value();
        if (ranked->evidence.isEmpty()) {
            // Below the stored depth: this one person's evidence, computed now (a few indexed reads).
            const auto layer = store::LayerStore(db).find(QString::number(m_layerId));
            if (layer) {
                scoring::Ranker ranker(db);
                ranker.setNow(store::ScoreStore(db).asOf(m_layerId));
                if (const auto items = ranker.evidenceFor(layer.value(), ranked->userId))
                    ranked->evidence = items.value();
            }
        }
    }
    const auto history = store::PipelineStore(db).history(m_requisitionId, m_userId);
    const people::PersonCard card = people::personCard(p, ranked, history ? history.value() : QList<store::StageChange>());
    for (auto it = card.evidence.cbegin(); it != card.evidence.cend(); ++it)
        m_evidence.insert(it.key(), { it->fileName, it->line });
    const QString html = card.html;
    m_text->setHtml(html);
    appendNotes();
}

void CandidateDetailPane::appendNotes()
{
    const auto notes = store::PipelineStore(m_session->database()).notes(m_requisitionId, m_userId);
    if (!notes || notes->isEmpty())
        return;
    // Markdown goes in through the importer with HTML turned off, so tags in
    // a note show as text; dates and headings are plain formats.
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    if (const qreal points = m_text->font().pointSizeF(); points > 0)
        heading.setFontPointSize(points * 1.17);
    QTextCharFormat stamp;
    stamp.setForeground(palette().color(QPalette::PlaceholderText));
    cursor.insertBlock(QTextBlockFormat(), heading);
    cursor.insertText(tr("Notes"));
    for (const store::Note &n : notes.value()) {
        QTextBlockFormat spaced;
        spaced.setTopMargin(8);
        cursor.insertBlock(spaced, stamp);
        cursor.insertText(n.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        cursor.insertMarkdown(
            n.body, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    }
}

} // namespace ks::ui
