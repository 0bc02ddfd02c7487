// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

class QJsonDocument;

namespace ks::fake {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One parsed HTTP/1.1 request. Header names are stored lower-case.
struct Request
{
    QByteArray method;
    QByteArray target; // as sent: path plus query
    QString path; // decoded, without the query and without an /api/v3 prefix
    bool enterprisePrefix = false; // the target started with /api/v3
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    int connectionId = 0; // which TCP connection carried it (1-based)

    QByteArray header(QByteArrayView name) const; // first match, case-insensitive
    QString pathAndQuery() const { return QString::fromLatin1(target); }
};

// What the server sends back. A test (through FakeGitHub's hooks) can turn a
// normal response into a transport fault.
struct Response
{
    enum class Delivery
    {
        Normal,
        TruncateBody, // full Content-Length, then only truncateAt body bytes, then close
        ResetConnection, // abort the socket without sending anything
        NoResponse, // keep the connection open and never answer
    };

    int status = 200;
    HeaderList headers;
    QByteArray body;
    Delivery delivery = Delivery::Normal;
    qsizetype truncateAt = 0;
    int delayMs = 0;

    static Response json(int status, const QJsonDocument &doc);
    static Response error(int status, const QString &message, const QString &documentationUrl = QString());

    QByteArray header(QByteArrayView name) const;
    void setHeader(const QByteArray &name, const QByteArray &value); // replaces
    QByteArray serializeHead(bool keepAlive) const;
};

QByteArray reasonPhrase(int status);

} // namespace ks::fake
