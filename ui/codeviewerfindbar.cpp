// SPDX-License-Identifier: MIT
#include "codeviewerfindbar.h"

#include "codeviewer.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace ks::ui {

CodeViewerFindBar::CodeViewerFindBar(CodeViewer *viewer, QWidget *parent)
    : QWidget(parent)
    , m_viewer(viewer)
    , m_field(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto *label = new QLabel(tr("Find:"), this);
    label->setBuddy(m_field);
    m_field->setPlaceholderText(tr("Text in the code"));
    m_field->setClearButtonEnabled(true);
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setAutoRaise(true);
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_caseSensitive);
    layout->addWidget(m_status);
    layout->addWidget(close);

    // Shift+Enter must reach us before QLineEdit turns it into returnPressed.
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_field, &QLineEdit::textEdited, this, [this] { markFound(true); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_viewer->setFocus();
    });
}

void CodeViewerFindBar::activate()
{
    show();
    const QString selected = m_viewer->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_field->setText(selected);
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

bool CodeViewerFindBar::findNext(bool backward)
{
    const bool found = m_viewer->findText(m_field->text(), backward, m_caseSensitive->isChecked());
    markFound(found || m_field->text().isEmpty());
    return found;
}

void CodeViewerFindBar::markFound(bool found)
{
    m_found = found;
    m_field->setStyleSheet(found ? QString() : QStringLiteral("QLineEdit { background: #f8d7da; color: #58151c; }"));
    m_status->setText(found ? QString() : tr("Not found"));
}

void CodeViewerFindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_viewer->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool CodeViewerFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
            findNext(true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ks::ui
