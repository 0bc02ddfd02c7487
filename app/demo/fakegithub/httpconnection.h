// SPDX-License-Identifier: MIT
#pragma once

#include "httpmessage.h"

#include <QObject>
#include <functional>

class QTcpSocket;

namespace ks::fake {

// One accepted TCP connection: buffers partial reads, parses requests one at
// a time (pipelined requests wait their turn), keeps the connection alive
// unless the client or HTTP/1.0 says otherwise. Owns the socket; deletes
// itself when the socket closes.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Handler = std::function<Response(const Request &)>;

    HttpConnection(QTcpSocket *socket, int id, Handler handler, QObject *parent = nullptr);

private:
    enum class Parse
    {
        NeedMore,
        Done,
        Invalid,
        TooLarge
    };

    void onReadyRead();
    void processBuffer();
    Parse parseOne(Request &request, bool &keepAlive);
    void send(const Request &request, const Response &response, bool keepAlive);
    void fail(int status, const QString &message);

    QTcpSocket *m_socket;
    int m_id;
    Handler m_handler;
    QByteArray m_buffer;
    bool m_busy = false; // a delayed response is pending; later requests wait
    bool m_closing = false;
};

} // namespace ks::fake
