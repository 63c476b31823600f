#pragma once

#include <server/inprocess.h>

#include <QStringList>

//! Finds and loads libstitch-local-server.so, the built-in local server (server/inprocess.h).
namespace localservermodule {

//! Where to look, first match wins: $STITCH_LOCAL_MODULE_DIR (the tests set it), the program's
//! own folder (a build tree), then the install's private library folder beside bin/. Call on the
//! UI thread; load() may then run on any.
QStringList searchDirs();

//! Loads the module from the first of dirs that holds it and returns its entry; nullptr with
//! *error saying what is missing or wrong. The module stays loaded for the life of the process.
StitchLocalEntry load(const QStringList &dirs, QString *error);

} // namespace localservermodule
