// SPDX-License-Identifier: MIT
#include "scoreformula.h"

#include <QList>
#include <QStringList>
#include <cmath>

namespace ks::scoring::formula {

double recency(double ageDays)
{
    constexpr double HalfYear = 182.5;
    constexpr double HalfLife = 121.7; // four months
    if (!(ageDays > HalfYear)) // also NaN and the future
        return 1.0;
    return std::exp2(-(ageDays - HalfYear) / HalfLife);
}

FileKind fileKind(QStringView path)
{
    // Plain string tests, no regular expressions: this runs once per changed
    // file when ranking, millions of times on a large workspace.
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QStringView name = path.mid(slash + 1);
    const auto folder = [&](QLatin1StringView dir) { return path.startsWith(dir) || path.contains(QLatin1Char('/') + QString(dir)); };
    if (name.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) || name.endsWith(QLatin1String(".rst"), Qt::CaseInsensitive)
        || name.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive) || name.endsWith(QLatin1String(".adoc"), Qt::CaseInsensitive)
        || name.startsWith(QLatin1String("README"), Qt::CaseInsensitive) || name.startsWith(QLatin1String("CHANGELOG"), Qt::CaseInsensitive)
        || name.startsWith(QLatin1String("LICENSE"), Qt::CaseInsensitive) || folder(QLatin1StringView("docs/"))
        || folder(QLatin1StringView("doc/")) || folder(QLatin1StringView("documentation/")))
        return FileKind::Docs;
    if (name.startsWith(QLatin1String("test_")) || name.contains(QLatin1String("_test.")) || name.endsWith(QLatin1String("Test.cpp"))
        || name.endsWith(QLatin1String("Test.cc")) || name.endsWith(QLatin1String("Test.cu")) || name.endsWith(QLatin1String(".mlir"))
        || name.endsWith(QLatin1String(".ll")) || folder(QLatin1StringView("test/")) || folder(QLatin1StringView("tests/"))
        || folder(QLatin1StringView("testing/")) || folder(QLatin1StringView("unittests/")) || folder(QLatin1StringView("unittest/")))
        return FileKind::Test;
    return FileKind::Source;
}

double pullValue(double sourceLines, double sourceFiles, double testLines, double docLines)
{
    // Test-only and docs-only changes are worth a little each, whatever their size.
    if (sourceLines <= 0)
        return testLines > 0 ? 0.2 : docLines > 0 ? 0.1 : 0.0;
    double value = std::log2(1.0 + std::max(0.0, sourceLines));
    if (sourceFiles >= 2)
        value *= 1.25;
    if (sourceLines <= 2 && sourceLines > 0)
        value *= 0.5; // a one- or two-line change: usually a typo or a tweak
    value += 0.3 * std::log2(1.0 + std::max(0.0, testLines));
    value += 0.05 * std::log2(1.0 + std::max(0.0, docLines));
    return value;
}

double damp(double raw)
{
    return raw >= 0 ? 3.0 * std::log2(1.0 + raw) : -3.0 * std::log2(1.0 - raw);
}

QString subPath(QStringView path, int depth)
{
    const QList<QStringView> parts = path.split(QLatin1Char('/'));
    const int folders = int(parts.size()) - 1; // the last part is the file
    const int keep = std::max(1, std::min(depth, folders));
    if (folders <= 0)
        return QStringLiteral("(top level)");
    QStringList kept;
    for (int i = 0; i < keep; ++i)
        kept.append(parts[i].toString());
    return kept.join(QLatin1Char('/'));
}

} // namespace ks::scoring::formula
