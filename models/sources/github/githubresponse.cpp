// SPDX-License-Identifier: MIT
#include "githubresponse.h"

#include <QTimeZone>
#include <QUrlQuery>

namespace ks::github {

int Response::lastPage() const
{
    const QUrl last = links.value(QStringLiteral("last"));
    return last.isValid() ? QUrlQuery(last).queryItemValue(QStringLiteral("page")).toInt() : 0;
}

QMap<QString, QUrl> parseLinkHeader(const QByteArray &header, QString *error)
{
    // <https://api.github.com/repositories/1/commits?page=2>; rel="next", <...>; rel="last"
    QMap<QString, QUrl> links;
    const QList<QByteArray> parts = header.split(',');
    for (const QByteArray &part : parts) {
        const qsizetype open = part.indexOf('<');
        const qsizetype close = part.indexOf('>', open + 1);
        if (open < 0 || close < 0)
            continue;
        const QByteArray text = part.mid(open + 1, close - open - 1).trimmed();
        const QUrl url(QString::fromUtf8(text), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        const bool usable = url.isValid() && !url.host().isEmpty() && (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
        const QList<QByteArray> params = part.mid(close + 1).split(';');
        if (!usable) {
            if (error && part.mid(close + 1).contains("next"))
                *error = QStringLiteral("the Link header's next page is not an address: <%1>").arg(QString::fromUtf8(text.left(120)));
            continue;
        }
        for (const QByteArray &param : params) {
            const QByteArray p = param.trimmed();
            if (!p.startsWith("rel="))
                continue;
            QByteArray rels = p.mid(4);
            if (rels.startsWith('"') && rels.endsWith('"') && rels.size() >= 2)
                rels = rels.mid(1, rels.size() - 2);
            for (const QByteArray &rel : rels.split(' ')) {
                if (!rel.isEmpty())
                    links.insert(QString::fromLatin1(rel), url);
            }
        }
    }
    return links;
}

RateLimit parseRateLimit(const QByteArray &limit, const QByteArray &remaining, const QByteArray &used,
                         const QByteArray &reset, const QByteArray &resource)
{
    RateLimit r;
    bool ok = false;
    int value = remaining.toInt(&ok);
    if (!ok)
        return r;
    r.remaining = value;
    value = limit.toInt(&ok);
    r.limit = ok ? value : -1;
    value = used.toInt(&ok);
    r.used = ok ? value : -1;
    const qint64 epoch = reset.toLongLong(&ok);
    if (ok)
        r.reset = QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::UTC);
    r.resource = QString::fromLatin1(resource);
    return r;
}

} // namespace ks::github
