// SPDX-License-Identifier: MIT
#include "emptystatepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ks::ui {

EmptyStatePage::EmptyStatePage(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);

    auto *body = new QLabel(explanation, this);
    body->setTextFormat(Qt::PlainText);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    // A fixed width lets the word-wrapped label compute its height; an
    // alignment flag in the layout would size it to one unwrapped line.
    body->setFixedWidth(520);
    body->setForegroundRole(QPalette::PlaceholderText);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(body);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(heading);
    layout->addSpacing(6);
    layout->addLayout(row);
    layout->addStretch(2);
}

} // namespace ks::ui
