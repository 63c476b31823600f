#include "httpparser.h"

#include <QByteArrayView>
#include <QDir>
#include <QTemporaryFile>

namespace stitchlocal {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Field values may hold visible ASCII, spaces, tabs and obs-text; any other control byte is how
// header injection and request smuggling start, so it is refused rather than passed on.
bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

QByteArray trimmedOws(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.sliced(begin, end - begin).toByteArray();
}

bool hasToken(const QByteArray &list, QByteArrayView token)
{
    const QList<QByteArray> parts = list.split(',');
    for (const QByteArray &part : parts) {
        if (trimmedOws(part).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Digits only, no sign, no spaces, at most 18 of them: anything else is a length two parsers could
// read differently, which is what request smuggling relies on.
bool parseLength(QByteArrayView text, qint64 *value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    qint64 result = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        result = result * 10 + (c - '0');
    }
    *value = result;
    return true;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

constexpr qsizetype maxChunkLine = 1024;

} // namespace

QByteArray HttpRequestHead::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

HttpRequestParser::HttpRequestParser(const HttpLimits &limits)
    : m_limits(limits)
{
}

HttpRequestParser::Result HttpRequestParser::fail(int status, const QString &message)
{
    m_stage = Stage::Failed;
    m_errorStatus = status;
    m_errorMessage = message;
    return Result::Failed;
}

HttpRequestParser::Result HttpRequestParser::feed(QByteArray &buffer)
{
    switch (m_stage) {
    case Stage::Idle:
        // RFC 9112 2.2: empty lines before a request line are ignored.
        while (buffer.startsWith("\r\n"))
            buffer.remove(0, 2);
        if (buffer.isEmpty() || buffer == "\r")
            return Result::NeedMore;
        m_stage = Stage::Head;
        Q_FALLTHROUGH();
    case Stage::Head: {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            const qsizetype firstLine = buffer.indexOf('\n');
            if (firstLine < 0 && buffer.size() > m_limits.maxUrlBytes + 32)
                return fail(414,
                            QStringLiteral("the request line is longer than %1 bytes")
                                .arg(m_limits.maxUrlBytes));
            if (buffer.size() > m_limits.maxHeaderBytes)
                return fail(431,
                            QStringLiteral("the request headers are larger than %1 bytes")
                                .arg(m_limits.maxHeaderBytes));
            // Bare LF line ends would otherwise leave the request waiting for a CRLF forever.
            if (buffer.contains("\n\n") || buffer.contains("\n\r\n"))
                return fail(400, QStringLiteral("lines must end in CRLF"));
            return Result::NeedMore;
        }
        if (end + 4 > m_limits.maxHeaderBytes)
            return fail(431,
                        QStringLiteral("the request headers are larger than %1 bytes")
                            .arg(m_limits.maxHeaderBytes));
        const QByteArray head = buffer.left(end + 2);
        buffer.remove(0, end + 4);
        const Result parsed = parseHead(head);
        if (parsed == Result::Failed)
            return parsed;
        return afterHead();
    }
    case Stage::Body: {
        const qsizetype part = qMin<qint64>(m_remaining, buffer.size());
        if (!appendBody(buffer.constData(), part))
            return fail(500, QStringLiteral("cannot store the request body"));
        buffer.remove(0, part);
        m_remaining -= part;
        if (m_remaining > 0)
            return Result::NeedMore;
        if (m_request.bodyFile && !m_request.bodyFile->flush())
            return fail(500, QStringLiteral("cannot store the request body"));
        m_stage = Stage::Done;
        return Result::Complete;
    }
    case Stage::ChunkSize:
    case Stage::ChunkData:
    case Stage::Trailers:
        return readChunked(buffer);
    case Stage::Done:
        return Result::Complete;
    case Stage::Failed:
        return Result::Failed;
    }
    return Result::Failed;
}

HttpRequestHead HttpRequestParser::take()
{
    HttpRequestHead taken = std::move(m_request);
    m_request = HttpRequestHead();
    m_stage = Stage::Idle;
    m_remaining = 0;
    m_trailerBytes = 0;
    m_bodySize = 0;
    return taken;
}

HttpRequestParser::Result HttpRequestParser::parseHead(const QByteArray &head)
{
    // Every line ends in CRLF (head keeps the last one); a CR or LF alone inside a line is refused.
    qsizetype start = 0;
    bool first = true;
    while (start < head.size()) {
        const qsizetype end = head.indexOf("\r\n", start);
        const QByteArray line = head.mid(start, end - start);
        start = end + 2;
        if (line.contains('\r') || line.contains('\n'))
            return fail(400, QStringLiteral("a header line holds a bare CR or LF"));
        if (!first) {
            const Result result = parseHeaderLine(line);
            if (result == Result::Failed)
                return result;
            continue;
        }
        first = false;
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 3 || !isToken(parts[0]))
            return fail(400, QStringLiteral("malformed request line"));
        const QByteArray &target = parts[1];
        if (target.size() > m_limits.maxUrlBytes)
            return fail(
                414, QStringLiteral("the URL is longer than %1 bytes").arg(m_limits.maxUrlBytes));
        for (char c : target) {
            const auto u = static_cast<unsigned char>(c);
            if (u <= 0x20 || u >= 0x7f)
                return fail(400, QStringLiteral("the request target holds a byte URLs may not"));
        }
        if (!target.startsWith('/'))
            return fail(400, QStringLiteral("the request target must be a path"));
        if (parts[2] == "HTTP/1.1")
            m_request.minorVersion = 1;
        else if (parts[2] == "HTTP/1.0")
            m_request.minorVersion = 0;
        else if (parts[2].startsWith("HTTP/") && parts[2].size() == 8)
            return fail(505, QStringLiteral("only HTTP/1.0 and HTTP/1.1 are served"));
        else
            return fail(400, QStringLiteral("malformed request line"));
        m_request.method = parts[0];
        m_request.target = target;
    }
    return Result::NeedMore;
}

HttpRequestParser::Result HttpRequestParser::parseHeaderLine(const QByteArray &line)
{
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(400, QStringLiteral("folded header lines are not accepted"));
    const qsizetype colon = line.indexOf(':');
    // No space before the colon: "Content-Length : 5" is read two ways by two parsers.
    if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
        return fail(400, QStringLiteral("malformed header line"));
    const QByteArray value = trimmedOws(QByteArrayView(line).sliced(colon + 1));
    if (!isFieldValue(value))
        return fail(400, QStringLiteral("a header value holds a control character"));
    if (m_request.headers.size() >= m_limits.maxHeaderCount)
        return fail(431,
                    QStringLiteral("more than %1 request headers").arg(m_limits.maxHeaderCount));
    m_request.headers.append({ line.left(colon), value });
    return Result::NeedMore;
}

HttpRequestParser::Result HttpRequestParser::afterHead()
{
    bool hasLength = false;
    qint64 length = 0;
    QByteArray transferEncoding;
    bool hasTransferEncoding = false;
    for (const auto &header : std::as_const(m_request.headers)) {
        if (header.first.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            const QList<QByteArray> values = header.second.split(',');
            for (const QByteArray &text : values) {
                qint64 value = 0;
                if (!parseLength(trimmedOws(text), &value))
                    return fail(400, QStringLiteral("invalid Content-Length"));
                if (hasLength && value != length)
                    return fail(400, QStringLiteral("conflicting Content-Length headers"));
                hasLength = true;
                length = value;
            }
        } else if (header.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding += (hasTransferEncoding ? "," : "") + header.second;
            hasTransferEncoding = true;
        }
    }
    const QByteArray connection = m_request.header("Connection");
    m_request.keepAlive = m_request.minorVersion == 1 ? !hasToken(connection, "close")
                                                      : hasToken(connection, "keep-alive");
    m_request.expectContinue = m_request.minorVersion == 1
        && m_request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0;

    // A route that takes large bodies has its own limit, and its body goes to a file.
    m_bodyLimit = m_limits.maxBodyBytes;
    bool spool = false;
    const qsizetype query = m_request.target.indexOf('?');
    const QByteArray path = query < 0 ? m_request.target : m_request.target.left(query);
    for (const HttpLimits::LargeBody &large : std::as_const(m_limits.largeBodies)) {
        if (m_request.method == large.method && path.endsWith(large.pathSuffix)) {
            m_bodyLimit = qMax(m_bodyLimit, large.maxBytes);
            spool = true;
        }
    }
    if (!hasTransferEncoding && length > m_bodyLimit)
        return fail(413, QStringLiteral("the request body is larger than %1 bytes").arg(m_bodyLimit));
    if (spool && (hasTransferEncoding || length > 0)) {
        auto file = std::make_shared<QTemporaryFile>(
            (m_limits.spoolDir.isEmpty() ? QDir::tempPath() : m_limits.spoolDir)
            + QStringLiteral("/body-XXXXXX"));
        if (!file->open())
            return fail(500, QStringLiteral("cannot store the request body"));
        m_request.bodyFile = file;
    }
    if (hasTransferEncoding) {
        // Both framings at once, or chunked from an HTTP/1.0 client, is a smuggling attempt.
        if (hasLength || m_request.minorVersion == 0)
            return fail(400, QStringLiteral("Transfer-Encoding with Content-Length or HTTP/1.0"));
        if (trimmedOws(transferEncoding).compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(501, QStringLiteral("only the chunked transfer coding is accepted"));
        m_stage = Stage::ChunkSize;
        return Result::HeadReady;
    }
    if (length == 0) {
        m_stage = Stage::Done;
        return Result::Complete;
    }
    // Reserve no more than a little: the bytes announced may never come.
    if (!m_request.bodyFile)
        m_request.body.reserve(qMin<qint64>(length, 1024 * 1024));
    m_remaining = length;
    m_stage = Stage::Body;
    return Result::HeadReady;
}

bool HttpRequestParser::appendBody(const char *data, qsizetype size)
{
    m_bodySize += size;
    if (!m_request.bodyFile) {
        m_request.body.append(data, size);
        return true;
    }
    return m_request.bodyFile->write(data, size) == size;
}

HttpRequestParser::Result HttpRequestParser::readChunked(QByteArray &buffer)
{
    for (;;) {
        if (m_stage == Stage::ChunkSize) {
            const qsizetype end = buffer.indexOf("\r\n");
            if (end < 0) {
                if (buffer.size() > maxChunkLine)
                    return fail(400, QStringLiteral("invalid chunk size line"));
                return Result::NeedMore;
            }
            const QByteArrayView line = QByteArrayView(buffer).first(end);
            qint64 size = 0;
            qsizetype digits = 0;
            for (; digits < line.size() && hexDigit(line[digits]) >= 0; ++digits) {
                // More than 60 bits is no size at all: refused as invalid, never wrapped around.
                if (size > (qint64(1) << 56))
                    return fail(400, QStringLiteral("invalid chunk size"));
                size = size * 16 + hexDigit(line[digits]);
            }
            const QByteArrayView rest = line.sliced(digits);
            const QByteArray extension = trimmedOws(rest);
            if (digits == 0 || (!extension.isEmpty() && !extension.startsWith(';'))
                || !isFieldValue(rest))
                return fail(400, QStringLiteral("invalid chunk size"));
            if (m_bodySize + size > m_bodyLimit)
                return fail(413,
                            QStringLiteral("the request body is larger than %1 bytes")
                                .arg(m_bodyLimit));
            buffer.remove(0, end + 2);
            m_remaining = size;
            m_stage = size == 0 ? Stage::Trailers : Stage::ChunkData;
        } else if (m_stage == Stage::ChunkData) {
            const qsizetype part = qMin<qint64>(m_remaining, buffer.size());
            if (!appendBody(buffer.constData(), part))
                return fail(500, QStringLiteral("cannot store the request body"));
            buffer.remove(0, part);
            m_remaining -= part;
            if (m_remaining > 0 || buffer.size() < 2)
                return Result::NeedMore;
            if (!buffer.startsWith("\r\n"))
                return fail(400, QStringLiteral("a chunk is longer than its size says"));
            buffer.remove(0, 2);
            m_stage = Stage::ChunkSize;
        } else {
            const qsizetype end = buffer.indexOf("\r\n");
            if (end < 0) {
                if (m_trailerBytes + buffer.size() > m_limits.maxHeaderBytes)
                    return fail(431, QStringLiteral("the trailers are too large"));
                return Result::NeedMore;
            }
            m_trailerBytes += end + 2;
            if (m_trailerBytes > m_limits.maxHeaderBytes)
                return fail(431, QStringLiteral("the trailers are too large"));
            const QByteArray line = buffer.left(end);
            buffer.remove(0, end + 2);
            if (line.isEmpty()) {
                if (m_request.bodyFile && !m_request.bodyFile->flush())
                    return fail(500, QStringLiteral("cannot store the request body"));
                m_stage = Stage::Done;
                return Result::Complete;
            }
            // Trailers are read to keep the framing right, and dropped: none is used.
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)) || !isFieldValue(line))
                return fail(400, QStringLiteral("malformed trailer line"));
        }
    }
}

} // namespace stitchlocal
