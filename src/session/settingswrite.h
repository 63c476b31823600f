#pragma once

#include <QSettings>
#include <QVariant>

//! Stores \a value under \a key only when it differs from what is stored. QSettings rewrites the
//! whole file, with two fdatasync()s and a rename, for every setValue() (even of the value already
//! there), and it does that on the UI thread; start-up re-remembers the same group, profile and app
//! each time, which cost a disk flush per key before the window was idle.
inline void writeSettingIfChanged(QSettings &settings, const QString &key, const QVariant &value)
{
    if (settings.value(key) != value)
        settings.setValue(key, value);
}

inline void writeSettingIfChanged(const QString &key, const QVariant &value)
{
    QSettings settings;
    writeSettingIfChanged(settings, key, value);
}
