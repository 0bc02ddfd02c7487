// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Qt shows a tooltip (and a label or message box left on Qt::AutoText) as
// rich text when it merely looks like markup, so a file named
// "src/<b>x<font size=7>.cu" from a stranger's PR would render. Tooltips
// that can hold network text go through here: escaped, then marked up, so
// they always show the characters as sent.
namespace ks::ui {

inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<span style=\"white-space:pre-wrap\">%1</span>").arg(text.toHtmlEscaped());
}

} // namespace ks::ui
