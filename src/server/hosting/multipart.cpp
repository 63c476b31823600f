#include "multipart.h"

namespace stitchlocal {

namespace {

// Splits "a; b=c; d=\"e;f\"" on the semicolons that are not inside quotes.
QList<QByteArray> splitParameters(const QByteArray &value)
{
    QList<QByteArray> pieces;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            pieces.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    pieces.append(current.trimmed());
    return pieces;
}

// The value of parameter `key` in a header value, unquoted; a null array when absent.
QByteArray parameter(const QByteArray &value, const QByteArray &key)
{
    const QList<QByteArray> pieces = splitParameters(value);
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const qsizetype equals = pieces.at(i).indexOf('=');
        if (equals <= 0 || pieces.at(i).left(equals).trimmed().toLower() != key)
            continue;
        QByteArray found = pieces.at(i).mid(equals + 1).trimmed();
        if (found.size() >= 2 && found.startsWith('"') && found.endsWith('"'))
            found = found.mid(1, found.size() - 2);
        return found.isNull() ? QByteArray("") : found;
    }
    return QByteArray();
}

bool validBoundary(const QByteArray &boundary)
{
    // RFC 2046: 1 to 70 characters of a restricted set, not ending in a space.
    static const QByteArray extra("'()+_,-./:=? ");
    if (boundary.isEmpty() || boundary.size() > 70 || boundary.endsWith(' '))
        return false;
    for (const char c : boundary) {
        const bool alnum
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !extra.contains(c))
            return false;
    }
    return true;
}

bool parseHeaders(const QByteArray &block, MultipartPart *part, QString *error)
{
    // block holds the header lines without the blank line that ends them: every line but the
    // last ends with CRLF, and a bare LF inside a line is refused.
    const QList<QByteArray> lines = block.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (i + 1 < lines.size()) {
            if (!line.endsWith('\r')) {
                *error = QStringLiteral("a part header line does not end with CRLF");
                return false;
            }
            line.chop(1);
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *error = QStringLiteral("malformed part header: %1").arg(QString::fromUtf8(line));
            return false;
        }
        part->headers.append(
            { line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
    }
    return true;
}

// The next "CRLF--boundary" at or after from that really is a delimiter: followed by "--", by
// optional spaces and CRLF, or by the end of the body (a truncated body). The same bytes followed
// by anything else are part content. -1 when there is none.
qsizetype findDelimiter(const QByteArray &body, const QByteArray &delimiter, qsizetype from)
{
    for (qsizetype at = body.indexOf(delimiter, from); at >= 0;
         at = body.indexOf(delimiter, at + 1)) {
        qsizetype after = at + delimiter.size();
        if (after >= body.size() || body.mid(after, 2) == "--")
            return at;
        while (after < body.size() && (body.at(after) == ' ' || body.at(after) == '\t'))
            ++after;
        if (after >= body.size() || body.mid(after, 2) == "\r\n")
            return at;
    }
    return -1;
}

} // namespace

QByteArray MultipartPart::header(const QByteArray &lowercaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowercaseName)
            return h.second;
    }
    return QByteArray();
}

QString MultipartPart::name() const
{
    return QString::fromUtf8(parameter(header("content-disposition"), "name"));
}

QString MultipartPart::fileName() const
{
    return QString::fromUtf8(parameter(header("content-disposition"), "filename"));
}

QByteArray multipartBoundary(const QByteArray &contentType, QString *error)
{
    const QByteArray type = splitParameters(contentType).value(0).toLower();
    if (type != "multipart/mixed" && type != "multipart/form-data") {
        *error = QStringLiteral("expected a multipart/mixed or multipart/form-data body, got %1")
                     .arg(QString::fromUtf8(type.isEmpty() ? QByteArray("no Content-Type") : type));
        return QByteArray();
    }
    const QByteArray boundary = parameter(contentType, "boundary");
    if (!validBoundary(boundary)) {
        *error = boundary.isNull() ? QStringLiteral("the multipart Content-Type has no boundary")
                                   : QStringLiteral("the multipart boundary is not valid");
        return QByteArray();
    }
    return boundary;
}

bool parseMultipart(const QByteArray &boundary, const QByteArray &body, QList<MultipartPart> *parts,
                    QString *error)
{
    parts->clear();
    const QByteArray dashBoundary = "--" + boundary;
    const QByteArray delimiter = "\r\n" + dashBoundary;
    // The first delimiter may open the body or follow a preamble that ends with CRLF.
    const bool opens = body.startsWith(dashBoundary);
    qsizetype pos = opens ? 0 : findDelimiter(body, delimiter, 0);
    if (pos < 0) {
        *error = QStringLiteral("the body holds no multipart delimiter");
        return false;
    }
    pos += opens ? dashBoundary.size() : delimiter.size();
    for (;;) {
        if (body.mid(pos, 2) == "--")
            return true; // the close delimiter; an epilogue after it is ignored
        // Transport padding (spaces and tabs) may follow a delimiter before its CRLF.
        while (pos < body.size() && (body.at(pos) == ' ' || body.at(pos) == '\t'))
            ++pos;
        if (body.mid(pos, 2) != "\r\n") {
            *error = pos >= body.size()
                ? QStringLiteral("the body ends before the closing delimiter")
                : QStringLiteral("a multipart delimiter is not followed by CRLF");
            return false;
        }
        pos += 2;
        if (body.mid(pos, 2) == "\r\n") {
            *error = QStringLiteral("a multipart part has no headers");
            return false;
        }
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = findDelimiter(body, delimiter, pos);
        if (next < 0) {
            *error = QStringLiteral("the body ends before the closing delimiter");
            return false;
        }
        if (headersEnd < 0 || headersEnd > next) {
            *error = QStringLiteral("a multipart part has no blank line after its headers");
            return false;
        }
        MultipartPart part;
        if (!parseHeaders(body.mid(pos, headersEnd - pos), &part, error))
            return false;
        // The blank line's second CRLF may be the delimiter's own: then the part is empty. (A
        // negative length made mid() return the rest of the request; fuzz_multipart found it.)
        // A view, not a copy: an upload's file part may be hundreds of megabytes.
        part.body = QByteArray::fromRawData(body.constData() + headersEnd + 4,
                                            qMax<qsizetype>(0, next - headersEnd - 4));
        parts->append(part);
        pos = next + delimiter.size();
    }
}

} // namespace stitchlocal
