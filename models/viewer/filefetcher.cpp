// SPDX-License-Identifier: MIT
#include "filefetcher.h"

#include "sources/github/githubclient.h"
#include "store/database.h"
#include "sync/requester.h"
#include "viewer/viewersource.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace ks::viewer {

namespace {

bool isCached(store::Database &db, const QString &owner, const QString &name, const QString &ref, const QString &path)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM file_contents f JOIN repos r ON r.id = f.repo_id WHERE r.owner = ?1 COLLATE NOCASE "
                             "AND r.name = ?2 COLLATE NOCASE AND f.ref = ?3 AND f.path = ?4"));
    q.addBindValue(owner);
    q.addBindValue(name);
    q.addBindValue(ref);
    q.addBindValue(path);
    return q.exec() && q.next();
}

} // namespace

FileFetcher::FileFetcher(store::Database &db, const QUrl &apiRoot, const QByteArray &token, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(new github::Client(apiRoot, this))
    , m_requester(new sync::Requester(*m_client, this))
{
    m_client->setToken(token);
}

FileFetcher::~FileFetcher() = default;

void FileFetcher::fetch(const QString &owner, const QString &name, const QString &ref, const QString &path)
{
    if (isCached(m_db, owner, name, ref, path)) {
        Q_EMIT fetched(owner, name, ref, path);
        return;
    }
    // Each path segment percent-encoded; the slashes between them stay.
    QStringList segments;
    for (const QString &segment : path.split(u'/'))
        segments.append(QString::fromLatin1(QUrl::toPercentEncoding(segment)));
    const QUrl url = m_client->url(
        QStringLiteral("/repos/%1/%2/contents/%3").arg(owner, name, segments.join(u'/')), { { QStringLiteral("ref"), ref } });
    m_requester->get(
        url, {},
        [=, this](const github::Response &r, const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT fetchFailed(error);
                return;
            }
            QString status = QStringLiteral("missing");
            QByteArray content;
            QString sourceUrl = url.toString();
            if (r.ok()) {
                const QJsonObject o = QJsonDocument::fromJson(r.body).object();
                sourceUrl = o.value(QLatin1String("html_url")).toString(sourceUrl);
                if (o.value(QLatin1String("type")).toString(QStringLiteral("file")) != QLatin1String("file")) {
                    status = QStringLiteral("missing"); // a directory or a submodule
                } else if (o.value(QLatin1String("encoding")).toString() != QLatin1String("base64")) {
                    status = QStringLiteral("too_large"); // GitHub sends "none" past 1 MB
                } else {
                    content = QByteArray::fromBase64(o.value(QLatin1String("content")).toString().toLatin1());
                    status = content.contains('\0') ? QStringLiteral("binary") : QStringLiteral("ok");
                }
            }
            if (Status s = cacheFile(m_db, owner, name, ref, path, status, content, sourceUrl); !s) {
                Q_EMIT fetchFailed(s.error());
                return;
            }
            Q_EMIT fetched(owner, name, ref, path);
        },
        /*notFoundIsOk=*/true, github::Client::MaxFileBytes);
}

} // namespace ks::viewer
