// SPDX-License-Identifier: MIT
#include "fielderrorlabel.h"

namespace ks::ui {

FieldErrorLabel::FieldErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    setPalette(p);
    setVisible(false);
}

void FieldErrorLabel::showError(const QString &message)
{
    setText(message);
    setVisible(true);
}

void FieldErrorLabel::clearError()
{
    clear();
    setVisible(false);
}

} // namespace ks::ui
