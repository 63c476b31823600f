#pragma once

#include "reply.h"
#include "router.h"

namespace stitchlocal {

class ServerState;

//! CORS on the client API (/api/client/v2.0), so that a web app on another origin (a dev server
//! on localhost) can use the browser SDK. As the real service: an origin is allowed when the
//! app's allowed request origins (.../security/allowed_request_origins, deployed state) list it,
//! or when that list is empty (no list: no restriction). An allowed origin gets
//! Access-Control-Allow-Origin set to itself, Vary: Origin and credentials allowed; one not
//! allowed gets no CORS header at all, and the browser refuses the answer. The request itself
//! is served either way: CORS protects the reader, and a non-browser client sends no Origin.
namespace cors {

//! The answer to an OPTIONS request under the client API: 204, with the CORS headers of a
//! preflight when its Origin is allowed. A path that names no app (/auth/session,
//! /auth/profile) is answered for any origin: a preflight carries no token to find the app by,
//! and the actual request's answer is checked against its token's app.
Reply preflight(ServerState &state, const Request &request);

//! The CORS headers for the answer to an actual request under the client API: empty without an
//! Origin header or when the origin is not allowed.
QList<QPair<QByteArray, QByteArray>> headersFor(ServerState &state, const Request &request);

} // namespace cors
} // namespace stitchlocal
