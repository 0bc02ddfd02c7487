// SPDX-License-Identifier: MIT
#pragma once

#include "itemmodels/candidatetablemodel.h"
#include "store/pipelinestore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;

namespace ks::ui {

// The Pipeline tab's filters: search, stage, region, due, reachable and
// reviewed on the first row; country, employers to include or leave out,
// recent activity, a minimum score and showing the excluded behind "More
// filters". Typing waits for a pause before changed(); the due view has a
// signal of its own because it also changes the sort.
class PipelineFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineFilterBar)

public:
    static constexpr int TypingDelayMs = 150;

    explicit PipelineFilterBar(QWidget *parent = nullptr);

    // Sets every field the bar shows; leaves the requisition and `today`.
    void fill(itemmodels::PipelineFilter &filter) const;
    // Keeps the chosen stage when it still exists.
    void setStages(const QList<store::Stage> &stages);
    void setDueCount(int count); // < 0: not known
    void setCountText(const QString &text);
    bool isDueView() const;
    void setMoreShown(bool shown);
    // How many filters behind "More filters" are set.
    int moreActive() const;
    // Back to "everyone": one changed() (and dueViewToggled(false) if it was on).
    void clearAll();
    // "GB, germany, UK" -> {"GB", "DE", "GB"}; what cannot be read goes to `unknown`.
    static QStringList countryCodes(const QString &text, QStringList *unknown = nullptr);

Q_SIGNALS:
    void changed();
    void dueViewToggled(bool due);
    void statusMessage(const QString &message);

private:
    void fieldChanged();
    void updateMoreToggle();

    QLineEdit *m_search;
    QComboBox *m_stage;
    QComboBox *m_region;
    QCheckBox *m_due;
    QCheckBox *m_reachable;
    QCheckBox *m_reviewed;
    QToolButton *m_moreToggle;
    QLabel *m_count;
    QWidget *m_more;
    QLineEdit *m_country;
    QLineEdit *m_company;
    QLineEdit *m_notCompany;
    QSpinBox *m_activeMonths;
    QDoubleSpinBox *m_minScore;
    QCheckBox *m_excluded;
    QTimer *m_typing;
    int m_dueCount = -1;
};

} // namespace ks::ui
