// SPDX-License-Identifier: MIT
#pragma once

#include "domain/rolelayer.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace ks::ui {

class FieldErrorLabel;

// The form for one layer's name, description, skills and signal weights.
// A field is committed when the user leaves it; a refused value keeps its
// message next to the field and never leaves the editor.
class LayerEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerEditor)

public:
    explicit LayerEditor(QWidget *parent = nullptr);

    void setLayer(const std::optional<RoleLayer> &layer);
    const std::optional<RoleLayer> &layer() const { return m_layer; }

Q_SIGNALS:
    // `after` is valid; the receiver persists it.
    void layerEdited(const ks::RoleLayer &before, const ks::RoleLayer &after, const QString &description);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commitName();
    void commitDescription();
    void commitSkills();
    void commitWeights();
    void addWeight();
    void removeWeights();
    void emitIfChanged(const RoleLayer &after, const QString &description);
    void fillWeights();

    std::optional<RoleLayer> m_layer;
    QLineEdit *m_name;
    FieldErrorLabel *m_nameError;
    QLabel *m_slug;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_skills;
    FieldErrorLabel *m_skillsError;
    QTableWidget *m_weights;
    FieldErrorLabel *m_weightsError;
};

} // namespace ks::ui
