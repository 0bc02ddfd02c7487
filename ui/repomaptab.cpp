// SPDX-License-Identifier: MIT
#include "repomaptab.h"

#include "domain/validation.h"
#include "fielderrorlabel.h"
#include "itemmodels/layerlistmodel.h"
#include "itemmodels/repomapmodel.h"
#include "store/layereditcommand.h"
#include "store/layerstore.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ks::ui {
namespace {

QWidget *withError(QWidget *field, FieldErrorLabel *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

RepoMapTab::RepoMapTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new itemmodels::RepoMapModel(this))
    , m_layer(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_repo(new QLineEdit(this))
    , m_repoError(new FieldErrorLabel(this))
    , m_paths(new QLineEdit(this))
    , m_pathsError(new FieldErrorLabel(this))
    , m_forum(new QLineEdit(this))
    , m_forumError(new FieldErrorLabel(this))
    , m_remove(new QPushButton(tr("Remove selected"), this))
{
    m_layer->setObjectName(QStringLiteral("repoMapLayer"));
    m_table->setObjectName(QStringLiteral("repoMapTable"));
    m_repo->setObjectName(QStringLiteral("repoName"));
    m_paths->setObjectName(QStringLiteral("repoPaths"));
    m_forum->setObjectName(QStringLiteral("forumUrl"));
    m_repoError->setObjectName(QStringLiteral("repoNameError"));
    m_pathsError->setObjectName(QStringLiteral("repoPathsError"));
    m_forumError->setObjectName(QStringLiteral("forumUrlError"));
    m_remove->setObjectName(QStringLiteral("removeRepoMapEntry"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(itemmodels::RepoMapModel::PathsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(itemmodels::RepoMapModel::SourceColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(itemmodels::RepoMapModel::KindColumn, QHeaderView::ResizeToContents);

    m_repo->setPlaceholderText(tr("OWNER/NAME, e.g. llvm/llvm-project"));
    m_paths->setPlaceholderText(tr("Folders that matter, comma-separated, e.g. mlir/lib/Dialect/Linalg (empty: whole repository)"));
    m_forum->setPlaceholderText(tr("https://discourse.llvm.org/c/mlir/31"));

    auto *top = new QHBoxLayout;
    auto *layerLabel = new QLabel(tr("&Layer:"), this);
    layerLabel->setBuddy(m_layer);
    top->addWidget(layerLabel);
    top->addWidget(m_layer, 1);
    top->addStretch(2);

    auto *saveRepo = new QPushButton(tr("Add or update &repository"), this);
    saveRepo->setObjectName(QStringLiteral("saveRepo"));
    auto *repoBox = new QGroupBox(tr("GitHub repository"), this);
    auto *repoForm = new QFormLayout(repoBox);
    repoForm->addRow(tr("Repository:"), withError(m_repo, m_repoError));
    repoForm->addRow(tr("Path prefixes:"), withError(m_paths, m_pathsError));
    repoForm->addRow(QString(), saveRepo);

    auto *addForum = new QPushButton(tr("Add &forum"), this);
    addForum->setObjectName(QStringLiteral("addForum"));
    auto *forumBox = new QGroupBox(tr("Discourse forum"), this);
    auto *forumForm = new QFormLayout(forumBox);
    forumForm->addRow(tr("Address:"), withError(m_forum, m_forumError));
    forumForm->addRow(QString(), addForum);

    auto *forms = new QHBoxLayout;
    forms->addWidget(repoBox, 3);
    forms->addWidget(forumBox, 2);

    auto *tableButtons = new QHBoxLayout;
    tableButtons->addStretch();
    tableButtons->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(tableButtons);
    layout->addLayout(forms);

    connect(m_layer, &QComboBox::currentIndexChanged, this, &RepoMapTab::showLayer);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RepoMapTab::loadSelectionIntoForm);
    connect(saveRepo, &QPushButton::clicked, this, &RepoMapTab::saveRepository);
    connect(m_repo, &QLineEdit::returnPressed, this, &RepoMapTab::saveRepository);
    connect(m_paths, &QLineEdit::returnPressed, this, &RepoMapTab::saveRepository);
    connect(addForum, &QPushButton::clicked, this, &RepoMapTab::addForum);
    connect(m_forum, &QLineEdit::returnPressed, this, &RepoMapTab::addForum);
    connect(m_remove, &QPushButton::clicked, this, &RepoMapTab::removeSelected);
    // Clear a stale message as soon as the user starts correcting the field.
    connect(m_repo, &QLineEdit::textEdited, m_repoError, &FieldErrorLabel::clearError);
    connect(m_paths, &QLineEdit::textEdited, m_pathsError, &FieldErrorLabel::clearError);
    connect(m_forum, &QLineEdit::textEdited, m_forumError, &FieldErrorLabel::clearError);
    showLayer();
}

void RepoMapTab::setSession(std::shared_ptr<WorkspaceSession> session)
{
    m_session = std::move(session);
    m_layer->setModel(m_session ? &m_session->layerModel() : nullptr);
    if (m_session) {
        // The combo keeps its row across resets only by accident: follow the slug.
        connect(&m_session->layerModel(), &QAbstractItemModel::modelReset, this, &RepoMapTab::showLayer);
        if (m_layer->currentIndex() < 0 && m_layer->count() > 0)
            m_layer->setCurrentIndex(0);
    }
    showLayer();
}

void RepoMapTab::selectLayer(const QString &slug)
{
    const int row = m_session ? m_session->layerModel().rowOfSlug(slug) : -1;
    if (row >= 0)
        m_layer->setCurrentIndex(row);
}

RoleLayer RepoMapTab::currentLayer() const
{
    return m_session ? m_session->layerModel().layerAt(m_layer->currentIndex()) : RoleLayer {};
}

void RepoMapTab::showLayer()
{
    const RoleLayer layer = currentLayer();
    m_model->setLayer(layer);
    const bool has = !layer.slug.isEmpty();
    for (QWidget *w : { static_cast<QWidget *>(m_repo), static_cast<QWidget *>(m_paths), static_cast<QWidget *>(m_forum),
             static_cast<QWidget *>(m_remove) })
        w->setEnabled(has);
}

void RepoMapTab::loadSelectionIntoForm()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const QModelIndex row = rows.first();
    if (row.data(itemmodels::RepoMapModel::KindRole).toInt() != int(itemmodels::RepoMapModel::Kind::Repository))
        return;
    m_repo->setText(row.data(itemmodels::RepoMapModel::SourceRole).toString());
    m_paths->setText(row.data(itemmodels::RepoMapModel::PathsRole).toStringList().join(QLatin1String(", ")));
    m_repoError->clearError();
    m_pathsError->clearError();
}

bool RepoMapTab::persist(const RoleLayer &after, const QString &what)
{
    const RoleLayer before = currentLayer();
    const Status s = store::LayerEditCommand::apply(m_session->undoStack(), m_session->layers(), before, after, what,
        [session = m_session.get()](const QString &error) { Q_EMIT session->errorOccurred(error); });
    Q_EMIT statusMessage(s ? what : s.error());
    if (s)
        selectLayer(after.slug);
    return s.ok();
}

void RepoMapTab::saveRepository()
{
    if (!m_session || currentLayer().slug.isEmpty())
        return;
    const auto repo = validation::parseRepo(m_repo->text());
    if (!repo) {
        m_repoError->showError(repo.error());
        return;
    }
    m_repoError->clearError();
    RepoTarget target = repo.value();
    const QStringList parts = m_paths->text().split(QLatin1Char(','));
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        const auto prefix = validation::pathPrefix(part);
        if (!prefix) {
            m_pathsError->showError(prefix.error());
            return;
        }
        if (!target.pathPrefixes.contains(prefix.value()))
            target.pathPrefixes.append(prefix.value());
    }
    m_pathsError->clearError();

    RoleLayer after = currentLayer();
    auto existing = std::find_if(after.repos.begin(), after.repos.end(), [&](const RepoTarget &r) { return r.sameRepo(target); });
    const bool update = existing != after.repos.end();
    if (update)
        *existing = target;
    else
        after.repos.append(target);
    const QString what
        = update ? tr("Update %1 in “%2”").arg(target.fullName(), after.name) : tr("Add %1 to “%2”").arg(target.fullName(), after.name);
    if (persist(after, what)) {
        m_repo->clear();
        m_paths->clear();
    }
}

void RepoMapTab::addForum()
{
    if (!m_session || currentLayer().slug.isEmpty())
        return;
    const auto url = validation::forumUrl(m_forum->text());
    if (!url) {
        m_forumError->showError(url.error());
        return;
    }
    RoleLayer after = currentLayer();
    if (after.forums.contains(url.value())) {
        m_forumError->showError(tr("%1 is already in this layer's map.").arg(url.value()));
        return;
    }
    m_forumError->clearError();
    after.forums.append(url.value());
    if (persist(after, tr("Add forum %1 to “%2”").arg(url.value(), after.name)))
        m_forum->clear();
}

void RepoMapTab::removeSelected()
{
    if (!m_session)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the repositories or forums to remove first."));
        return;
    }
    RoleLayer after = currentLayer();
    QStringList sources;
    for (const QModelIndex &row : rows)
        sources.append(row.data(itemmodels::RepoMapModel::SourceRole).toString());
    after.repos.removeIf([&](const RepoTarget &r) { return sources.contains(r.fullName()); });
    after.forums.removeIf([&](const QString &f) { return sources.contains(f); });
    persist(after, tr("Remove %1 from “%2”").arg(sources.join(QLatin1String(", ")), after.name));
}

} // namespace ks::ui
