// SPDX-License-Identifier: MIT
#pragma once

#include <QChar>

namespace ks {

// Characters from strangers' text that no table, terminal or spreadsheet
// should pass on: control characters, and the bidi controls that reorder what
// follows them. Other format characters (ZWJ in emoji and Indic names, ZWNJ
// in Persian, the soft hyphen) are part of the text. Callers decide what a
// tab or a line break means where they write.
inline bool isUnsafeChar(QChar c)
{
    const char16_t u = c.unicode();
    return c.category() == QChar::Other_Control || u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E)
        || (u >= 0x2066 && u <= 0x2069);
}

} // namespace ks
