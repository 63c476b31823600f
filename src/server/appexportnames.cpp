#include "appexport.h"

namespace stitchlocal {

QString exportFileName(const QString &name)
{
    QString result = name;
    for (QChar &c : result) {
        // Separators would make folders; control characters (a NUL ends a C string) would make
        // names that zip tools and file systems read differently.
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control)
            c = u'_';
    }
    if (result.isEmpty() || result == QLatin1String("..") || result == QLatin1String("."))
        result = QStringLiteral("_");
    return result;
}

} // namespace stitchlocal
