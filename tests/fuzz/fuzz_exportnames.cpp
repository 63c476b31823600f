// The export's name mapping: whatever a resource is called, its file stays in its folder.
#include "server/appexport.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString file = stitchlocal::exportFileName(name);
    if (file.isEmpty() || file == QLatin1String(".") || file == QLatin1String("..")
        || file.contains(u'/') || file.contains(u'\\') || file.contains(QChar(0)))
        abort();
    return 0;
}
