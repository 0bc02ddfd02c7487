// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDialog>
#include <memory>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace ks::ui {

class ForgetRunner;
class WorkspaceSession;

// The workspace's retention policy: how long people never contacted and
// untouched are kept, who is due now, and forgetting them after a look at the
// list. Opened from the menu, and at start-up when anyone is due.
class PrivacyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacyDialog)

public:
    enum class Mode
    {
        Settings,
        StartupCheck
    };

    PrivacyDialog(std::shared_ptr<WorkspaceSession> session, Mode mode, QWidget *parent = nullptr);

    // For tests and the start-up check; the current UTC date otherwise.
    void setToday(const QDate &today);
    int dueCount() const;
    QTreeWidget *dueList() const { return m_due; }
    QSpinBox *monthsBox() const { return m_months; }
    ForgetRunner *runner() const { return m_runner; }
    // Forgets everyone listed, without asking again (the button asks first).
    void forgetListed();

    // At start-up: asks about the people due, if any. Returns at once when
    // nobody is due (one query).
    static void checkOnStartup(const std::shared_ptr<WorkspaceSession> &session, QWidget *parent);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void reload();

    std::shared_ptr<WorkspaceSession> m_session;
    Mode m_mode;
    QDate m_today;
    QSpinBox *m_months;
    QTreeWidget *m_due;
    QLabel *m_summary;
    QPushButton *m_forget;
    ForgetRunner *m_runner;
    QList<qint64> m_ids;
    QStringList m_logins;
};

} // namespace ks::ui
