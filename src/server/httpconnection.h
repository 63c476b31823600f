#pragma once

#include "httpparser.h"
#include "router.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

class QSocketNotifier;

namespace stitchlocal {

//! How long a connection may wait for a client, in milliseconds.
struct HttpTimeouts
{
    int idleMs = 60 * 1000; //!< nothing in progress, nothing to answer
    int requestMs = 30 * 1000; //!< a head not finished, or a body pausing, this long: 408
};

//! One client connection on a socket descriptor of its own, so that the server decides when to
//! stop reading (a refused body is never read), and a client that shuts down its sending side
//! still gets every answer it asked for: QTcpSocket closes both directions on end of input.
//! Answers go out in request order, however late a deferred one comes.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Dispatch = std::function<void(const Request &, Responder)>;
    HttpConnection(qintptr descriptor, const HttpLimits &limits, const HttpTimeouts &timeouts,
                   const Dispatch &dispatch, QObject *parent);
    ~HttpConnection() override;

    //! Answers status at once, before reading any request, then closes like after any refused
    //! request (what the client sent meanwhile is read and dropped, so the answer is not reset).
    void refuse(int status, const QString &message,
                const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    struct Slot
    {
        quint64 sequence = 0;
        bool ready = false;
        bool head = false;
        bool close = false;
        QByteArray bytes;
    };

    void onReadable();
    void onWritable();
    void parse();
    void startRequest(HttpRequestHead head);
    void answer(quint64 sequence, const Reply &reply);
    void failRequest(int status, const QString &message,
                     const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void flush();
    void updateReading();
    void updateTimer();
    void onTimeout();
    void finish(); //!< closes the socket and deletes this connection later

    int m_fd = -1;
    HttpLimits m_limits;
    HttpTimeouts m_timeouts;
    Dispatch m_dispatch;
    HttpRequestParser m_parser;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer m_timer;
    enum class Wait { None, Idle, Request, Drain } m_wait = Wait::None; //!< what m_timer is for
    QByteArray m_in;
    QByteArray m_out;
    qsizetype m_outOffset = 0;
    std::deque<Slot> m_slots;
    quint64 m_nextSequence = 0;
    bool m_peerClosed = false; //!< the client sent its FIN: answer, then close
    bool m_closing = false; //!< no more requests: write what is left, then close
    bool m_draining = false; //!< answered and shut down for writing; input is discarded
};

} // namespace stitchlocal
