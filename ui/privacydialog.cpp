// SPDX-License-Identifier: MIT
#include "privacydialog.h"

#include "domain/clock.h"
#include "forgetrunner.h"
#include "privacy/retention.h"
#include "store/suppressionlist.h"
#include "workspacesession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ks::ui {

PrivacyDialog::PrivacyDialog(std::shared_ptr<WorkspaceSession> session, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_mode(mode)
    , m_today(ks::Clock::today())
    , m_months(new QSpinBox(this))
    , m_due(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_forget(new QPushButton(this))
    , m_runner(new ForgetRunner(m_session, this))
{
    setWindowTitle(mode == Mode::StartupCheck ? tr("People due under the retention policy") : tr("Privacy and retention"));
    auto *intro = new QLabel(mode == Mode::StartupCheck
            ? tr("These people were never contacted, and neither you nor a sync has touched them for longer than "
                 "the workspace keeps data. Forget them now, or decide later from Privacy and retention.")
            : tr("Public-profile data about people who never applied is kept only for a limited time. People "
                 "never contacted, whom no sourcer touched and no sync met for this long, are forgotten after "
                 "you confirm the list (asked at start-up)."),
        this);
    intro->setWordWrap(true);
    m_months->setRange(1, 120);
    m_months->setSuffix(tr(" months"));
    m_months->setObjectName(QStringLiteral("retentionMonths"));
    if (const auto months = privacy::Retention(m_session->database()).months())
        m_months->setValue(months.value());
    m_due->setObjectName(QStringLiteral("dueList"));
    m_due->setRootIsDecorated(false);
    m_due->setHeaderLabels({ tr("Login"), tr("Name"), tr("First seen"), tr("Last seen"), tr("Last touched") });
    m_due->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);
    m_forget->setObjectName(QStringLiteral("forgetDue"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Keep untouched people for:"), m_months);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_forget, QDialogButtonBox::DestructiveRole);
    if (mode == Mode::StartupCheck)
        buttons->button(QDialogButtonBox::Close)->setText(tr("&Not now"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_due, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(640, 420);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_months, &QSpinBox::valueChanged, this, [this](int months) {
        if (const Status s = privacy::Retention(m_session->database()).setMonths(months); !s)
            Q_EMIT statusMessage(s.error());
        reload();
    });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        if (m_runner->confirmAndRun(m_ids, m_logins, false))
            m_forget->setEnabled(false);
    });
    connect(m_runner, &ForgetRunner::finished, this, [this](const QString &message, const QString &error) {
        Q_EMIT statusMessage(error.isEmpty() ? message : error);
        reload();
        if (error.isEmpty() && m_mode == Mode::StartupCheck)
            accept();
    });
    reload();
}

void PrivacyDialog::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

int PrivacyDialog::dueCount() const
{
    return int(m_ids.size());
}

void PrivacyDialog::forgetListed()
{
    m_runner->run(m_ids, false);
}

void PrivacyDialog::reload()
{
    m_due->clear();
    m_ids.clear();
    m_logins.clear();
    const auto due = privacy::Retention(m_session->database()).due(m_today, m_months->value());
    if (!due) {
        m_summary->setText(due.error());
        m_forget->setEnabled(false);
        return;
    }
    auto day = [](const QDateTime &t) { return t.isValid() ? QLocale().toString(t.date(), QLocale::ShortFormat) : tr("never"); };
    for (const privacy::RetentionCandidate &p : due.value()) {
        // Item text is plain text: names from the network cannot inject markup here.
        new QTreeWidgetItem(m_due, { p.login, p.name, day(p.firstSeen), day(p.lastSeen), day(p.lastTouched) });
        m_ids.append(p.userId);
        m_logins.append(p.login);
    }
    const auto suppressions = store::SuppressionList(m_session->database()).count();
    const int suppressed = suppressions ? suppressions.value() : 0;
    m_summary->setText(tr("%n person(s) due now.", nullptr, int(m_ids.size())) + QLatin1Char(' ')
        + tr("%n person(s) asked to be forgotten; syncs skip them.", nullptr, suppressed));
    m_forget->setText(tr("&Forget the %n listed…", nullptr, int(m_ids.size())));
    m_forget->setEnabled(!m_ids.isEmpty());
}

void PrivacyDialog::checkOnStartup(const std::shared_ptr<WorkspaceSession> &session, QWidget *parent)
{
    privacy::Retention retention(session->database());
    const auto months = retention.months();
    const auto due
        = months ? retention.due(ks::Clock::today(), months.value()) : Result<QList<privacy::RetentionCandidate>>::failure(months.error());
    if (!due || due->isEmpty() || session->isDemo())
        return;
    auto *dialog = new PrivacyDialog(session, Mode::StartupCheck, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace ks::ui
