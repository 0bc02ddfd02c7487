// SPDX-License-Identifier: MIT
#include "layerstab.h"

#include "domain/validation.h"
#include "itemmodels/layerlistmodel.h"
#include "layereditor.h"
#include "store/layereditcommand.h"
#include "store/layerstore.h"
#include "workspacesession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ks::ui {

LayersTab::LayersTab(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListView(this))
    , m_editor(new LayerEditor(this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    m_list->setObjectName(QStringLiteral("layerList"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *add = new QPushButton(tr("&Add layer"), this);
    add->setObjectName(QStringLiteral("addLayer"));
    m_remove->setObjectName(QStringLiteral("removeLayer"));
    m_duplicate->setObjectName(QStringLiteral("duplicateLayer"));
    add->setToolTip(tr("Add a custom layer to hire for"));
    m_duplicate->setToolTip(tr("Copy the selected layer, repo map included"));
    m_remove->setToolTip(tr("Remove the selected layer (Undo brings it back)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_remove);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Layers you hire for"), left);
    leftLayout->addWidget(heading);
    leftLayout->addWidget(m_list);
    leftLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 260, 640 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(add, &QPushButton::clicked, this, &LayersTab::addLayer);
    connect(m_duplicate, &QPushButton::clicked, this, &LayersTab::duplicateLayer);
    connect(m_remove, &QPushButton::clicked, this, &LayersTab::removeLayer);
    connect(m_editor, &LayerEditor::layerEdited, this,
        [this](const RoleLayer &before, const RoleLayer &after, const QString &what) { persist(before, after, what, after.slug); });
}

void LayersTab::setSession(std::shared_ptr<WorkspaceSession> session)
{
    m_session = std::move(session);
    m_selectedSlug.clear();
    if (!m_session) {
        m_list->setModel(nullptr);
        showCurrent();
        return;
    }
    auto &model = m_session->layerModel();
    m_list->setModel(&model);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &LayersTab::showCurrent);
    connect(&model, &QAbstractItemModel::modelAboutToBeReset, this, &LayersTab::rememberSelection);
    connect(&model, &QAbstractItemModel::modelReset, this, &LayersTab::restoreSelection);
    if (model.rowCount() > 0)
        m_list->setCurrentIndex(model.index(0));
    showCurrent();
}

QString LayersTab::currentSlug() const
{
    return m_list->currentIndex().data(itemmodels::LayerListModel::SlugRole).toString();
}

void LayersTab::selectSlug(const QString &slug)
{
    if (!m_session)
        return;
    const int row = m_session->layerModel().rowOfSlug(slug);
    if (row >= 0)
        m_list->setCurrentIndex(m_session->layerModel().index(row));
}

void LayersTab::rememberSelection()
{
    m_selectedSlug = currentSlug();
}

void LayersTab::restoreSelection()
{
    auto &model = m_session->layerModel();
    int row = model.rowOfSlug(m_selectedSlug);
    if (row < 0 && model.rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_list->setCurrentIndex(model.index(row));
    showCurrent();
}

void LayersTab::showCurrent()
{
    const bool has = m_session && m_list->currentIndex().isValid();
    m_duplicate->setEnabled(has);
    m_remove->setEnabled(has);
    if (!has) {
        m_editor->setLayer(std::nullopt);
        return;
    }
    m_editor->setLayer(m_session->layerModel().layerAt(m_list->currentIndex().row()));
}

void LayersTab::persist(std::optional<RoleLayer> before, std::optional<RoleLayer> after, const QString &what, const QString &selectAfter)
{
    if (!m_session)
        return;
    m_selectedSlug = selectAfter;
    const Status s = store::LayerEditCommand::apply(m_session->undoStack(), m_session->layers(), std::move(before), std::move(after), what,
        [session = m_session.get()](const QString &error) { Q_EMIT session->errorOccurred(error); });
    if (!s) {
        Q_EMIT statusMessage(s.error());
        showCurrent(); // back to what is stored
        return;
    }
    Q_EMIT statusMessage(what);
    selectSlug(selectAfter);
}

namespace {

QString uniqueSlug(const QString &base, const QList<RoleLayer> &existing)
{
    auto taken = [&](const QString &slug) {
        return std::any_of(existing.begin(), existing.end(), [&](const RoleLayer &l) { return l.slug == slug; });
    };
    QString slug = base;
    for (int n = 2; taken(slug); ++n)
        slug = QStringLiteral("%1-%2").arg(base.left(58)).arg(n);
    return slug;
}

} // namespace

void LayersTab::addLayer()
{
    if (!m_session)
        return;
    RoleLayer layer;
    layer.name = tr("New layer");
    layer.slug = uniqueSlug(QStringLiteral("custom"), m_session->layerModel().layers());
    persist(std::nullopt, layer, tr("Add layer “%1”").arg(layer.slug), layer.slug);
    m_editor->setFocus();
}

void LayersTab::duplicateLayer()
{
    if (!m_session || !m_list->currentIndex().isValid())
        return;
    RoleLayer copy = m_session->layerModel().layerAt(m_list->currentIndex().row());
    copy.id = 0;
    copy.name = tr("%1 (copy)").arg(copy.name).left(validation::MaxNameLength);
    copy.slug = uniqueSlug(copy.slug.left(58), m_session->layerModel().layers());
    persist(std::nullopt, copy, tr("Duplicate layer as “%1”").arg(copy.slug), copy.slug);
}

void LayersTab::removeLayer()
{
    if (!m_session || !m_list->currentIndex().isValid())
        return;
    const RoleLayer layer = m_session->layerModel().layerAt(m_list->currentIndex().row());
    persist(layer, std::nullopt, tr("Remove layer “%1” (Ctrl+Z to undo)").arg(layer.name), QString());
}

} // namespace ks::ui
