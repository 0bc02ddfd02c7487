// SPDX-License-Identifier: MIT
#include "layereditor.h"

#include "domain/validation.h"
#include "fielderrorlabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ks::ui {

LayerEditor::LayerEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_nameError(new FieldErrorLabel(this))
    , m_slug(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_skills(new QPlainTextEdit(this))
    , m_skillsError(new FieldErrorLabel(this))
    , m_weights(new QTableWidget(0, 2, this))
    , m_weightsError(new FieldErrorLabel(this))
{
    m_name->setObjectName(QStringLiteral("layerName"));
    m_description->setObjectName(QStringLiteral("layerDescription"));
    m_skills->setObjectName(QStringLiteral("layerSkills"));
    m_weights->setObjectName(QStringLiteral("layerWeights"));
    m_nameError->setObjectName(QStringLiteral("layerNameError"));
    m_slug->setTextFormat(Qt::PlainText);
    m_slug->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_slug->setToolTip(tr("The layer's id, used by the command line and in exported files. It does not change."));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What people in this layer build, in a sentence or two."));
    m_skills->setTabChangesFocus(true);
    m_skills->setPlaceholderText(tr("One skill per line, e.g. Triton"));
    m_weights->setHorizontalHeaderLabels({ tr("Signal"), tr("Weight") });
    m_weights->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_weights->verticalHeader()->hide();
    m_weights->verticalHeader()->setDefaultSectionSize(m_weights->fontMetrics().height() + 8);
    m_weights->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    const int line = fontMetrics().lineSpacing();
    m_description->setFixedHeight(line * 4 + 12);
    m_skills->setFixedHeight(line * 9 + 12);
    m_weights->setToolTip(tr("How much each kind of evidence counts when ranking people for this layer (0 to 10)."));

    auto *addWeight = new QPushButton(tr("Add weight"), this);
    auto *removeWeight = new QPushButton(tr("Remove weight"), this);
    auto *weightButtons = new QHBoxLayout;
    weightButtons->addWidget(addWeight);
    weightButtons->addWidget(removeWeight);
    weightButtons->addStretch();

    auto *nameColumn = new QVBoxLayout;
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameError);
    auto *skillsColumn = new QVBoxLayout;
    skillsColumn->addWidget(m_skills);
    skillsColumn->addWidget(m_skillsError);
    auto *weightsHint
        = new QLabel(tr("How much each kind of evidence counts when ranking people for this layer, from 0 (ignored) to 10."), this);
    weightsHint->setWordWrap(true);
    weightsHint->setForegroundRole(QPalette::PlaceholderText);
    auto *weightsColumn = new QVBoxLayout;
    weightsColumn->addWidget(weightsHint);
    weightsColumn->addWidget(m_weights);
    weightsColumn->addLayout(weightButtons);
    weightsColumn->addWidget(m_weightsError);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Name:"), nameColumn);
    form->addRow(tr("Id:"), m_slug);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Skills:"), skillsColumn);
    form->addRow(tr("Signal weights:"), weightsColumn);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    connect(m_name, &QLineEdit::editingFinished, this, &LayerEditor::commitName);
    m_description->installEventFilter(this);
    m_skills->installEventFilter(this);
    connect(m_weights, &QTableWidget::itemChanged, this, &LayerEditor::commitWeights);
    connect(addWeight, &QPushButton::clicked, this, &LayerEditor::addWeight);
    connect(removeWeight, &QPushButton::clicked, this, &LayerEditor::removeWeights);
    setLayer(std::nullopt);
}

void LayerEditor::setLayer(const std::optional<RoleLayer> &layer)
{
    m_layer = layer;
    setEnabled(layer.has_value());
    m_nameError->clearError();
    m_skillsError->clearError();
    m_weightsError->clearError();
    const RoleLayer shown = layer.value_or(RoleLayer {});
    m_name->setText(shown.name);
    m_slug->setText(shown.slug);
    m_description->setPlainText(shown.description);
    m_skills->setPlainText(shown.skills.join(QLatin1Char('\n')));
    fillWeights();
}

