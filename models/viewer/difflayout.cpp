// SPDX-License-Identifier: MIT
#include "difflayout.h"

#include <QRegularExpression>

namespace ks::viewer {

DiffLayout layoutDiff(const QString &patch)
{
    static const QRegularExpression hunk(QStringLiteral(R"(^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@)"));
    DiffLayout d;
    int nextOld = 0;
    int nextNew = 0;
    bool inHunk = false;
    const auto add = [&d](DiffLine line) {
        const int index = int(d.lines.size());
        if (line.oldLine > 0)
            d.m_byOld.insert(line.oldLine, index);
        if (line.newLine > 0)
            d.m_byNew.insert(line.newLine, index);
        d.lines.append(std::move(line));
    };
    QStringView rest(patch);
    if (rest.endsWith(u'\n'))
        rest.chop(1); // a final newline ends the last line, it does not start another
    for (const QStringView raw : rest.split(u'\n')) {
        const QStringView text = raw.endsWith(u'\r') ? raw.chopped(1) : raw;
        if (text.startsWith(u"@@")) {
            const auto m = hunk.matchView(text);
            inHunk = m.hasMatch();
            if (!inHunk)
                continue;
            // Hunks show parts of one file; an empty line between them keeps
            // one hunk's last token from running straight into the next.
            if (!d.oldSide.isEmpty() || !d.newSide.isEmpty()) {
                d.oldSide.append(QString());
                d.newSide.append(QString());
            }
            nextOld = m.capturedView(1).toInt();
            nextNew = m.capturedView(2).toInt();
            add({ DiffLineKind::Hunk, 0, 0, text.toString(), -1, -1 });
            continue;
        }
        if (!inHunk)
            continue; // "diff --git", "index", "---", "+++" headers
        const QChar marker = text.isEmpty() ? u' ' : text.front();
        const QString body = text.isEmpty() ? QString() : text.mid(1).toString();
        if (marker == u'+') {
            d.newSide.append(body);
            add({ DiffLineKind::Added, 0, nextNew++, body, -1, int(d.newSide.size()) - 1 });
        } else if (marker == u'-') {
            d.oldSide.append(body);
            add({ DiffLineKind::Removed, nextOld++, 0, body, int(d.oldSide.size()) - 1, -1 });
        } else if (marker == u' ') {
            d.oldSide.append(body);
            d.newSide.append(body);
            add({ DiffLineKind::Context, nextOld++, nextNew++, body, int(d.oldSide.size()) - 1, int(d.newSide.size()) - 1 });
        } else if (marker == u'\\') {
            add({ DiffLineKind::Note, 0, 0, text.toString(), -1, -1 }); // "\ No newline at end of file"
        } else {
            inHunk = false;
        }
    }
    return d;
}

int DiffLayout::anchorOf(int line, const QString &diffHunk) const
{
    const DiffLayout hunk = layoutDiff(diffHunk);
    for (auto it = hunk.lines.crbegin(); it != hunk.lines.crend(); ++it) {
        if (it->kind == DiffLineKind::Hunk || it->kind == DiffLineKind::Note)
            continue;
        if (it->kind == DiffLineKind::Removed)
            return indexOfOldLine(it->oldLine);
        if (line > 0 && indexOfNewLine(line) >= 0)
            return indexOfNewLine(line);
        return indexOfNewLine(it->newLine);
    }
    return line > 0 ? indexOfNewLine(line) : -1;
}

} // namespace ks::viewer
