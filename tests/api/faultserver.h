#pragma once

#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

// A raw HTTP/1.1 listener on 127.0.0.1:0 that answers each path with a fixed response, to inject
// faults the real server never produces (HTML bodies, silence, bad JSON). Not a client mock: the
// production ApiClient talks to it over a real socket.
class FaultServer : public QTcpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent on the wire
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QByteArray path() const
        {
            const qsizetype query = target.indexOf('?');
            return query < 0 ? target : target.left(query);
        }
    };
    using Handler = std::function<QByteArray(const Request &)>; // empty answer: stay silent

    FaultServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        });
        listen(QHostAddress::LocalHost, 0);
    }

    QUrl root() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    void on(const QByteArray &path, Handler handler)
    {
        m_handlers.insert(path, std::move(handler));
    }

    static QByteArray response(int status, const QByteArray &body,
                               const QByteArray &contentType = "application/json",
                               const QByteArray &extraHeaders = {})
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
        if (!body.isEmpty())
            out += "Content-Type: " + contentType + "\r\n";
        out += extraHeaders;
        out += "Content-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n";
        return out + body;
    }

    QList<Request> requests;

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        requests << request;
        const Handler handler = m_handlers.value(request.path());
        const QByteArray answer = handler ? handler(request) : response(404, {});
        if (answer.isEmpty())
            return;
        socket->write(answer);
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QHash<QByteArray, Handler> m_handlers;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
