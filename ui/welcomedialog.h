// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace ks::ui {

// Shown on a fresh install, when there is no workspace yet: start with the
// demo, create the default workspace from the preset, or open a file.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    enum Choice
    {
        OpenDemo = 1,
        CreateDefault,
        OpenFile
    };

    explicit WelcomeDialog(const QString &defaultPath, QWidget *parent = nullptr);
};

} // namespace ks::ui
