// SPDX-License-Identifier: MIT
#include "httpmessage.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ks::fake {

namespace {

QByteArray findHeader(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

QByteArray Request::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

Response Response::json(int status, const QJsonDocument &doc)
{
    Response r;
    r.status = status;
    r.body = doc.toJson(QJsonDocument::Compact);
    r.setHeader("content-type", "application/json; charset=utf-8");
    return r;
}

Response Response::error(int status, const QString &message, const QString &documentationUrl)
{
    QJsonObject o { { QStringLiteral("message"), message } };
    o.insert(QStringLiteral("documentation_url"),
        documentationUrl.isEmpty() ? QStringLiteral("https://docs.github.com/rest") : documentationUrl);
    o.insert(QStringLiteral("status"), QString::number(status));
    return json(status, QJsonDocument(o));
}

QByteArray Response::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

QByteArray Response::serializeHead(bool keepAlive) const
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[key, value] : headers) {
        if (key.compare("content-length", Qt::CaseInsensitive) == 0 || key.compare("connection", Qt::CaseInsensitive) == 0)
            continue;
        head += key + ": " + value + "\r\n";
    }
    head += "content-length: " + QByteArray::number(body.size()) + "\r\n";
    head += keepAlive ? "connection: keep-alive\r\n" : "connection: close\r\n";
    head += "\r\n";
    return head;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace ks::fake
