// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace ks::viewer {

// One coloured span of a line, resolved against a theme: plain values, so it
// crosses threads and needs no Repository to read.
struct FormatSpan
{
    int start = 0;
    int length = 0;
    QColor foreground; // invalid: the theme's default text colour
    QColor background; // invalid: none
    bool bold = false;
    bool italic = false;
    bool underline = false;
};
using LineSpans = QList<FormatSpan>;

// Highlights lines with KSyntaxHighlighting, state carried from line to
// line, using the calling thread's repository (syntaxRepository()), so it
// runs on any thread. `definition` and `theme` are names; an unknown
// definition yields no spans. `deliver(firstLine, spans)` receives batches
// of `batchSize` lines; `cancelled` is checked between batches.
void highlightLines(const QString &definition, const QString &theme, const QStringList &lines, int batchSize,
    const std::function<void(int, QList<LineSpans>)> &deliver, const std::function<bool()> &cancelled = {});

} // namespace ks::viewer
