#pragma once

#include "router.h"

#include <QAbstractHttpServer>

#include <functional>

namespace stitchlocal {

//! The HTTP listener. Every request, whatever its method or path, goes to one dispatch function:
//! Qt 6.4's QHttpServer routes send a method a route does not take to its missing handler,
//! which loses the 404/405 distinction, so the table lives in Router instead.
class HttpFront : public QAbstractHttpServer
{
public:
    //! Answers through the Responder, at once or later from the event loop.
    using Dispatch = std::function<void(const Request &, Responder)>;
    HttpFront(qint64 maxBodyBytes, Dispatch dispatch);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply);

    qint64 m_maxBodyBytes;
    Dispatch m_dispatch;
};

} // namespace stitchlocal
