// SPDX-License-Identifier: MIT
#include "signalpanel.h"

#include "codeviewerstyle.h"
#include "scoring/signalcatalogue.h"

#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QMap>
#include <QPainter>
#include <QPixmap>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ks::ui {

using namespace Qt::StringLiterals;

namespace {

QIcon swatch(const QColor &colour, bool anti)
{
    // Thousands of marks share a handful of colours: paint each once.
    static QHash<QPair<QRgb, bool>, QIcon> cache;
    if (const auto it = cache.constFind({ colour.rgba(), anti }); it != cache.cend())
        return *it;
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    if (anti)
        p.drawPolygon(QPolygonF({ QPointF(6, 0.5), QPointF(11.5, 11), QPointF(0.5, 11) }));
    else
        p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    p.end();
    return *cache.insert({ colour.rgba(), anti }, QIcon(pixmap));
}

QString where(const viewer::ViewDocument &doc, const viewer::SignalMark &mark)
{
    const viewer::ViewRow &row = doc.rows.at(mark.row);
    const QString file = doc.files.size() > 1 ? doc.files.at(row.file).path.section(u'/', -1) + u':' : QString();
    if (row.kind == viewer::RowKind::Comment)
        return QObject::tr("%1review comment").arg(file);
    return QObject::tr("%1line %2").arg(file).arg(row.newLine);
}

} // namespace

SignalPanel::SignalPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter->setPlaceholderText(tr("Filter signals"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    connect(m_filter, &QLineEdit::textChanged, this, &SignalPanel::applyFilter);
    const auto activate = [this](QTreeWidgetItem *item) {
        const QVariant index = item ? item->data(0, MarkIndexRole) : QVariant();
        if (index.isValid())
            Q_EMIT markActivated(index.toInt());
    };
    connect(m_tree, &QTreeWidget::itemClicked, this, activate);
    connect(m_tree, &QTreeWidget::itemActivated, this, activate);
}

void SignalPanel::setMarks(const viewer::ViewDocument &doc, const QList<viewer::SignalMark> &marks)
{
    m_tree->clear();
    const auto &catalogue = scoring::SignalCatalogue::standard();
    // Categories in the catalogue's order; anti-signals counted apart.
    QMap<int, QList<int>> byCategory;
    for (int i = 0; i < marks.size(); ++i) {
        if (marks.at(i).continued)
            continue; // listed once, at the row where it starts
        int order = 0;
        for (; order < catalogue.categories().size(); ++order) {
            if (catalogue.categories().at(order).id == marks.at(i).signal->category)
                break;
        }
        byCategory[order].append(i);
    }
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        const QString id = marks.at(it->first()).signal->category;
        const auto *category = catalogue.category(id);
        int anti = 0;
        for (const int i : *it)
            anti += marks.at(i).signal->anti ? 1 : 0;
        const int good = int(it->size()) - anti;
        QString label = u"%1 (%2)"_s.arg(category ? category->name : id).arg(good);
        if (anti > 0)
            label += tr(" \u26a0 %n anti", nullptr, anti);
        auto *top = new QTreeWidgetItem(m_tree, { label });
        top->setIcon(0, swatch(codeviewerstyle::categoryColour(id), false));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const int i : *it) {
            const viewer::SignalMark &mark = marks.at(i);
            const bool isAnti = mark.signal->anti;
            const QString text = isAnti ? tr("\u26a0 %1  anti: %2").arg(where(doc, mark), mark.signal->explanation)
                                        : u"%1  %2"_s.arg(where(doc, mark), mark.signal->explanation);
            auto *child = new QTreeWidgetItem(top, { text });
            child->setData(0, MarkIndexRole, i);
            child->setToolTip(
                0, u"<p><b>%1</b><br/>%2</p>"_s.arg(mark.signal->id.toHtmlEscaped(), mark.signal->explanation.toHtmlEscaped()));
            child->setIcon(0, swatch(isAnti ? codeviewerstyle::antiColour() : codeviewerstyle::categoryColour(id), isAnti));
            if (isAnti) {
                child->setForeground(0, codeviewerstyle::antiColour());
                QFont italic = child->font(0);
                italic.setItalic(true);
                child->setFont(0, italic);
            }
            // The id is searchable too.
            child->setData(0, Qt::UserRole + 2, mark.signal->id);
        }
    }
    m_tree->expandAll();
    applyFilter();
}

void SignalPanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void SignalPanel::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *top = m_tree->topLevelItem(t);
        const bool categoryMatches = top->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem *child = top->child(c);
            const bool match = needle.isEmpty() || categoryMatches || child->text(0).contains(needle, Qt::CaseInsensitive)
                || child->data(0, Qt::UserRole + 2).toString().contains(needle, Qt::CaseInsensitive);
            child->setHidden(!match);
            shown += match ? 1 : 0;
        }
        top->setHidden(shown == 0);
    }
}

} // namespace ks::ui
