// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace ks::store {
class Database;
}

namespace ks::ui {

// The workspace's own outreach templates: write one (starting from a bundled
// one or from scratch), see parse errors with their line and column as you
// type, save, or remove. Bundled templates are shown for copying, not edited.
class OutreachTemplateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutreachTemplateDialog)

public:
    OutreachTemplateDialog(store::Database &db, const QString &startFrom, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QLabel *problemLabel() const { return m_problem; }
    // Saves what the form holds; false (with the reason shown) when it cannot.
    bool save();
    // The name saved last, for the caller to select.
    QString savedName() const { return m_saved; }

private:
    void reloadList(const QString &select);
    void load(const QString &name);
    void check();
    void removeCurrent();

    store::Database &m_db;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_purpose;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QLabel *m_problem;
    QLabel *m_placeholders;
    QString m_saved;
};

} // namespace ks::ui
