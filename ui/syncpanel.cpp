// SPDX-License-Identifier: MIT
#include "syncpanel.h"

#include "domain/clock.h"
#include "itemmodels/layerlistmodel.h"
#include "jobs/syncworker.h"
#include "sources/apiorigin.h"
#include "store/database.h"
#include "store/githubstore.h"
#include "store/tokenstore.h"
#include "sync/githubsettings.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ks::ui {
namespace {

enum Column
{
    RepoColumn,
    StageColumn,
    PagesColumn,
    StatusColumn,
    ColumnCount
};
enum ScopeKind
{
    AllScope,
    LayerScope,
    RepoScope
};

QTableWidgetItem *plain(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text.toHtmlEscaped());
    return item;
}

} // namespace

SyncPanel::SyncPanel(QWidget *parent)
    : QWidget(parent)
    , m_worker(new jobs::SyncWorker(this))
    , m_scope(new QComboBox(this))
    , m_start(new QPushButton(tr("&Sync"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_budget(new QLabel(this))
    , m_countdown(new QTimer(this))
{
    // While paused for GitHub's limits, the status line counts down.
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        const qint64 left = ks::Clock::now().secsTo(m_waitingUntil);
        if (left <= 0 || !isRunning()) {
            m_countdown->stop();
            return;
        }
        Q_EMIT statusText(tr("%1: resuming in %2:%3").arg(m_waitingWhy).arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')), -1);
    });
    m_scope->setObjectName(QStringLiteral("syncScope"));
    m_start->setObjectName(QStringLiteral("syncStart"));
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    m_table->setObjectName(QStringLiteral("syncTable"));
    m_cancel->setEnabled(false);
    m_table->setHorizontalHeaderLabels({ tr("Repository"), tr("Now"), tr("Pages"), tr("Result") });
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RepoColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_budget->setTextFormat(Qt::PlainText);
    m_budget->setWordWrap(true);
    m_budget->setText(
        tr("Uses the token saved in Settings (system keychain), else GITHUB_TOKEN; without one GitHub allows 60 requests an hour."));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Sync:"), this));
    controls->addWidget(m_scope, 1);
    controls->addWidget(m_start);
    controls->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_budget);

    connect(m_start, &QPushButton::clicked, this, &SyncPanel::startSync);
    connect(m_cancel, &QPushButton::clicked, this, &SyncPanel::cancelSync);
    connect(m_worker, &jobs::SyncWorker::progress, this, &SyncPanel::showProgress);
    connect(m_worker, &jobs::SyncWorker::repoFinished, this, &SyncPanel::showRepoFinished);
    connect(m_worker, &jobs::SyncWorker::finished, this, &SyncPanel::showFinished);
}

SyncPanel::~SyncPanel() = default;

void SyncPanel::setSession(std::shared_ptr<WorkspaceSession> session)
{
    if (isRunning())
        cancelSync();
    m_session = std::move(session);
    if (m_session)
        connect(&m_session->layerModel(), &QAbstractItemModel::modelReset, this, &SyncPanel::fillScopes);
    fillScopes();
    showLastSynced();
}

void SyncPanel::showLastSynced()
{
    m_table->setRowCount(0);
    if (!m_session)
        return;
    const store::GitHubStore github(m_session->database(), store::MachineUsers());
    const auto rows = github.lastSynced();
    if (!rows)
        return;
    for (const auto &[repo, when] : rows.value()) {
        const int row = rowFor(repo);
        m_table->item(row, StatusColumn)
            ->setText(when.isValid() ? tr("last synced %1").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat))
                                     : tr("never synced"));
    }
}

bool SyncPanel::isRunning() const
{
    return m_worker->isRunning();
}

void SyncPanel::fillScopes()
{
    const QVariant previous = m_scope->currentData();
    m_scope->clear();
    if (!m_session)
        return;
    m_scope->addItem(tr("All repositories"), QVariantList { AllScope, QString() });
    QStringList repos;
    for (const RoleLayer &l : m_session->layerModel().layers()) {
        m_scope->addItem(tr("Layer: %1").arg(l.name), QVariantList { LayerScope, l.slug });
        for (const RepoTarget &r : l.repos) {
            if (!repos.contains(r.fullName(), Qt::CaseInsensitive))
                repos.append(r.fullName());
        }
    }
    for (const QString &r : std::as_const(repos))
        m_scope->addItem(tr("Repository: %1").arg(r), QVariantList { RepoScope, r });
    const int index = m_scope->findData(previous);
    m_scope->setCurrentIndex(index >= 0 ? index : 0);
}

