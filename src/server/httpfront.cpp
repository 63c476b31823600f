#include "httpfront.h"

#include <QTcpServer>

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

HttpFront::HttpFront(const HttpLimits &limits, const HttpTimeouts &timeouts, Dispatch dispatch)
    : m_limits(limits)
    , m_timeouts(timeouts)
    , m_dispatch(std::move(dispatch))
{
    m_listener = new Listener(
        [this](qintptr descriptor) {
            new HttpConnection(descriptor, m_limits, m_timeouts, m_dispatch, this);
        },
        this);
}

// Connections are children: they go (and close their sockets) before the dispatch they call.
HttpFront::~HttpFront() = default;

quint16 HttpFront::listen(const QHostAddress &address, quint16 port)
{
    if (!m_listener->listen(address, port))
        return 0;
    return m_listener->serverPort();
}

} // namespace stitchlocal
