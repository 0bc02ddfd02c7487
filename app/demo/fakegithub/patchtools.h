// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Small unified-diff helpers shared by the fixture loader and the synthetic
// generator, so authors of fixtures write only the patch text.
namespace ks::fake::patchtools {

struct Counts
{
    int additions = 0;
    int deletions = 0;
};

Counts count(const QString &patch);

// The new-file line number of the last added line; 0 when none.
int lastAddedLine(const QString &patch);

// GitHub's diff_hunk for a comment on new-file line `line`: the enclosing
// hunk's header and its lines up to and including that line. Falls back to the
// first hunk when the line is not in the patch.
QString diffHunk(const QString &patch, int line);

} // namespace ks::fake::patchtools
