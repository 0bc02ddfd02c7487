// SPDX-License-Identifier: MIT
#include "pullreference.h"

#include <QRegularExpression>

namespace ks::github {

int pullNumberFromMessage(const QString &message, const QString &owner, const QString &name)
{
    // Cheap tests first: this runs for every synced commit.
    const qsizetype lineEnd = message.indexOf(QLatin1Char('\n'));
    const QStringView firstLine = QStringView(message).left(lineEnd < 0 ? message.size() : lineEnd).trimmed();
    if (firstLine.endsWith(QLatin1Char(')'))) {
        static const QRegularExpression squash(QStringLiteral(R"(\(#(\d{1,9})\)$)"));
        if (const auto m = squash.matchView(firstLine); m.hasMatch())
            return m.captured(1).toInt();
    }
    if (firstLine.startsWith(QLatin1String("Merge pull request #"))) {
        // GitHub's merge-commit message: "Merge pull request #123 from user/branch"
        static const QRegularExpression merge(QStringLiteral(R"(^Merge pull request #(\d{1,9}) from )"));
        if (const auto m = merge.matchView(firstLine); m.hasMatch())
            return m.captured(1).toInt();
    }
    if (!message.contains(QLatin1String("/pull/")))
        return 0;
    // Trailers: only a link to this very repository counts.
    static const QRegularExpression trailer(
        QStringLiteral(
            R"(^\s*(?:Pull Request resolved|Pull-Request|Reviewed-on|Differential Revision):\s*https?://[^/\s]+/([^/\s]+)/([^/\s]+)/pull/(\d{1,9})\s*$)"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    auto it = trailer.globalMatch(message);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1).compare(owner, Qt::CaseInsensitive) == 0 && m.captured(2).compare(name, Qt::CaseInsensitive) == 0)
            return m.captured(3).toInt();
    }
    return 0;
}

} // namespace ks::github
