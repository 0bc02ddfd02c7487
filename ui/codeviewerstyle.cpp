// SPDX-License-Identifier: MIT
#include "codeviewerstyle.h"

#include "scoring/syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QHash>
#include <QPalette>

namespace ks::ui::codeviewerstyle {

QColor categoryColour(const QString &category)
{
    // Hues far enough apart to tell seven categories apart at a glance;
    // red is kept for anti-signals.
    static const QHash<QString, QColor> colours = {
        { QStringLiteral("memory_hierarchy"), QColor(0x1f, 0x77, 0xd4) },
        { QStringLiteral("tiling"), QColor(0x2c, 0xa0, 0x2c) },
        { QStringLiteral("fusion"), QColor(0x94, 0x5f, 0xd0) },
        { QStringLiteral("autotune"), QColor(0xe0, 0x8a, 0x00) },
        { QStringLiteral("compiler_pass"), QColor(0x00, 0x9e, 0xa8) },
        { QStringLiteral("hw_codesign"), QColor(0xc2, 0x4e, 0x9b) },
        { QStringLiteral("benchmark_rigor"), QColor(0x8c, 0x8c, 0x1a) },
    };
    if (const auto it = colours.constFind(category); it != colours.cend())
        return *it;
    return QColor::fromHsv(int(qHash(category) % 360), 160, 190);
}

QColor antiColour()
{
    return QColor(0xd6, 0x27, 0x28);
}

RowColours rowColours(bool dark)
{
    if (dark) {
        return { QColor(0x23, 0x4a, 0x2e), QColor(0x5a, 0x26, 0x2a), QColor(0x26, 0x3a, 0x5c), QColor(0x3a, 0x3f, 0x4a),
            QColor(0x34, 0x34, 0x2a), QColor(0x8a, 0x84, 0x5a), QColor(255, 255, 255, 18) };
    }
    return { QColor(0xe6, 0xff, 0xec), QColor(0xff, 0xeb, 0xe9), QColor(0xdd, 0xf4, 0xff), QColor(0xea, 0xee, 0xf2),
        QColor(0xff, 0xf8, 0xdc), QColor(0xd4, 0xb1, 0x06), QColor(0, 0, 0, 14) };
}

bool isDark(const QColor &background)
{
    return background.lightness() < 128;
}

bool isDark(const QPalette &palette)
{
    return isDark(palette.color(QPalette::Base));
}

QString defaultThemeName(const QPalette &palette)
{
    using KSyntaxHighlighting::Repository;
    return scoring::syntaxRepository().defaultTheme(isDark(palette) ? Repository::DarkTheme : Repository::LightTheme).name();
}

} // namespace ks::ui::codeviewerstyle
