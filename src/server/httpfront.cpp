#include "httpfront.h"

#include <QTcpServer>

#include <unistd.h>

namespace stitchlocal {

namespace {

// Takes the accepted descriptor before Qt wraps it in a QTcpSocket.
class Listener : public QTcpServer
{
public:
    explicit Listener(std::function<void(qintptr)> accepted, QObject *parent)
        : QTcpServer(parent)
        , m_accepted(std::move(accepted))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override { m_accepted(descriptor); }

private:
    std::function<void(qintptr)> m_accepted;
};

} // namespace

HttpFront::HttpFront(const HttpLimits &limits, const HttpTimeouts &timeouts, int maxConnections,
                     Dispatch dispatch)
    : m_limits(limits)
    , m_timeouts(timeouts)
    , m_maxConnections(qMax(1, maxConnections))
    , m_dispatch(std::move(dispatch))
{
    m_listener = new Listener([this](qintptr descriptor) { accept(descriptor); }, this);
}

// Connections are children: they go (and close their sockets) before the dispatch they call,
// without counting themselves out of a front that is already half gone.
HttpFront::~HttpFront()
{
    for (HttpConnection *connection : findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly))
        connection->disconnect(this);
}

void HttpFront::accept(qintptr descriptor)
{
    if (m_open < m_maxConnections) {
        ++m_open;
        auto *connection = new HttpConnection(descriptor, m_limits, m_timeouts, m_dispatch, this);
        connect(connection, &QObject::destroyed, this, [this] { --m_open; });
        return;
    }
    if (m_refusing >= m_maxConnections) {
        // A flood: even the refusals are at their limit. The client sees its connection closed.
        ::close(int(descriptor));
        return;
    }
    ++m_refusing;
    auto *refusal = new HttpConnection(descriptor, m_limits, m_timeouts, m_dispatch, this);
    connect(refusal, &QObject::destroyed, this, [this] { --m_refusing; });
    refusal->refuse(503,
                    QStringLiteral("the server has %1 connections open, its limit; try again")
                        .arg(m_maxConnections),
                    { { "Retry-After", "1" } });
}

quint16 HttpFront::listen(const QHostAddress &address, quint16 port)
{
    if (!m_listener->listen(address, port))
        return 0;
    return m_listener->serverPort();
}

} // namespace stitchlocal
