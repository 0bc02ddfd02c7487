// SPDX-License-Identifier: MIT
#pragma once

#include "store/scorestore.h"

#include <QChartView>

namespace ks::ui {

// A person's work in the layer month by month (PRs, direct commits, reviews,
// review comments), stacked: is this someone active now, or years ago?
class ActivityChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityChart)

public:
    explicit ActivityChart(QWidget *parent = nullptr);
    void setMonths(const QList<store::ScoreStore::Month> &months);
    int total() const { return m_total; }

private:
    int m_total = 0;
};

} // namespace ks::ui
