// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace ks::scoring {

// One line of the new side of a unified diff (GitHub's `patch` text).
struct PatchLine
{
    QString text;
    int newLine = 0; // 1-based line in the new file; 0 for hunk separators
    bool added = false; // '+' lines; context lines are false
};

// The new file as far as the patch shows it: context and added lines in
// order, numbered from the hunk headers; removed lines are dropped. An empty
// separator line stands between hunks so tokenizer state does not leak
// across a gap more than it must.
QList<PatchLine> newSideOf(const QString &patch);

} // namespace ks::scoring
