// SPDX-License-Identifier: MIT
#pragma once

#include "outreach/hiringcontextstore.h"

#include <QGroupBox>

class QLineEdit;
class QPlainTextEdit;

namespace ks::ui {

// The requisition's hiring context: written once, cited by every draft.
// Emits edited() as the sourcer types; the tab decides when to save.
class OutreachContextEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutreachContextEditor)

public:
    explicit OutreachContextEditor(QWidget *parent = nullptr);

    outreach::HiringContext context() const;
    // Shows `context` without emitting edited().
    void setContext(const outreach::HiringContext &context);
    QLineEdit *field(const QString &name) const; // "company", "problem", ... for tests

Q_SIGNALS:
    void edited();

private:
    QLineEdit *m_company, *m_problem, *m_compute, *m_compensation, *m_team, *m_senderName, *m_senderEmail;
    QPlainTextEdit *m_signature;
};

} // namespace ks::ui
