// SPDX-License-Identifier: MIT
#include "outreachcontexteditor.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace ks::ui {

OutreachContextEditor::OutreachContextEditor(QWidget *parent)
    : QGroupBox(tr("Hiring context for this requisition"), parent)
    , m_company(new QLineEdit(this))
    , m_problem(new QLineEdit(this))
    , m_compute(new QLineEdit(this))
    , m_compensation(new QLineEdit(this))
    , m_team(new QLineEdit(this))
    , m_senderName(new QLineEdit(this))
    , m_senderEmail(new QLineEdit(this))
    , m_signature(new QPlainTextEdit(this))
{
    // The guide's reasons engineers answer, each with an example of the
    // specific kind of statement that works.
    m_problem->setPlaceholderText(tr("e.g. fused attention kernels for a new inference chip"));
    m_compute->setPlaceholderText(tr("e.g. a cluster of H100s, or simulator only"));
    m_compensation->setPlaceholderText(tr("e.g. £140k–£180k base plus equity"));
    m_team->setPlaceholderText(tr("e.g. Ana Ruiz (Triton maintainer), Jon Park"));
    m_senderEmail->setPlaceholderText(tr("you@company.example"));
    m_signature->setPlaceholderText(tr("Signature"));
    m_signature->setTabChangesFocus(true);
    m_signature->setFixedHeight(m_signature->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels above their fields: the column is narrow and the values long.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("Company"), m_company);
    form->addRow(tr("Problem"), m_problem);
    form->addRow(tr("Compute"), m_compute);
    form->addRow(tr("Compensation"), m_compensation);
    form->addRow(tr("Team"), m_team);
    form->addRow(tr("Your name"), m_senderName);
    form->addRow(tr("Your e-mail"), m_senderEmail);
    form->addRow(tr("Signature"), m_signature);

    for (QLineEdit *e : { m_company, m_problem, m_compute, m_compensation, m_team, m_senderName, m_senderEmail })
        connect(e, &QLineEdit::textEdited, this, &OutreachContextEditor::edited);
    connect(m_signature, &QPlainTextEdit::textChanged, this, &OutreachContextEditor::edited);
}

outreach::HiringContext OutreachContextEditor::context() const
{
    outreach::HiringContext c;
    c.company = m_company->text();
    c.problem = m_problem->text();
    c.compute = m_compute->text();
    c.compensation = m_compensation->text();
    c.team = m_team->text();
    c.senderName = m_senderName->text();
    c.senderEmail = m_senderEmail->text().trimmed();
    c.signature = m_signature->toPlainText();
    return c;
}

void OutreachContextEditor::setContext(const outreach::HiringContext &c)
{
    const QSignalBlocker quiet(this);
    const QSignalBlocker quietSignature(m_signature);
    m_company->setText(c.company);
    m_problem->setText(c.problem);
    m_compute->setText(c.compute);
    m_compensation->setText(c.compensation);
    m_team->setText(c.team);
    m_senderName->setText(c.senderName);
    m_senderEmail->setText(c.senderEmail);
    m_signature->setPlainText(c.signature);
}

QLineEdit *OutreachContextEditor::field(const QString &name) const
{
    const QList<std::pair<QString, QLineEdit *>> fields
        = { { u"company"_s, m_company }, { u"problem"_s, m_problem }, { u"compute"_s, m_compute }, { u"compensation"_s, m_compensation },
              { u"team"_s, m_team }, { u"sender_name"_s, m_senderName }, { u"sender_email"_s, m_senderEmail } };
    for (const auto &[key, edit] : fields) {
        if (key == name)
            return edit;
    }
    return nullptr;
}

} // namespace ks::ui
