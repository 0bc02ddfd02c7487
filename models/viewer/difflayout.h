// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ks::viewer {

enum class DiffLineKind
{
    Hunk,
    Context,
    Added,
    Removed,
    Note
};

// One displayed line of a unified diff, without its '+'/'-'/' ' marker.
struct DiffLine
{
    DiffLineKind kind = DiffLineKind::Context;
    int oldLine = 0; // 1-based line of the old file; 0 when the line has none
    int newLine = 0; // 1-based line of the new file; 0 when the line has none
    QString text;
    int oldIndex = -1; // index into DiffLayout::oldSide, for highlighting
    int newIndex = -1; // index into DiffLayout::newSide
};

// A unified diff (GitHub's `patch`) as display lines, plus each side's text
// as far as the patch shows it. The sides are highlighted separately: were
// old and new lines highlighted interleaved, a comment or string opened on a
// removed line would colour the added lines after it.
struct DiffLayout
{
    QList<DiffLine> lines;
    QStringList oldSide;
    QStringList newSide;

    // Index into `lines` of a line of the new (old) file, or -1.
    int indexOfNewLine(int newLine) const { return m_byNew.value(newLine, -1); }
    int indexOfOldLine(int oldLine) const { return m_byOld.value(oldLine, -1); }

    // Where a review comment belongs: GitHub's diff_hunk ends at the line the
    // comment is on. If that is a removed line, the comment is on the old
    // side; otherwise `line` (the new-side line) decides, and when GitHub
    // gave none (an outdated comment) the hunk's last line does. -1 when
    // neither is in this diff.
    int anchorOf(int line, const QString &diffHunk) const;

    friend DiffLayout layoutDiff(const QString &patch);

private:
    QHash<int, int> m_byNew;
    QHash<int, int> m_byOld;
};

DiffLayout layoutDiff(const QString &patch);

} // namespace ks::viewer