void SyncPanel::startSync()
{
    if (!m_session || isRunning())
        return;
    if (m_session->isDemo()) {
        Q_EMIT statusText(tr("The demo workspace is offline: create or open your own workspace to sync from GitHub."), -1);
        return;
    }
    sync::SyncOptions options;
    const QVariantList scope = m_scope->currentData().toList();
    if (scope.value(0).toInt() == LayerScope)
        options.layer = scope.value(1).toString();
    else if (scope.value(0).toInt() == RepoScope)
        options.repo = scope.value(1).toString();
    const auto root = sources::ApiOrigin::parseRoot(sync::githubsettings::apiRoot());
    if (!root) {
        Q_EMIT statusText(tr("The GitHub API address in Settings is refused: %1").arg(root.error()), -1);
        return;
    }
    options.apiRoot = root.value();
    options.caBundle = sync::githubsettings::caBundle();
    m_start->setEnabled(false);
    const QString path = m_session->path();
    auto begin = [self = QPointer<SyncPanel>(this), options, path](const QByteArray &token, const QString &note) mutable {
        if (!self)
            return;
        options.token = token;
        self->showLastSynced();
        if (!self->m_worker->start(path, options)) {
            self->m_start->setEnabled(true);
            return;
        }
        self->m_cancel->setEnabled(true);
        if (!note.isEmpty())
            self->m_budget->setText(note);
        Q_EMIT self->statusText(tr("Syncing…"), 0);
    };
    if (!m_tokens) {
        begin(qgetenv("GITHUB_TOKEN").trimmed(), QString());
        return;
    }
    store::resolveToken(*m_tokens, options.apiRoot.host(), QStringLiteral("GITHUB_TOKEN"), begin);
}

void SyncPanel::cancelSync()
{
    m_worker->cancel();
    m_cancel->setEnabled(false);
    Q_EMIT statusText(tr("Cancelling after the current page…"), -1);
}

int SyncPanel::rowFor(const QString &repo)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, RepoColumn)->text() == repo)
            return row;
    }
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, RepoColumn, plain(repo));
    for (int c = StageColumn; c < ColumnCount; ++c)
        m_table->setItem(row, c, plain(QString()));
    return row;
}

void SyncPanel::showProgress(const sync::SyncProgress &p)
{
    if (p.waitingUntil.isValid()) {
        m_waitingUntil = p.waitingUntil;
        m_waitingWhy = p.stage;
        m_countdown->start();
    }
    if (!p.repo.isEmpty()) {
        const int row = rowFor(p.repo);
        m_table->item(row, StageColumn)->setText(p.stage);
        m_table->item(row, PagesColumn)
            ->setText(p.pagesDone == 0 ? QString()
                    : p.pagesTotal > 0 ? tr("%1 of %2").arg(p.pagesDone).arg(p.pagesTotal)
                                       : QString::number(p.pagesDone));
    }
    if (p.rate.known())
        m_budget->setText(tr("%1 requests so far, %2 answered “not modified” (free). GitHub budget: %3 of %4 left, resets at %5.")
                .arg(p.requests)
                .arg(p.notModified)
                .arg(p.rate.remaining)
                .arg(p.rate.limit)
                .arg(p.rate.reset.toLocalTime().toString(QStringLiteral("HH:mm"))));
    if (p.waitingUntil.isValid()) {
        const qint64 left = std::max<qint64>(0, ks::Clock::now().secsTo(p.waitingUntil));
        Q_EMIT statusText(tr("%1: resuming in %2:%3").arg(p.stage).arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')), -1);
        return;
    }
    const int percent = p.repoCount > 0 ? 100 * p.repoIndex / p.repoCount : 0;
    Q_EMIT statusText(
        tr("Syncing %1 (%2 of %3): %4").arg(p.repo).arg(std::min(p.repoIndex + 1, p.repoCount)).arg(p.repoCount).arg(p.stage), percent);
}

void SyncPanel::showRepoFinished(const QString &repo, const QString &error)
{
    const int row = rowFor(repo);
    m_table->item(row, StageColumn)->setText(QString());
    m_table->item(row, StatusColumn)->setText(error.isEmpty() ? tr("synced") : error);
    m_table->item(row, StatusColumn)->setToolTip(error.toHtmlEscaped());
    if (!error.isEmpty())
        m_table->item(row, StatusColumn)->setForeground(QColor(0xc0, 0x1c, 0x28));
}

void SyncPanel::showFinished(const sync::SyncSummary &s)
{
    m_start->setEnabled(true);
    m_cancel->setEnabled(false);
    QString text = tr("Sync done: %1 repositories, %2 requests, %3 not modified, %4 new items.")
                       .arg(s.reposSynced)
                       .arg(s.requests)
                       .arg(s.notModified)
                       .arg(s.itemsNew);
    if (s.cancelled)
        text = tr("Sync cancelled; the next sync resumes where it stopped.");
    else if (!s.failedRepos.isEmpty())
        text += QLatin1Char(' ') + tr("Not synced: %1.").arg(s.failedRepos.join(QLatin1String(", ")));
    if (s.errors.contains(QString()))
        text = s.errors.value(QString());
    Q_EMIT statusText(text, -1);
}

} // namespace ks::ui
