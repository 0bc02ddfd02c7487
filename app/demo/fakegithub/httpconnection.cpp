// SPDX-License-Identifier: MIT
#include "httpconnection.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace ks::fake {

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 1024 * 1024;
const QByteArray ApiPrefix = QByteArrayLiteral("/api/v3");

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, int id, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_id(id)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_busy && !m_closing) {
        Request request;
        bool keepAlive = true;
        switch (parseOne(request, keepAlive)) {
        case Parse::NeedMore:
            return;
        case Parse::Invalid:
            fail(400, QStringLiteral("Problems parsing request"));
            return;
        case Parse::TooLarge:
            fail(431, QStringLiteral("Request header fields too large"));
            return;
        case Parse::Done:
            break;
        }
        const Response response = m_handler(request);
        if (response.delivery == Response::Delivery::NoResponse) {
            m_busy = true; // hang: never answer, never read further requests
            return;
        }
        if (response.delayMs > 0) {
            m_busy = true;
            QTimer::singleShot(response.delayMs, this, [this, request, response, keepAlive] {
                m_busy = false;
                send(request, response, keepAlive);
                processBuffer();
            });
            return;
        }
        send(request, response, keepAlive);
    }
}

HttpConnection::Parse HttpConnection::parseOne(Request &request, bool &keepAlive)
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return m_buffer.size() > MaxHeaderBytes ? Parse::TooLarge : Parse::NeedMore;
    if (headEnd > MaxHeaderBytes)
        return Parse::TooLarge;

    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return Parse::Invalid;
    request.method = requestLine[0];
    request.target = requestLine[1];
    const bool http10 = requestLine[2] == "HTTP/1.0";

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Parse::Invalid;
        request.headers.append({ line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
    }

    if (!request.header("transfer-encoding").isEmpty())
        return Parse::Invalid; // no chunked request bodies; GitHub reads never need one
    bool lengthOk = true;
    const QByteArray lengthHeader = request.header("content-length");
    const qsizetype bodyLength = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&lengthOk);
    if (!lengthOk || bodyLength < 0 || bodyLength > MaxBodyBytes)
        return Parse::Invalid;
    if (m_buffer.size() < headEnd + 4 + bodyLength)
        return Parse::NeedMore;
    request.body = m_buffer.mid(headEnd + 4, bodyLength);
    m_buffer.remove(0, headEnd + 4 + bodyLength);

    const QByteArray connection = request.header("connection").toLower();
    keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");

    QByteArray pathPart = request.target;
    const qsizetype question = pathPart.indexOf('?');
    if (question >= 0) {
        request.query.setQuery(QString::fromUtf8(pathPart.mid(question + 1)));
        pathPart.truncate(question);
    }
    if (pathPart == ApiPrefix || pathPart.startsWith(ApiPrefix + '/')) {
        request.enterprisePrefix = true;
        pathPart.remove(0, ApiPrefix.size());
    }
    request.path = QUrl::fromPercentEncoding(pathPart);
    if (request.path.isEmpty())
        request.path = QStringLiteral("/");
    request.connectionId = m_id;
    return Parse::Done;
}

void HttpConnection::send(const Request &request, const Response &response, bool keepAlive)
{
    Q_UNUSED(request);
    if (m_closing)
        return;
    switch (response.delivery) {
    case Response::Delivery::ResetConnection:
        m_closing = true;
        m_socket->abort();
        deleteLater();
        return;
    case Response::Delivery::TruncateBody:
        m_closing = true;
        m_socket->write(response.serializeHead(false));
        m_socket->write(response.body.left(qMax<qsizetype>(0, response.truncateAt)));
        m_socket->disconnectFromHost();
        return;
    case Response::Delivery::NoResponse:
    case Response::Delivery::Normal:
        break;
    }
    m_socket->write(response.serializeHead(keepAlive));
    m_socket->write(response.body);
    if (!keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::fail(int status, const QString &message)
{
    send(Request(), Response::error(status, message), false);
}

} // namespace ks::fake
