#include "../routes.h"

#include "../serverstate.h"
#include "logquery.h"

namespace stitchlocal {

namespace {

Reply listLogs(ServerState &state, Call &call)
{
    LogQuery query;
    if (Failure failure = parseLogQuery(call.request.query, &query))
        return *failure;
    LogPage page;
    if (!readLogPage(state.store, call.param(QStringLiteral("appId")), query, &page))
        return Reply::error(500, QStringLiteral("InternalServerError"),
                            QStringLiteral("cannot read the logs"));
    Reply reply;
    reply.contentType = "application/json";
    reply.body = page.toJson();
    return reply;
}

} // namespace

void addLogsRoutes(ServerState &state)
{
    state.router.add(Method::Get, QStringLiteral("/groups/{groupId}/apps/{appId}/logs"),
                     Access::AccessToken, [&state](Call &call) { return listLogs(state, call); });
}

} // namespace stitchlocal
