// SPDX-License-Identifier: MIT
#include "pullreference.h"

#include <QRegularExpression>

namespace ks::github {

int pullNumberFromMessage(const QString &message, const QString &owner, const QString &name)
{
    const QString firstLine = message.section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression squash(QStringLiteral(R"(\(#(\d{1,9})\)\s*$)"));
    if (const auto m = squash.match(firstLine); m.hasMatch())
        return m.captured(1).toInt();
    // Trailers: only a link to this very repository counts.
    static const QRegularExpression trailer(
        QStringLiteral(R"(^\s*(?:Pull Request resolved|Pull-Request|Reviewed-on|Differential Revision):\s*https?://[^/\s]+/([^/\s]+)/([^/\s]+)/pull/(\d{1,9})\s*$)"),
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
