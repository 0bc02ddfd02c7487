// SPDX-License-Identifier: MIT
#include "outreachtemplatedialog.h"

#include "outreach/draftfields.h"
#include "outreach/templateengine.h"
#include "outreach/templatestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ks::ui {

OutreachTemplateDialog::OutreachTemplateDialog(store::Database &db, const QString &startFrom, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_purpose(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_placeholders(new QLabel(this))
{
    setWindowTitle(tr("Outreach templates"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_name->setObjectName(QStringLiteral("templateName"));
    m_purpose->addItem(tr("First touch"), QStringLiteral("first_touch"));
    m_purpose->addItem(tr("Follow-up"), QStringLiteral("follow_up"));
    m_purpose->addItem(tr("Forum first"), QStringLiteral("forum_first"));
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_problem->setObjectName(QStringLiteral("templateProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_placeholders->setWordWrap(true);
    m_placeholders->setTextFormat(Qt::PlainText);
    QStringList names;
    for (const QString &n : outreach::placeholderNames())
        names.append(QStringLiteral("{{%1}}").arg(n));
    m_placeholders->setText(tr("Placeholders: %1. Sections: {{#if name}}…{{else}}…{{/if}}, {{#unless name}}…{{/unless}}.")
            .arg(names.join(QStringLiteral(", "))));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&Subject:"), m_subject);
    auto *editor = new QVBoxLayout;
    editor->addLayout(form);
    editor->addWidget(m_body, 1);
    editor->addWidget(m_problem);
    editor->addWidget(m_placeholders);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->addButton(remove, QDialogButtonBox::ResetRole);
    auto *split = new QHBoxLayout;
    split->addWidget(m_list, 1);
    split->addLayout(editor, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(split, 1);
    layout->addWidget(buttons);
    resize(860, 520);

    connect(m_list, &QListWidget::currentTextChanged, this, [this] {
        if (auto *item = m_list->currentItem())
            load(item->data(Qt::UserRole).toString());
    });
    for (QLineEdit *e : { m_name, m_subject })
        connect(e, &QLineEdit::textChanged, this, &OutreachTemplateDialog::check);
    connect(m_body, &QPlainTextEdit::textChanged, this, &OutreachTemplateDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] { (void)save(); });
    connect(remove, &QPushButton::clicked, this, &OutreachTemplateDialog::removeCurrent);
    reloadList(startFrom);
}

void OutreachTemplateDialog::reloadList(const QString &select)
{
    m_list->clear();
    const auto all = outreach::TemplateStore(m_db).all();
    if (!all) {
        m_problem->setText(all.error());
        return;
    }
    for (const outreach::OutreachTemplate &t : all.value()) {
        auto *item = new QListWidgetItem(t.bundled ? tr("%1 (bundled)").arg(t.name) : t.name, m_list);
        item->setData(Qt::UserRole, t.name);
        if (t.name == select)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void OutreachTemplateDialog::load(const QString &name)
{
    const auto t = outreach::TemplateStore(m_db).find(name);
    if (!t)
        return;
    // A bundled template is a starting point: its copy needs a name of its own.
    m_name->setText(t->bundled ? tr("%1 (my copy)").arg(t->name) : t->name);
    m_purpose->setCurrentIndex(std::max(0, m_purpose->findData(t->purpose)));
    m_subject->setText(t->subject);
    m_body->setPlainText(t->body);
    check();
}

void OutreachTemplateDialog::check()
{
    const QStringList known = outreach::placeholderNames();
    for (const auto &[part, text] : { std::pair { tr("Subject"), m_subject->text() }, std::pair { tr("Body"), m_body->toPlainText() } }) {
        outreach::Template::Error error;
        if (!outreach::Template::parse(text, known, &error)) {
            m_problem->setText(tr("%1, line %2, column %3: %4").arg(part).arg(error.line).arg(error.column).arg(error.message));
            return;
        }
    }
    m_problem->setText(m_name->text().trimmed().isEmpty() ? tr("Give the template a name.") : tr("Ready to save."));
}

bool OutreachTemplateDialog::save()
{
    outreach::OutreachTemplate t;
    t.name = m_name->text().trimmed();
    t.purpose = m_purpose->currentData().toString();
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    if (t.name.isEmpty()) {
        m_problem->setText(tr("Give the template a name."));
        return false;
    }
    if (const Status s = outreach::TemplateStore(m_db).save(t); !s) {
        m_problem->setText(s.error());
        return false;
    }
    m_saved = t.name;
    m_problem->setText(tr("Saved \"%1\".").arg(t.name));
    reloadList(t.name);
    return true;
}

void OutreachTemplateDialog::removeCurrent()
{
    const QString name = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    if (name.isEmpty())
        return;
    if (const auto t = outreach::TemplateStore(m_db).find(name); t && t->bundled) {
        m_problem->setText(tr("Bundled templates stay; save a copy under another name to change one."));
        return;
    }
    if (const Status s = outreach::TemplateStore(m_db).remove(name); !s) {
        m_problem->setText(s.error());
        return;
    }
    reloadList(QString());
}

} // namespace ks::ui
