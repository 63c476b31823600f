#pragma once

#include "server/router.h"

namespace stitchlocal {

class ServerState;

//! Answers GET and HEAD under /hosting/ with the app's deployed files (see hostingserve.cpp).
Reply serveHostedFile(ServerState &state, const Request &request);
//! The URL a hosted file is served at, for the host the request reached us by.
QString hostedFileUrl(const ServerState &state, const Request &request, const QString &clientAppId,
                      const QString &path);

} // namespace stitchlocal
