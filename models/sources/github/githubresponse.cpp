// SPDX-License-Identifier: MIT
#include "githubresponse.h"

#include <QStringList>
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
    // Scanned by <...> tokens rather than split on commas, which a URL may hold.
    QMap<QString, QUrl> links;
    auto broken = [&](const QByteArray &what) {
        if (error && error->isEmpty())
            *error = QStringLiteral("the Link header's next page is not an address: %1").arg(QString::fromUtf8(what.left(120)));
    };
    qsizetype pos = 0;
    while (pos < header.size()) {
        const qsizetype open = header.indexOf('<', pos);
        if (open < 0) {
            if (header.mid(pos).contains("next"))
                broken(header.mid(pos).trimmed());
            break;
        }
        if (header.mid(pos, open - pos).contains("next"))
            broken(header.mid(pos, open - pos).trimmed()); // a rel before any <address>
        const qsizetype close = header.indexOf('>', open + 1);
        if (close < 0) {
            if (header.mid(open).contains("next"))
                broken(header.mid(open));
            break;
        }
        const qsizetype nextOpen = header.indexOf('<', close + 1);
        const QByteArray text = header.mid(open + 1, close - open - 1).trimmed();
        const QByteArray paramText = header.mid(close + 1, (nextOpen < 0 ? header.size() : nextOpen) - close - 1);
        pos = nextOpen < 0 ? header.size() : nextOpen;
        const QUrl url(QString::fromUtf8(text), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        const bool usable = url.isValid() && !url.host().isEmpty() && (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
        QStringList rels;
        for (const QByteArray &param : paramText.split(';')) {
            QByteArray p = param.trimmed();
            while (p.endsWith(','))
                p.chop(1);
            if (!p.startsWith("rel="))
                continue;
            QByteArray value = p.mid(4).trimmed();
            if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
                value = value.mid(1, value.size() - 2);
            for (const QByteArray &rel : value.split(' ')) {
                if (!rel.isEmpty())
                    rels.append(QString::fromLatin1(rel));
            }
        }
        if (!usable) {
            if (rels.contains(QLatin1String("next")))
                broken("<" + text + ">");
            continue;
        }
        for (const QString &rel : std::as_const(rels))
            links.insert(rel, url);
    }
    return links;
}

RateLimit parseRateLimit(
    const QByteArray &limit, const QByteArray &remaining, const QByteArray &used, const QByteArray &reset, const QByteArray &resource)
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
