// SPDX-License-Identifier: MIT
#include "activitychart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace ks::ui {

ActivityChart::ActivityChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("activityChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    setMaximumHeight(240);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(2, 2, 2, 2));
    chart()->setBackgroundRoundness(0);
}

void ActivityChart::setMonths(const QList<store::ScoreStore::Month> &months)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    auto *series = new QStackedBarSeries;
    const QList<QPair<QString, int store::ScoreStore::Month::*>> kinds = {
        { tr("PRs"), &store::ScoreStore::Month::pulls },
        { tr("Commits"), &store::ScoreStore::Month::commits },
        { tr("Reviews"), &store::ScoreStore::Month::reviews },
        { tr("Review comments"), &store::ScoreStore::Month::reviewComments },
    };
    m_total = 0;
    int highest = 0;
    QList<int> perMonth(months.size(), 0);
    for (const auto &[name, field] : kinds) {
        auto *set = new QBarSet(name);
        for (qsizetype i = 0; i < months.size(); ++i) {
            const int n = months[i].*field;
            set->append(n);
            perMonth[i] += n;
            m_total += n;
        }
        series->append(set);
    }
    for (int n : std::as_const(perMonth))
        highest = std::max(highest, n);
    c->addSeries(series);
    QStringList labels;
    for (qsizetype i = 0; i < months.size(); ++i) // a label every half year keeps them readable
        labels.append(i % 6 == 0 ? months[i].month.toString(QStringLiteral("MMM yy")) : QString(i, QLatin1Char(' ')));
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    auto *y = new QValueAxis;
    y->setRange(0, std::max(1, highest));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(std::min(5, std::max(2, highest + 1)));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    x->setLabelsFont(small);
    y->setLabelsFont(small);
    c->legend()->setFont(small);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    // Month labels do not fit under 24 narrow bars: the title gives the span.
    x->setLabelsVisible(false);
    c->setTitle(months.isEmpty() ? tr("Work in this layer, month by month")
                                 : tr("Work in this layer, %1 – %2")
                                       .arg(months.first().month.toString(QStringLiteral("MMM yyyy")),
                                           months.last().month.toString(QStringLiteral("MMM yyyy"))));
}

} // namespace ks::ui
