// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The arithmetic of a score, as pure functions the ranker registers with
// SQLite (so aggregation runs in the database) and tests call directly.
namespace ks::scoring::formula {

enum class FileKind
{
    Source = 0,
    Test = 1,
    Docs = 2
};

// Work in the last six months counts fully; older work halves every four
// months after that. Future dates (clock skew) count as now.
double recency(double ageDays);

// Docs (Markdown, reStructuredText, docs/ folders) and tests (test folders,
// test_*.py, *_test.cc, lit tests) are told apart from source by path.
FileKind fileKind(QStringView path);

// One landed PR's worth: grows with the log of source lines changed, a bit
// more when it spans several source files; tests add a little, docs almost
// nothing; a docs-only or test-only change counts a small fixed amount, a
// one- or two-line change half.
double pullValue(double sourceLines, double sourceFiles, double testLines, double docLines);

// Raw recency-weighted sums become points on a log scale so that volume helps
// without drowning quality: 3 * log2(1 + raw).
double damp(double raw);

// "mlir/lib/Dialect/Linalg/Transforms/Tiling.cpp" -> "mlir/lib/Dialect/Linalg"
// for the "works on" line: the folder `depth` levels deep (files at the top
// of a shallower tree keep their folder).
QString subPath(QStringView path, int depth = 4);

} // namespace ks::scoring::formula
