// SPDX-License-Identifier: MIT
#include "draftchecklistview.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ks::ui {

DraftChecklistView::DraftChecklistView(QWidget *parent)
    : QWidget(parent)
    , m_badge(new QLabel(this))
    , m_list(new QListWidget(this))
{
    m_badge->setObjectName(u"readinessBadge"_s);
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setMargin(6);
    QFont bold = m_badge->font();
    bold.setBold(true);
    m_badge->setFont(bold);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Checklist"), this));
    layout->addWidget(m_badge);
    layout->addWidget(m_list, 1);
    setChecks({});
}

void DraftChecklistView::setChecks(const QList<outreach::DraftCheck> &checks)
{
    m_checks = checks;
    m_list->clear();
    // Colours that read on light and dark palettes alike.
    const QColor good(0x2e, 0x7d, 0x32), bad(0xc6, 0x28, 0x28), warn(0xb2, 0x6a, 0x00);
    for (const outreach::DraftCheck &c : checks) {
        const QString mark = c.passed ? u"✔"_s : (c.required ? u"✘"_s : u"!"_s);
        auto *item = new QListWidgetItem(u"%1  %2\n     %3"_s.arg(mark, c.title, c.message), m_list);
        item->setForeground(c.passed ? good : (c.required ? bad : warn));
        item->setToolTip(c.required ? tr("Required") : tr("Advice: does not block sending"));
        item->setData(Qt::UserRole, c.id);
    }
    const outreach::Readiness r = outreach::readiness(checks);
    const QColor colour = checks.isEmpty()   ? palette().mid().color()
        : r == outreach::Readiness::Ready    ? good
        : r == outreach::Readiness::NotReady ? bad
                                             : warn;
    m_badge->setText(checks.isEmpty() ? tr("No draft") : outreach::readinessText(r));
    m_badge->setStyleSheet(u"QLabel { color: white; background: %1; border-radius: 4px; }"_s.arg(colour.name()));
}

} // namespace ks::ui
