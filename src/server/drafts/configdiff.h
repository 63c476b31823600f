#pragma once

#include <QByteArray>
#include <QMap>
#include <QStringList>

namespace stitchlocal {

//! One unified diff per file that differs between two {path → contents} maps (the export
//! layout of the deployed and of the draft configuration), in path order: "--- a/<path>",
//! "+++ b/<path>" ("/dev/null" for a file that is added or removed), then the "@@" hunks.
QStringList unifiedDiffs(const QMap<QString, QByteArray> &before,
                         const QMap<QString, QByteArray> &after);

} // namespace stitchlocal
