// SPDX-License-Identifier: MIT
#pragma once

#include "outreach/draftchecklist.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace ks::ui {

// The live checklist beside a draft: one row per rule, passed or what to
// fix, under an overall readiness badge.
class DraftChecklistView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftChecklistView)

public:
    explicit DraftChecklistView(QWidget *parent = nullptr);

    void setChecks(const QList<outreach::DraftCheck> &checks);
    const QList<outreach::DraftCheck> &checks() const { return m_checks; }
    outreach::Readiness readiness() const { return outreach::readiness(m_checks); }
    QLabel *badge() const { return m_badge; }
    QListWidget *list() const { return m_list; }

private:
    QList<outreach::DraftCheck> m_checks;
    QLabel *m_badge;
    QListWidget *m_list;
};

} // namespace ks::ui
