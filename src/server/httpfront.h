#pragma once

#include "httpconnection.h"
#include "router.h"

#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpServer;

namespace stitchlocal {

//! The HTTP listener. Every request, whatever its method or path, goes to one dispatch function
//! (Router keeps the table, so that 404 and 405 stay apart). Connections are our own
//! (HttpConnection), not Qt 6.4's QAbstractHttpServer: that one reads a whole body before anyone
//! can refuse it, has no header, URL or time limits, and closes a half-closed client unanswered.
class HttpFront : public QObject
{
public:
    //! Answers through the Responder, at once or later from the event loop.
    using Dispatch = HttpConnection::Dispatch;
    //! Past maxConnections open connections, a new one is answered 503 with Retry-After and
    //! closed; those already open go on. Past as many refusals still closing, a new connection
    //! is closed at once.
    HttpFront(const HttpLimits &limits, const HttpTimeouts &timeouts, int maxConnections,
              Dispatch dispatch);
    ~HttpFront() override;

    //! The port listened on, 0 when listening failed.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    void accept(qintptr descriptor);

    HttpLimits m_limits;
    HttpTimeouts m_timeouts;
    int m_maxConnections;
    int m_open = 0; //!< connections served
    int m_refusing = 0; //!< connections answered 503, still closing
    Dispatch m_dispatch;
    QTcpServer *m_listener = nullptr;
};

} // namespace stitchlocal
