// SPDX-License-Identifier: MIT
#include "layerlistmodel.h"

#include "store/database.h"
#include "store/layerstore.h"

namespace ks::itemmodels {

LayerListModel::LayerListModel(store::LayerStore &store, store::Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&db, &store::Database::changed, this, &LayerListModel::reload);
}

void LayerListModel::reload()
{
    auto loaded = m_store.all();
    if (!loaded) {
        m_lastError = loaded.error();
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    m_lastError.clear();
    if (loaded.value() == m_layers && [&] {
            for (qsizetype i = 0; i < m_layers.size(); ++i) {
                if (m_layers[i].id != loaded.value()[i].id)
                    return false;
            }
            return true;
        }())
        return; // unchanged: keep views' selection and scroll position
    beginResetModel();
    m_layers = std::move(loaded).value();
    endResetModel();
}

int LayerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_layers.size());
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoleLayer &l = m_layers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return l.name;
    case Qt::ToolTipRole:
        // Tool tips render rich text when they look like it: escape.
        return QStringLiteral("<b>%1</b> (%2)<br>%3").arg(l.name.toHtmlEscaped(), l.slug.toHtmlEscaped(), l.description.toHtmlEscaped());
    case SlugRole:
        return l.slug;
    case DescriptionRole:
        return l.description;
    case RepoCountRole:
        return int(l.repos.size());
    case ForumCountRole:
        return int(l.forums.size());
    default:
        return {};
    }
}

QHash<int, QByteArray> LayerListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(SlugRole, "slug");
    names.insert(DescriptionRole, "description");
    names.insert(RepoCountRole, "repoCount");
    names.insert(ForumCountRole, "forumCount");
    return names;
}

RoleLayer LayerListModel::layerAt(int row) const
{
    return row >= 0 && row < m_layers.size() ? m_layers.at(row) : RoleLayer {};
}

int LayerListModel::rowOfSlug(const QString &slug) const
{
    for (qsizetype i = 0; i < m_layers.size(); ++i) {
        if (m_layers[i].slug == slug)
            return int(i);
    }
    return -1;
}

} // namespace ks::itemmodels
