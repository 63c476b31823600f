// HttpRequestParser on any bytes, fed in pieces whose sizes come from the input: whatever
// arrives, it ends in a request, a refusal or a wish for more, within its limits.
#include "server/httpparser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    stitchlocal::HttpLimits limits;
    limits.maxBodyBytes = 4096;
    limits.maxUrlBytes = 256;
    limits.maxHeaderBytes = 1024;
    limits.maxHeaderCount = 16;
    stitchlocal::HttpRequestParser parser(limits);
    const size_t step = data[0] % 64 + 1;
    QByteArray buffer;
    for (size_t at = 1; at < size; at += step) {
        buffer.append(reinterpret_cast<const char *>(data) + at, qMin(step, size - at));
        for (;;) {
            const auto result = parser.feed(buffer);
            if (result == stitchlocal::HttpRequestParser::Result::Failed) {
                const int status = parser.errorStatus();
                if (status < 400 || status > 505)
                    abort();
                return 0;
            }
            if (result == stitchlocal::HttpRequestParser::Result::NeedMore)
                break;
            if (result == stitchlocal::HttpRequestParser::Result::Complete) {
                const stitchlocal::HttpRequestHead head = parser.take();
                if (head.body.size() > limits.maxBodyBytes
                    || head.target.size() > limits.maxUrlBytes
                    || head.headers.size() > limits.maxHeaderCount || !head.target.startsWith('/'))
                    abort();
            }
        }
    }
    return 0;
}
