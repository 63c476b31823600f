// The console's read-ahead of a log page: JsonShape's scan and the cursor it yields. When the
// scan says it is certain, the full parse must agree on the cursor.
#include "api/jsonshape.h"
#include "api/logtypes.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    JsonShape shape(body);
    if (const auto members = shape.members()) {
        for (const auto &member : *members) {
            if (member.key.data() < body.constData()
                || member.value.data() + member.value.size() > body.constData() + body.size())
                abort();
        }
    }
    JsonShape array(body);
    (void)array.elements();
    const parse::LogCursorScan scan = parse::logPageCursor(body);
    QString why;
    const LogPage page = parse::logPage(body, &why);
    if (!scan.certain || !why.isEmpty())
        return 0;
    if (scan.next.has_value() != page.nextEndDate.has_value())
        abort();
    if (scan.next && (scan.next->endDate != *page.nextEndDate || scan.next->skip != page.nextSkip))
        abort();
    return 0;
}
