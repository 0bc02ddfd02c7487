// SPDX-License-Identifier: MIT
#include "pipelinefilterbar.h"

#include "people/locationresolver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ks::ui {
namespace {

QStringList listOf(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const QString t = part.simplified(); !t.isEmpty())
            out.append(t);
    }
    return out;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

PipelineFilterBar::PipelineFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_stage(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_due(new QCheckBox(tr("&Due"), this))
    , m_reachable(new QCheckBox(tr("Reac&hable"), this))
    , m_reviewed(new QCheckBox(tr("Reviewed &code"), this))
    , m_moreToggle(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_more(new QWidget(this))
    , m_country(new QLineEdit(m_more))
    , m_company(new QLineEdit(m_more))
    , m_notCompany(new QLineEdit(m_more))
    , m_activeMonths(new QSpinBox(m_more))
    , m_minScore(new QDoubleSpinBox(m_more))
    , m_excluded(new QCheckBox(tr("Show e&xcluded"), m_more))
    , m_typing(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_region->setObjectName(QStringLiteral("regionFilter"));
    m_due->setObjectName(QStringLiteral("dueView"));
    m_moreToggle->setObjectName(QStringLiteral("moreFilters"));
    m_count->setObjectName(QStringLiteral("candidateCount"));
    m_country->setObjectName(QStringLiteral("countryFilter"));
    m_company->setObjectName(QStringLiteral("companyFilter"));
    m_notCompany->setObjectName(QStringLiteral("notCompanyFilter"));
    m_activeMonths->setObjectName(QStringLiteral("activeWithin"));
    m_minScore->setObjectName(QStringLiteral("minScore"));
    m_excluded->setObjectName(QStringLiteral("showExcluded"));

    m_search->setPlaceholderText(tr("Search names, PR titles, review comments and notes"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_region->addItem(tr("Any region"));
    m_region->addItems(people::LocationResolver::regions());
    m_region->setToolTip(tr("The sourcing region read from the profile's location"));
    m_stage->setToolTip(tr("Only people at this stage of the requisition"));
    m_due->setToolTip(tr("The due view: next actions on or before today, soonest first. "
                         "The number counts this requisition's due people, whatever the other filters."));
    m_reachable->setToolTip(tr("Only people with a public e-mail address or handle"));
    m_reviewed->setToolTip(tr("Only people who reviewed or commented on others' code in this layer"));
    m_moreToggle->setCheckable(true);
    m_moreToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreToggle->setArrowType(Qt::RightArrow);
    m_moreToggle->setAutoRaise(true);
    m_moreToggle->setToolTip(tr("Country, employers, recent activity, minimum score, excluded people"));
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Counting…")) + 8);

    m_country->setPlaceholderText(tr("e.g. GB, Germany"));
    m_country->setToolTip(tr("Countries, comma-separated: ISO codes (GB, US, DE) or names"));
    m_company->setPlaceholderText(tr("e.g. NVIDIA, AMD"));
    m_company->setToolTip(tr("Only people at one of these employers (comma-separated, exact names, any case)"));
    m_notCompany->setPlaceholderText(tr("e.g. our own company"));
    m_notCompany->setToolTip(tr("Leave out people at these employers; people with no known employer stay"));
    m_activeMonths->setRange(0, 120);
    m_activeMonths->setSpecialValueText(tr("any time"));
    m_activeMonths->setSuffix(tr(" months"));
    m_activeMonths->setToolTip(tr("Last contribution to the layer at most this many months ago"));
    m_minScore->setRange(0, 10000);
    m_minScore->setDecimals(1);
    m_minScore->setSpecialValueText(tr("any"));
    m_minScore->setToolTip(tr("Only people scoring at least this many points"));
    m_excluded->setToolTip(tr("Also show people on an exclusion list (own staff, do-not-contact)"));
    for (QLineEdit *edit : { m_country, m_company, m_notCompany }) {
        edit->setClearButtonEnabled(true);
        edit->setMinimumWidth(fontMetrics().averageCharWidth() * 14);
    }
    auto *clear = new QToolButton(m_more);
    clear->setObjectName(QStringLiteral("clearFilters"));
    clear->setText(tr("Clear all"));
    clear->setToolTip(tr("Show everyone again: clears the search and every filter"));
    connect(clear, &QToolButton::clicked, this, &PipelineFilterBar::clearAll);

    auto *first = new QHBoxLayout;
    first->setContentsMargins(0, 0, 0, 0);
    first->addWidget(m_search, 1);
    first->addWidget(m_stage);
    first->addWidget(m_region);
    first->addWidget(m_due);
    first->addWidget(m_reachable);
    first->addWidget(m_reviewed);
    first->addWidget(m_moreToggle);
    first->addWidget(m_count);
    auto *second = new QHBoxLayout(m_more);
    second->setContentsMargins(0, 0, 0, 0);
    second->addWidget(buddyLabel(tr("Co&untry:"), m_country, m_more));
    second->addWidget(m_country, 1);
    second->addWidget(buddyLabel(tr("Compan&y:"), m_company, m_more));
    second->addWidget(m_company, 1);
    second->addWidget(buddyLabel(tr("No&t at:"), m_notCompany, m_more));
    second->addWidget(m_notCompany, 1);
    second->addWidget(buddyLabel(tr("Active &within:"), m_activeMonths, m_more));
    second->addWidget(m_activeMonths);
    second->addWidget(buddyLabel(tr("Score &at least:"), m_minScore, m_more));
    second->addWidget(m_minScore);
    second->addWidget(m_excluded);
    second->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addWidget(m_more);
    m_more->hide();

    // Typing (and spinning through values) waits for a pause, so each
    // keystroke does not re-query; choices apply at once.
    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &PipelineFilterBar::fieldChanged);
    for (QLineEdit *edit : { m_search, m_country, m_company, m_notCompany })
        connect(edit, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_activeMonths, &QSpinBox::valueChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_minScore, &QDoubleSpinBox::valueChanged, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox *box : { m_stage, m_region })
        connect(box, &QComboBox::currentIndexChanged, this, &PipelineFilterBar::fieldChanged);
    for (QCheckBox *box : { m_reachable, m_reviewed, m_excluded })
        connect(box, &QCheckBox::toggled, this, &PipelineFilterBar::fieldChanged);
    connect(m_due, &QCheckBox::toggled, this, &PipelineFilterBar::dueViewToggled);
    connect(m_moreToggle, &QToolButton::toggled, this, &PipelineFilterBar::setMoreShown);
    setStages({});
    updateMoreToggle();
}

void PipelineFilterBar::fieldChanged()
{
    m_typing->stop(); // a choice made while typing applies both
    updateMoreToggle();
    QStringList unknown;
    countryCodes(m_country->text(), &unknown);
    if (!unknown.isEmpty())
        Q_EMIT statusMessage(
            tr("Unknown country: %1. Use an ISO code such as GB or DE, or the English name.").arg(unknown.join(QStringLiteral(", "))));
    Q_EMIT changed();
}

QStringList PipelineFilterBar::countryCodes(const QString &text, QStringList *unknown)
{
    QStringList codes;
    const people::LocationResolver resolver;
    for (const QString &part : listOf(text)) {
        // Two letters are a code ("UK" reads as GB); anything else a name.
        QString code = part.size() == 2 ? resolver.forCountryCode(part).countryCode : QString();
        if (code.isEmpty())
            code = resolver.resolve(part).countryCode;
        if (code.isEmpty()) {
            if (unknown)
                unknown->append(part);
            code = part; // matches no one, rather than silently everyone
        }
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

void PipelineFilterBar::fill(itemmodels::PipelineFilter &f) const
{
    f.stageIds.clear();
    if (m_stage->currentIndex() > 0)
        f.stageIds = { m_stage->currentData().toLongLong() };
    f.regions.clear();
    if (m_region->currentIndex() > 0)
        f.regions = { m_region->currentText() };
    f.countries = countryCodes(m_country->text());
    f.companies = listOf(m_company->text());
    f.notCompanies = listOf(m_notCompany->text());
    f.activeWithinMonths = m_activeMonths->value();
    f.minScore = m_minScore->value();
    f.dueOnly = m_due->isChecked();
    f.reachableOnly = m_reachable->isChecked();
    f.hasReviewed = m_reviewed->isChecked();
    f.includeExcluded = m_excluded->isChecked();
    f.search = m_search->text();
}

void PipelineFilterBar::setStages(const QList<store::Stage> &stages)
{
    const QSignalBlocker quiet(m_stage);
    const QVariant chosen = m_stage->currentData();
    m_stage->clear();
    m_stage->addItem(tr("All stages"));
    for (const store::Stage &s : stages)
        m_stage->addItem(s.name, s.id);
    const int keep = chosen.isValid() ? m_stage->findData(chosen) : -1;
    m_stage->setCurrentIndex(std::max(keep, 0));
    if (chosen.isValid() && keep < 0)
        QMetaObject::invokeMethod(this, &PipelineFilterBar::fieldChanged, Qt::QueuedConnection); // the chosen stage is gone
}

void PipelineFilterBar::setDueCount(int count)
{
    m_dueCount = count;
    m_due->setText(count > 0 ? tr("&Due (%1)").arg(count) : tr("&Due"));
}

void PipelineFilterBar::setCountText(const QString &text)
{
    m_count->setText(text);
}

bool PipelineFilterBar::isDueView() const
{
    return m_due->isChecked();
}

void PipelineFilterBar::setMoreShown(bool shown)
{
    {
        const QSignalBlocker quiet(m_moreToggle);
        m_moreToggle->setChecked(shown);
    }
    m_moreToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_more->setVisible(shown);
    if (shown)
        m_country->setFocus();
}

int PipelineFilterBar::moreActive() const
{
    return int(!m_country->text().trimmed().isEmpty()) + int(!m_company->text().trimmed().isEmpty())
        + int(!m_notCompany->text().trimmed().isEmpty()) + int(m_activeMonths->value() > 0) + int(m_minScore->value() > 0)
        + int(m_excluded->isChecked());
}

void PipelineFilterBar::updateMoreToggle()
{
    // Hidden filters still narrow the table: say how many, so a short list is never a mystery.
    const int hidden = moreActive();
    m_moreToggle->setText(hidden > 0 ? tr("More f&ilters (%1)").arg(hidden) : tr("More f&ilters"));
}

void PipelineFilterBar::clearAll()
{
    const bool wasDue = m_due->isChecked();
    for (QObject *field : std::initializer_list<QObject *> { m_search, m_stage, m_region, m_due, m_reachable, m_reviewed, m_country,
             m_company, m_notCompany, m_activeMonths, m_minScore, m_excluded })
        field->blockSignals(true);
    for (QLineEdit *edit : { m_search, m_country, m_company, m_notCompany })
        edit->clear();
    m_stage->setCurrentIndex(0);
    m_region->setCurrentIndex(0);
    for (QCheckBox *box : { m_due, m_reachable, m_reviewed, m_excluded })
        box->setChecked(false);
    m_activeMonths->setValue(0);
    m_minScore->setValue(0);
    for (QObject *field : std::initializer_list<QObject *> { m_search, m_stage, m_region, m_due, m_reachable, m_reviewed, m_country,
             m_company, m_notCompany, m_activeMonths, m_minScore, m_excluded })
        field->blockSignals(false);
    if (wasDue)
        Q_EMIT dueViewToggled(false);
    fieldChanged();
}

} // namespace ks::ui
