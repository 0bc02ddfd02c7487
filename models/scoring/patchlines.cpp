// SPDX-License-Identifier: MIT
#include "patchlines.h"

#include <QRegularExpression>

namespace ks::scoring {

QList<PatchLine> newSideOf(const QString &patch)
{
    static const QRegularExpression hunk(QStringLiteral(R"(^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@)"));
    QList<PatchLine> lines;
    int next = 0;
    bool inHunk = false;
    for (const QStringView raw : QStringView(patch).split(QLatin1Char('\n'))) {
        const QStringView line = raw.endsWith(QLatin1Char('\r')) ? raw.chopped(1) : raw;
        if (line.startsWith(QLatin1String("@@"))) {
            const auto m = hunk.matchView(line);
            if (!m.hasMatch()) {
                inHunk = false;
                continue;
            }
            if (!lines.isEmpty())
                lines.append({ QString(), 0, false });
            next = m.capturedView(1).toInt();
            inHunk = true;
            continue;
        }
        if (!inHunk || raw.isEmpty())
            continue;
        const QChar marker = line.isEmpty() ? QLatin1Char(' ') : line.front();
        if (marker == QLatin1Char('+')) {
            lines.append({ line.mid(1).toString(), next++, true });
        } else if (marker == QLatin1Char(' ')) {
            lines.append({ line.mid(1).toString(), next++, false });
        } else if (marker == QLatin1Char('-') || marker == QLatin1Char('\\')) {
            continue; // removed, or "\ No newline at end of file"
        } else {
            inHunk = false; // not diff text
        }
    }
    return lines;
}

} // namespace ks::scoring
