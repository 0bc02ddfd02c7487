// SPDX-License-Identifier: MIT
#include "repomapmodel.h"

namespace ks::itemmodels {

RepoMapModel::RepoMapModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RepoMapModel::setLayer(const RoleLayer &layer)
{
    beginResetModel();
    m_layer = layer;
    endResetModel();
}

int RepoMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_layer.repos.size() + m_layer.forums.size());
}

int RepoMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RepoMapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool isRepo = row < m_layer.repos.size();
    const Kind kind = isRepo ? Kind::Repository : Kind::Forum;
    const QString source = isRepo ? m_layer.repos[row].fullName() : m_layer.forums[row - m_layer.repos.size()];
    const QStringList paths = isRepo ? m_layer.repos[row].pathPrefixes : QStringList();

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SourceColumn:
            return source;
        case KindColumn:
            return isRepo ? tr("GitHub repository") : tr("Discourse forum");
        case PathsColumn:
            if (!isRepo)
                return QString();
            return paths.isEmpty() ? tr("(whole repository)") : paths.join(QLatin1String(", "));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PathsColumn && isRepo)
            return paths.isEmpty()
                ? tr("Every path in %1 counts.").arg(source.toHtmlEscaped())
                : tr("Only work under these folders counts:<br>%1")
                      .arg(paths.join(QLatin1String("\n")).toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
        return {};
    case KindRole:
        return int(kind);
    case SourceRole:
        return source;
    case PathsRole:
        return paths;
    default:
        return {};
    }
}

QVariant RepoMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case KindColumn:
        return tr("Kind");
    case PathsColumn:
        return tr("Path prefixes");
    }
    return {};
}

} // namespace ks::itemmodels
