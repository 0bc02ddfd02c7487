// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

// A second server on loopback for hostile-server tests: records every
// request it receives with its headers (a token must never arrive here), and
// answers in one of a few hostile ways: a fixed answer, a body that never
// ends, or a small compressed body that inflates without end.
class RequestRecorder final : public QObject
{
public:
    struct Seen
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers; // names lower-case
        QByteArray header(QByteArrayView name) const
        {
            for (const auto &h : headers) {
                if (h.first == name)
                    return h.second;
            }
            return {};
        }
    };
    enum class Mode
    {
        Answer,
        EndlessBody,
        InflatingBody
    };

    Mode mode = Mode::Answer;
    QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n[]";
    QByteArray inflating; // the compressed body InflatingBody sends (deflate, zlib-wrapped)
    QList<Seen> requests;
    qint64 bytesSent = 0;

    RequestRecorder()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(pathAndQuery));
    }
    bool sawAuthorization() const
    {
        for (const Seen &s : requests) {
            if (!s.header("authorization").isEmpty())
                return true;
        }
        return false;
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Seen seen;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            seen.method = first.value(0);
            seen.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    seen.headers.append({ lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed() });
            }
            requests.append(seen);
            buffer->clear();
            respond(socket);
        });
    }

    void respond(QTcpSocket *socket)
    {
        if (mode == Mode::Answer) {
            socket->write(answer);
            socket->disconnectFromHost();
            return;
        }
        if (mode == Mode::InflatingBody) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: deflate\r\nContent-Length: "
                + QByteArray::number(inflating.size()) + "\r\nConnection: close\r\n\r\n");
            socket->write(inflating);
            socket->disconnectFromHost();
            return;
        }
        // A chunked JSON array that never closes: '[' then "0," forever.
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n[\r\n");
        auto *timer = new QTimer(socket);
        QPointer<QTcpSocket> guard(socket);
        const QByteArray chunk = QByteArray("0,").repeated(32 * 1024);
        const QByteArray framed = QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        connect(timer, &QTimer::timeout, socket, [this, guard, framed] {
            // (a bound for the test machine's sake: a client that never cuts
            // off then waits for its transfer timeout and fails differently)
            if (!guard || guard->state() != QAbstractSocket::ConnectedState || bytesSent > (256LL << 20))
                return;
            if (guard->bytesToWrite() < 4 * framed.size()) {
                guard->write(framed);
                bytesSent += framed.size();
            }
        });
        timer->start(0);
    }

    QTcpServer m_server;
};
