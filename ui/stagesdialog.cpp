// SPDX-License-Identifier: MIT
#include "stagesdialog.h"

#include "fielderrorlabel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace ks::ui {

StagesDialog::StagesDialog(store::PipelineStore &pipeline, QWidget *parent)
    : QDialog(parent)
    , m_pipeline(pipeline)
    , m_list(new QTableWidget(0, 2, this))
    , m_newName(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add after selected"), this))
    , m_error(new FieldErrorLabel(this))
{
    setWindowTitle(tr("Pipeline stages"));
    m_list->setObjectName(QStringLiteral("stageList"));
    m_newName->setObjectName(QStringLiteral("newStageName"));
    m_add->setObjectName(QStringLiteral("addStage"));
    m_error->setObjectName(QStringLiteral("stageError"));
    m_list->setHorizontalHeaderLabels({ tr("Stage"), tr("Role (fixed)") });
    m_list->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    m_list->verticalHeader()->hide();
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_newName->setPlaceholderText(tr("Name of a new stage, e.g. \"Take-home\""));
    m_newName->setMaxLength(40);

    auto *explain = new QLabel(tr("Rename stages to your team's words: double-click a name or press F2. Each stage keeps its "
                                  "role, which triage keys, outreach and the due view rely on; added stages have the role "
                                  "\"custom\"."),
        this);
    explain->setWordWrap(true);
    auto *rename = new QPushButton(tr("&Rename"), this);
    rename->setObjectName(QStringLiteral("renameStage"));
    connect(rename, &QPushButton::clicked, this, [this] {
        if (QTableWidgetItem *item = m_list->item(m_list->currentRow(), NameColumn))
            m_list->editItem(item);
    });
    auto *newLabel = new QLabel(tr("&New stage:"), this);
    newLabel->setBuddy(m_newName);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(newLabel);
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(rename, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_list, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_list, &QTableWidget::itemChanged, this, &StagesDialog::nameEdited);
    auto add = [this] {
        if (addAfter(m_list->currentRow(), m_newName->text()))
            m_newName->clear();
    };
    connect(m_add, &QPushButton::clicked, this, add);
    connect(m_newName, &QLineEdit::returnPressed, this, add);
    // Return in the name field adds a stage; it must not close the dialog.
    m_add->setAutoDefault(false);
    rename->setAutoDefault(false);
    reload();
    m_list->setCurrentCell(0, NameColumn);
    resize(440, 420);
}

QString StagesDialog::roleLabel(const QString &role)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("sourced"), QT_TR_NOOP("sourced: found, not yet triaged") },
        { QStringLiteral("shortlisted"), QT_TR_NOOP("shortlisted") },
        { QStringLiteral("contacted"), QT_TR_NOOP("contacted") },
        { QStringLiteral("replied"), QT_TR_NOOP("replied") },
        { QStringLiteral("interviewing"), QT_TR_NOOP("interviewing") },
        { QStringLiteral("offer"), QT_TR_NOOP("offer") },
        { QStringLiteral("hired"), QT_TR_NOOP("hired") },
        { QStringLiteral("not_a_fit"), QT_TR_NOOP("not a fit") },
        { QStringLiteral("not_now"), QT_TR_NOOP("not now (snoozed)") },
        { QStringLiteral("custom"), QT_TR_NOOP("custom") },
    };
    const char *label = labels.value(role);
    return label ? tr(label) : role;
}

bool StagesDialog::reload()
{
    const auto stages = m_pipeline.stages();
    if (!stages) {
        m_error->showError(stages.error());
        return false;
    }
    m_stages = stages.value();
    const QScopedValueRollback guard(m_filling, true);
    m_list->setRowCount(int(m_stages.size()));
    for (int row = 0; row < m_stages.size(); ++row) {
        const store::Stage &s = m_stages.at(row);
        auto *name = new QTableWidgetItem(s.name);
        name->setData(Qt::UserRole, s.id);
        auto *role = new QTableWidgetItem(roleLabel(s.role));
        role->setFlags(role->flags() & ~Qt::ItemIsEditable);
        role->setToolTip(tr("The role stays when the stage is renamed."));
        m_list->setItem(row, NameColumn, name);
        m_list->setItem(row, RoleColumn, role);
    }
    return true;
}

void StagesDialog::nameEdited(QTableWidgetItem *item)
{
    if (m_filling || item->column() != NameColumn)
        return;
    // After the edit has been committed: rename() rebuilds the rows, which
    // must not delete the item while it is still reporting its change.
    QMetaObject::invokeMethod(this, [this, row = item->row(), name = item->text()] { rename(row, name); }, Qt::QueuedConnection);
}

bool StagesDialog::rename(int row, const QString &name)
{
    if (row < 0 || row >= m_stages.size())
        return false;
    const store::Stage stage = m_stages.at(row);
    if (name.simplified() == stage.name) {
        reload(); // only whitespace changed: show the stored name
        return true;
    }
    const Status s = nameTaken(name, stage.id) ? Status::failure(duplicate(name)) : m_pipeline.renameStage(stage.id, name);
    if (!s) {
        // The store refuses empty or overlong names; SQLite duplicates.
        m_error->showError(s.error().contains(QLatin1String("UNIQUE")) ? duplicate(name) : s.error());
    } else {
        m_error->clearError();
    }
    reload();
    selectStage(stage.id);
    return bool(s);
}

bool StagesDialog::addAfter(int row, const QString &name)
{
    if (row < 0 || row >= m_stages.size()) {
        m_error->showError(tr("Select the stage the new one follows."));
        return false;
    }
    const auto id = nameTaken(name, 0) ? Result<qint64>::failure(duplicate(name)) : m_pipeline.addStage(name, m_stages.at(row).id);
    if (!id) {
        m_error->showError(id.error().contains(QLatin1String("UNIQUE")) ? duplicate(name) : id.error());
        return false;
    }
    m_error->clearError();
    reload();
    selectStage(id.value());
    return true;
}

bool StagesDialog::nameTaken(const QString &name, qint64 exceptId) const
{
    // Checked here as well as by the table's UNIQUE constraint, so the
    // message names the clash and "contacted" clashes with "Contacted".
    const QString wanted = name.simplified();
    return std::any_of(m_stages.cbegin(), m_stages.cend(),
        [&](const store::Stage &s) { return s.id != exceptId && s.name.compare(wanted, Qt::CaseInsensitive) == 0; });
}

QString StagesDialog::duplicate(const QString &name) const
{
    return tr("There is already a stage called \"%1\".").arg(name.simplified());
}

QString StagesDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void StagesDialog::selectStage(qint64 id)
{
    for (int row = 0; row < m_stages.size(); ++row) {
        if (m_stages.at(row).id == id)
            m_list->setCurrentCell(row, NameColumn);
    }
}

} // namespace ks::ui
