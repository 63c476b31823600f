#pragma once

#include <QString>

//! Calls of one function by another in its source: context.functions.execute("name", …) with
//! double or single quotes. What Rename looks for and rewrites. Pure, for tests.
namespace functioncallers {

//! Whether source calls the function named name.
bool calls(const QString &source, const QString &name);
//! source with each call of oldName calling newName instead (quotes and spacing kept); *count
//! gets how many calls changed.
QString renameCalls(const QString &source, const QString &oldName, const QString &newName,
                    int *count = nullptr);

} // namespace functioncallers
