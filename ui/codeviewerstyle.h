// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace ks::ui::codeviewerstyle {

// A signal category's colour (the same in the code, the gutter and the side
// panel), and the one colour all anti-signals share.
QColor categoryColour(const QString &category);
QColor antiColour();

// Row backgrounds for diffs and review comments, readable on either a light
// or a dark theme background.
struct RowColours
{
    QColor added, removed, hunk, fileHeader, comment, commentBorder, currentLine;
};
RowColours rowColours(bool dark);

bool isDark(const QColor &background);
bool isDark(const QPalette &palette);

// KSyntaxHighlighting's default light or dark theme for a palette.
QString defaultThemeName(const QPalette &palette);

} // namespace ks::ui::codeviewerstyle
