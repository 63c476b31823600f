#pragma once

// Small helpers the Hosting panel's source files share.

#include <QLocale>
#include <QString>

namespace hostingpanel {

inline QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace hostingpanel
