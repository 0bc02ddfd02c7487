// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace ks::ui {

// What a tab shows while it has nothing to show: what will appear here and
// what the user does to get it.
class EmptyStatePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePage)

public:
    EmptyStatePage(const QString &title, const QString &explanation, QWidget *parent = nullptr);
};

} // namespace ks::ui
