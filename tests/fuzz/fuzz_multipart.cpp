// The hosting upload's multipart parser: the first line of the input is the Content-Type, the
// rest the body. Every part it returns lies inside the body.
#include "server/hosting/multipart.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray contentType = newline < 0 ? input : input.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);
    QString error;
    QByteArray boundary = stitchlocal::multipartBoundary(contentType, &error);
    if (boundary.isEmpty())
        boundary = "b";
    QList<stitchlocal::MultipartPart> parts;
    if (stitchlocal::parseMultipart(boundary, body, &parts, &error)) {
        qsizetype total = 0;
        for (const auto &part : std::as_const(parts)) {
            total += part.body.size();
            (void)part.name();
        }
        if (total > body.size())
            abort();
    }
    return 0;
}
