// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// HTML built from strangers' values: every value escaped, and only http(s)
// addresses become links (javascript:, data: and file: stay text).
namespace ks::html {

inline QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

inline QString link(const QString &url, const QString &text)
{
    if (!url.startsWith(QLatin1String("https://")) && !url.startsWith(QLatin1String("http://")))
        return escaped(text);
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(url), escaped(text));
}

} // namespace ks::html
