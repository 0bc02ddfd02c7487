// SPDX-License-Identifier: MIT
#include "candidatedetailpane.h"

#include "activitychart.h"
#include "scoring/ranker.h"
#include "store/database.h"
#include "store/layerstore.h"
#include "store/peoplestore.h"
#include "store/pipelinestore.h"
#include "store/scorestore.h"
#include "workspacesession.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ks::ui {
namespace {

// Every value from the network is escaped; links only for http(s).
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString link(const QString &url, const QString &text)
{
    if (!url.startsWith(QLatin1String("https://")) && !url.startsWith(QLatin1String("http://")))
        return esc(text);
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(url), esc(text));
}

QString day(const QDateTime &when)
{
    return when.isValid() ? when.date().toString(Qt::ISODate) : QString();
}

} // namespace

CandidateDetailPane::CandidateDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_text(new QTextBrowser(this))
    , m_chart(new ActivityChart(this))
    , m_note(new QPlainTextEdit(this))
    , m_addNote(new QPushButton(tr("Add &note"), this))
{
    m_text->setObjectName(QStringLiteral("candidateDetail"));
    m_text->setOpenExternalLinks(true);
    m_note->setObjectName(QStringLiteral("noteEditor"));
    m_note->setPlaceholderText(tr("A note on this person for this requisition (Markdown). Ctrl+Enter adds it."));
    m_note->setMaximumHeight(70);
    m_addNote->setObjectName(QStringLiteral("addNote"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_chart);
    layout->addWidget(m_note);
    layout->addWidget(m_addNote, 0, Qt::AlignRight);
    auto submit = [this] {
        const QString body = m_note->toPlainText().trimmed();
        if (body.isEmpty() || !m_userId)
            return;
        Q_EMIT addNoteRequested(m_userId, body);
        m_note->clear();
    };
    connect(m_addNote, &QPushButton::clicked, this, submit);
    auto *shortcut = new QAction(this);
    shortcut->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    shortcut->setShortcutContext(Qt::WidgetShortcut);
    m_note->addAction(shortcut);
    connect(shortcut, &QAction::triggered, this, submit);
    setEnabled(false);
}

void CandidateDetailPane::setSession(std::shared_ptr<WorkspaceSession> session)
{
    m_session = std::move(session);
    m_userId = 0;
    m_text->clear();
    setEnabled(false);
}

void CandidateDetailPane::show(qint64 requisitionId, qint64 layerId, qint64 userId)
{
    m_requisitionId = requisitionId;
    m_layerId = layerId;
    m_userId = userId;
    reload();
}

void CandidateDetailPane::focusNote()
{
    m_note->setFocus();
}

QString CandidateDetailPane::html() const
{
    return m_text->toHtml();
}

void CandidateDetailPane::reload()
{
    setEnabled(m_session && m_userId);
    if (!m_session || !m_userId) {
        m_text->clear();
        return;
    }
    store::Database &db = m_session->database();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT login FROM github_users WHERE id = ?"));
    q.addBindValue(m_userId);
    if (!q.exec() || !q.next())
        return m_text->setPlainText(tr("This person is no longer in the workspace."));
    const QString login = q.value(0).toString();
    q.finish();
    const auto person = store::PeopleStore(db).find(login);
    if (!person)
        return m_text->setPlainText(person.error());
    const store::PersonRecord &p = person.value();

    QString html = QStringLiteral("<h2>%1</h2>").arg(p.name.isEmpty() ? link(p.profileUrl, p.login)
                                                                       : esc(p.name) + QStringLiteral(" (") + link(p.profileUrl, p.login) + QLatin1Char(')'));
    if (!p.excluded.isEmpty())
        html += QStringLiteral("<p style=\"color:#b00020\"><b>%1</b></p>").arg(tr("Excluded: %1").arg(esc(p.excluded)));
    const QString provenance = tr("from %1, read %2").arg(link(p.profileSourceUrl, tr("the GitHub profile")), day(p.profileFetchedAt));
    html += QStringLiteral("<p><b>%1</b> %2<br><small>%3</small></p>")
                .arg(tr("Location:"),
                     p.countryCode.isEmpty() ? tr("unknown") : esc(QStringLiteral("%1 (%2)").arg(p.country, p.region)),
                     tr("\"%1\" — %2; confidence %3; %4; %5")
                         .arg(esc(p.locationText), esc(p.locationReason))
                         .arg(p.locationConfidence, 0, 'f', 2)
                         .arg(esc(p.locationSource), provenance));
    html += QStringLiteral("<p><b>%1</b> %2<br><small>%3</small></p>")
                .arg(tr("Employer:"), p.company.isEmpty() ? tr("unknown") : esc(p.company),
                     esc(p.companySource.isEmpty() ? tr("nothing to go on") : p.companyEvidence.isEmpty() ? p.companySource : p.companyEvidence));
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Contact:"), p.reachable ? tr("reachable") : tr("no address or handle found"));
    if (!p.channels.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const auto &ch : p.channels) {
            const QString value = ch.kind == QLatin1String("blog") ? link(ch.value, ch.value) : esc(ch.value);
            html += QStringLiteral("<li>%1: %2 <small>(%3; %4, read %5)</small></li>")
                        .arg(esc(ch.kind), value, esc(ch.detail), link(ch.sourceUrl, tr("source")), day(ch.fetchedAt));
        }
        html += QStringLiteral("</ul>");
    }

    // Why ranked: each part with the items behind it.
    auto score = store::ScoreStore(db).person(m_layerId, login);
    const QDateTime asOf = store::ScoreStore(db).asOf(m_layerId);
    if (const auto months = store::ScoreStore(db).activity(m_layerId, m_userId, 24, (asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc()).date()))
        m_chart->setMonths(months.value());
    if (score) {
        scoring::CandidateScore s = score.value();
        if (s.evidence.isEmpty()) {
            // Below the stored depth: this one person's evidence, computed now (a few indexed reads).
            const auto layer = store::LayerStore(db).find(QString::number(m_layerId));
            if (layer) {
                scoring::Ranker ranker(db);
                ranker.setNow(store::ScoreStore(db).asOf(m_layerId));
                if (const auto items = ranker.evidenceFor(layer.value(), s.userId))
                    s.evidence = items.value();
            }
        }
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(tr("Why ranked #%1 (%2 points)").arg(s.rank).arg(s.score, 0, 'f', 1), esc(s.worksOn));
        for (auto it = s.parts.cbegin(); it != s.parts.cend(); ++it) {
            html += QStringLiteral("<p><b>%1</b>: %2<ul>").arg(esc(it.key())).arg(it.value(), 0, 'f', 1);
            int shown = 0;
            for (const scoring::Evidence &e : std::as_const(s.evidence)) {
                if (e.part != it.key() || shown++ >= 5)
                    continue;
                const QString where = e.filename.isEmpty() ? QString() : QStringLiteral(" <small>%1%2</small>").arg(esc(e.filename), e.line > 0 ? QStringLiteral(":%1").arg(e.line) : QString());
                html += QStringLiteral("<li>%1%2</li>").arg(link(e.url, e.label), where);
            }
            html += QStringLiteral("</ul></p>");
        }
    }
    for (const auto &standing : p.standings) {
        if (standing.layer.isEmpty())
            continue;
        html += QStringLiteral("<p><small>%1</small></p>")
                    .arg(tr("%1: first contribution %2, %3 merges and %4 approvals of others' PRs, %5 repositories")
                             .arg(esc(standing.layerName), day(standing.firstContribution))
                             .arg(standing.merges)
                             .arg(standing.approvals)
                             .arg(standing.repositories));
    }

    store::PipelineStore pipeline(db);
    if (const auto history = pipeline.history(m_requisitionId, m_userId); history && !history->isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Stage history"));
        for (const auto &h : history.value())
            html += QStringLiteral("<li>%1 %2</li>").arg(h.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                        esc(h.from.isEmpty() ? h.to : QStringLiteral("%1 → %2").arg(h.from, h.to)));
        html += QStringLiteral("</ul>");
    }
    if (const auto notes = pipeline.notes(m_requisitionId, m_userId); notes && !notes->isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Notes"));
        for (const auto &n : notes.value())
            html += QStringLiteral("<p><small>%1</small><br>%2</p>")
                        .arg(n.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), esc(n.body).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    m_text->setHtml(html);
}

} // namespace ks::ui
