#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class QFile;

namespace stitchlocal {

//! What one connection may send; past a limit the request ends with the status named here.
struct HttpLimits
{
    qint64 maxBodyBytes = 64LL * 1024 * 1024; //!< 413, told by Content-Length or while chunked
    int maxUrlBytes = 8 * 1024; //!< 414
    int maxHeaderBytes = 32 * 1024; //!< request line and headers together: 431
    int maxHeaderCount = 100; //!< 431
    //! Requests that may carry more than maxBodyBytes: a method and the end of the path (before
    //! any query), and their own limit. Such a body is written to a temporary file in spoolDir
    //! as it comes instead of being held in memory (HttpRequestHead::bodyFile).
    struct LargeBody
    {
        QByteArray method;
        QByteArray pathSuffix;
        qint64 maxBytes = 0;
    };
    QList<LargeBody> largeBodies;
    QString spoolDir; //!< where large bodies go; empty: the system's temporary folder
};

//! One request as it came, method and target untouched.
struct HttpRequestHead
{
    QByteArray method;
    QByteArray target;
    int minorVersion = 1; //!< HTTP/1.x
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; //!< empty when bodyFile holds it
    //! A large body (HttpLimits::largeBodies), complete and flushed; removed with its last owner.
    std::shared_ptr<QFile> bodyFile;
    bool keepAlive = true;
    bool expectContinue = false;

    QByteArray header(const QByteArray &name) const; //!< the first, case-insensitive
};

//! An HTTP/1.x request reader that is strict where leniency lets requests be smuggled or grow
//! without bound: it decides on a body by its Content-Length before reading a byte of it, stops a
//! chunked body the moment it passes the limit, and refuses what RFC 9112 calls invalid instead of
//! guessing. Pure: bytes in, a request or a status out, so tests and fuzzers drive it directly.
class HttpRequestParser
{
public:
    enum class Result {
        NeedMore, //!< all of the input was taken; nothing complete yet
        HeadReady, //!< the head is parsed and a body is to come (a 100 Continue may be sent)
        Complete, //!< take() has the request; input past it is left in the buffer
        Failed, //!< errorStatus() and errorMessage() say why; the connection must close
    };

    explicit HttpRequestParser(const HttpLimits &limits = HttpLimits());

    //! Consumes bytes from the front of buffer. Call again after HeadReady and Complete.
    Result feed(QByteArray &buffer);
    HttpRequestHead take();
    //! True once any byte of a request has come and the request is not complete yet.
    bool inProgress() const { return m_stage != Stage::Idle; }
    //! After HeadReady: the client waits for "100 Continue" before it sends the body.
    bool expectsContinue() const { return m_request.expectContinue; }
    bool readingBody() const
    {
        return m_stage == Stage::Body || m_stage == Stage::ChunkSize || m_stage == Stage::ChunkData
            || m_stage == Stage::Trailers;
    }
    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }

private:
    enum class Stage { Idle, Head, Body, ChunkSize, ChunkData, Trailers, Done, Failed };

    Result fail(int status, const QString &message);
    Result parseHead(const QByteArray &head);
    Result parseHeaderLine(const QByteArray &line);
    Result afterHead();
    Result readChunked(QByteArray &buffer);
    //! Appends to the body, in memory or in its file; false when the file cannot be written.
    bool appendBody(const char *data, qsizetype size);

    HttpLimits m_limits;
    Stage m_stage = Stage::Idle;
    HttpRequestHead m_request;
    qint64 m_remaining = 0; //!< of the body or of the current chunk
    qint64 m_bodyLimit = 0; //!< maxBodyBytes, or the limit of a large body's route
    qint64 m_bodySize = 0; //!< read so far
    int m_trailerBytes = 0;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace stitchlocal
