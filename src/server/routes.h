#pragma once

#include "router.h"

namespace stitchlocal {

class ServerState;

// Each file adds the routes of one resource; the complete API grows by adding files here.
void addAuthRoutes(ServerState &state);
void addAppRoutes(ServerState &state);
void addResourcesRoutes(ServerState &state);
void addHostingRoutes(ServerState &state);
void addDraftsRoutes(ServerState &state);
void addLogsRoutes(ServerState &state);
//! Functions, the debug runs, incoming webhooks over HTTP and authentication triggers.
void addFunctionsRoutes(ServerState &state);
void addAppDataRoutes(ServerState &state);
//! GET /local/features: stitch-local's extensions by name (features.h).
void addFeatureRoutes(ServerState &state);

//! Runs before every handler: the token the route asks for, then the caller's right to the
//! {groupId} and the {appId} in its path (404 either way, so nothing leaks).
Failure guardCall(ServerState &state, Access access, Call &call);

} // namespace stitchlocal
