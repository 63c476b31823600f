// The router's path matching: any path and method reach exactly one answer, and the parameters
// a route gets are the decoded segments of that path.
#include "server/router.h"

#include <cstdlib>

using namespace stitchlocal;

namespace {

Router &router()
{
    static Router table = [] {
        Router r;
        const auto echo = [](Call &call) {
            Reply reply;
            reply.body = call.param(QStringLiteral("appId")).toUtf8();
            return reply;
        };
        r.add(Method::Get, QStringLiteral("/groups/{groupId}/apps"), Access::Public, echo);
        r.add(Method::Get, QStringLiteral("/groups/{groupId}/apps/{appId}"), Access::Public, echo);
        r.add(Method::Delete, QStringLiteral("/groups/{groupId}/apps/{appId}"), Access::Public,
              echo);
        r.add(Method::Get, QStringLiteral("/groups/{groupId}/apps/{appId}/values/{valueId}"),
              Access::Public, echo);
        r.add(Method::Post, QStringLiteral("/groups/{groupId}/apps/{appId}/debug/execute_function"),
              Access::Public, echo);
        r.add(Method::Get, QStringLiteral("/auth/providers"), Access::Public, echo);
        return r;
    }();
    return table;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    Request request;
    request.method = Method(data[0] % 7);
    request.path = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const Reply reply = router().dispatch(QStringLiteral("/api/admin/v3.0"), request);
    if (reply.status != 200 && reply.status != 404 && reply.status != 405 && reply.status != 400)
        abort();
    return 0;
}
