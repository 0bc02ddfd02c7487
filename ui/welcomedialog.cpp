// SPDX-License-Identifier: MIT
#include "welcomedialog.h"

#include "plaintext.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ks::ui {

WelcomeDialog::WelcomeDialog(const QString &defaultPath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Kernel Scout"));
    auto *intro = new QLabel(tr("There is no workspace yet. A workspace holds your role layers, repo map, synced "
                                "contributions and pipeline."),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto *demo = new QPushButton(tr("Explore the &demo workspace"), this);
    demo->setToolTip(tr("A copy of the bundled demo; your changes to it are not kept."));
    auto *create = new QPushButton(tr("&Create my workspace with the ML-compiler layers"), this);
    // The path is the user's folder, named anything: shown as plain text.
    create->setToolTip(plainToolTip(
        tr("Creates %1 with the kernel, frontend and backend layers and their repo maps.").arg(QDir::toNativeSeparators(defaultPath))));
    auto *open = new QPushButton(tr("&Open a workspace file…"), this);
    create->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(create);
    layout->addWidget(demo);
    layout->addWidget(open);

    connect(demo, &QPushButton::clicked, this, [this] { done(OpenDemo); });
    connect(create, &QPushButton::clicked, this, [this] { done(CreateDefault); });
    connect(open, &QPushButton::clicked, this, [this] { done(OpenFile); });
}

} // namespace ks::ui
