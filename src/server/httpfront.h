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
    HttpFront(const HttpLimits &limits, const HttpTimeouts &timeouts, Dispatch dispatch);
    ~HttpFront() override;

    //! The port listened on, 0 when listening failed.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    HttpLimits m_limits;
    HttpTimeouts m_timeouts;
    Dispatch m_dispatch;
    QTcpServer *m_listener = nullptr;
};

} // namespace stitchlocal
