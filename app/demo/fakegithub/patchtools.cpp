// SPDX-License-Identifier: MIT
#include "patchtools.h"

#include <QRegularExpression>
#include <QStringList>

namespace ks::fake::patchtools {

namespace {

// "@@ -12,7 +12,9 @@ context" -> 12
int newStart(const QString &header)
{
    static const QRegularExpression re(QStringLiteral(R"(^@@ -\d+(?:,\d+)? \+(\d+))"));
    const auto m = re.match(header);
    return m.hasMatch() ? m.captured(1).toInt() : 1;
}

} // namespace

Counts count(const QString &patch)
{
    Counts c;
    const QStringList lines = patch.split(u'\n');
    for (const QString &l : lines) {
        if (l.startsWith(u'+') && !l.startsWith(QLatin1String("+++")))
            ++c.additions;
        else if (l.startsWith(u'-') && !l.startsWith(QLatin1String("---")))
            ++c.deletions;
    }
    return c;
}

int lastAddedLine(const QString &patch)
{
    int line = 0, last = 0;
    const QStringList lines = patch.split(u'\n');
    for (const QString &l : lines) {
        if (l.startsWith(QLatin1String("@@"))) {
            line = newStart(l);
        } else if (l.startsWith(u'+')) {
            last = line++;
        } else if (!l.startsWith(u'-')) {
            ++line;
        }
    }
    return last;
}

QString diffHunk(const QString &patch, int target)
{
    const QStringList lines = patch.split(u'\n');
    QStringList hunk, firstHunk;
    int line = 0;
    for (const QString &l : lines) {
        if (l.startsWith(QLatin1String("@@"))) {
            if (firstHunk.isEmpty() && !hunk.isEmpty())
                firstHunk = hunk;
            hunk = { l };
            line = newStart(l);
            continue;
        }
        if (hunk.isEmpty())
            continue;
        hunk.append(l);
        if (l.startsWith(u'-'))
            continue;
        if (line == target)
            return hunk.join(u'\n');
        ++line;
    }
    if (firstHunk.isEmpty())
        firstHunk = hunk;
    return firstHunk.join(u'\n');
}

} // namespace ks::fake::patchtools