void LayerEditor::fillWeights()
{
    const QSignalBlocker block(m_weights);
    m_weights->setRowCount(0);
    if (!m_layer)
        return;
    for (auto it = m_layer->weights.cbegin(); it != m_layer->weights.cend(); ++it) {
        const int row = m_weights->rowCount();
        m_weights->insertRow(row);
        m_weights->setItem(row, 0, new QTableWidgetItem(it.key()));
        auto *value = new QTableWidgetItem;
        value->setData(Qt::EditRole, it.value());
        m_weights->setItem(row, 1, value);
    }
}

bool LayerEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_description)
            commitDescription();
        else if (watched == m_skills)
            commitSkills();
    }
    return QWidget::eventFilter(watched, event);
}

void LayerEditor::emitIfChanged(const RoleLayer &after, const QString &description)
{
    if (!m_layer || after == *m_layer)
        return;
    const RoleLayer before = *m_layer;
    m_layer = after;
    Q_EMIT layerEdited(before, after, description);
}

void LayerEditor::commitName()
{
    if (!m_layer)
        return;
    const auto name = validation::layerName(m_name->text());
    if (!name) {
        m_nameError->showError(name.error());
        return;
    }
    m_nameError->clearError();
    RoleLayer after = *m_layer;
    after.name = name.value();
    emitIfChanged(after, tr("Rename layer to “%1”").arg(after.name));
}

void LayerEditor::commitDescription()
{
    if (!m_layer)
        return;
    RoleLayer after = *m_layer;
    after.description = m_description->toPlainText().trimmed().left(validation::MaxDescriptionLength);
    emitIfChanged(after, tr("Edit description of “%1”").arg(after.name));
}

void LayerEditor::commitSkills()
{
    if (!m_layer)
        return;
    RoleLayer after = *m_layer;
    after.skills.clear();
    const QStringList lines = m_skills->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const auto skill = validation::skill(line);
        if (!skill) {
            m_skillsError->showError(skill.error());
            return;
        }
        if (!after.skills.contains(skill.value()))
            after.skills.append(skill.value());
    }
    m_skillsError->clearError();
    emitIfChanged(after, tr("Edit skills of “%1”").arg(after.name));
}

void LayerEditor::commitWeights()
{
    if (!m_layer)
        return;
    RoleLayer after = *m_layer;
    after.weights.clear();
    for (int row = 0; row < m_weights->rowCount(); ++row) {
        const QTableWidgetItem *keyItem = m_weights->item(row, 0);
        const QTableWidgetItem *valueItem = m_weights->item(row, 1);
        if (!keyItem || !valueItem)
            return; // a row being inserted
        const auto key = validation::weightKey(keyItem->text());
        if (!key) {
            m_weightsError->showError(key.error());
            return;
        }
        bool isNumber = false;
        const double value = valueItem->data(Qt::EditRole).toDouble(&isNumber);
        const Status valueOk
            = isNumber ? validation::weightValue(value) : Status::failure(tr("The weight of %1 must be a number.").arg(key.value()));
        if (!valueOk) {
            m_weightsError->showError(valueOk.error());
            return;
        }
        if (after.weights.contains(key.value())) {
            m_weightsError->showError(tr("%1 is listed twice.").arg(key.value()));
            return;
        }
        after.weights.insert(key.value(), value);
    }
    m_weightsError->clearError();
    emitIfChanged(after, tr("Edit weights of “%1”").arg(after.name));
}

void LayerEditor::addWeight()
{
    if (!m_layer)
        return;
    QString key = QStringLiteral("custom.signal");
    for (int n = 2; m_layer->weights.contains(key); ++n)
        key = QStringLiteral("custom.signal_%1").arg(n);
    const int row = m_weights->rowCount();
    {
        const QSignalBlocker block(m_weights);
        m_weights->insertRow(row);
        m_weights->setItem(row, 0, new QTableWidgetItem(key));
        auto *value = new QTableWidgetItem;
        value->setData(Qt::EditRole, 1.0);
        m_weights->setItem(row, 1, value);
    }
    commitWeights();
    m_weights->setCurrentCell(row, 0);
    m_weights->editItem(m_weights->item(row, 0));
}

void LayerEditor::removeWeights()
{
    QList<int> rows;
    for (const QModelIndex &index : m_weights->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_weights->currentRow() >= 0)
        rows.append(m_weights->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    {
        const QSignalBlocker block(m_weights);
        for (int row : rows)
            m_weights->removeRow(row);
    }
    commitWeights();
}

} // namespace ks::ui
