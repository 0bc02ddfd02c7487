// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace ks::ui {

// The message shown next to a field whose value was refused. Plain text
// only: messages quote what the user (or an imported file) typed.
class FieldErrorLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldErrorLabel)

public:
    explicit FieldErrorLabel(QWidget *parent = nullptr);
    void showError(const QString &message);
    void clearError();
};

} // namespace ks::ui
