// GET /local/features: the extensions this server offers (features.h), for any signed-in admin.
// An extension of ours: the cloud service answers it 404, which the console reads as "none".

#include "features.h"
#include "routes.h"
#include "serverstate.h"

#include <QJsonArray>
#include <QJsonObject>

namespace stitchlocal {

void addFeatureRoutes(ServerState &state)
{
    state.router.add(Method::Get, QStringLiteral("/local/features"), Access::AccessToken,
                     [](Call &) {
                         return Reply::json(QJsonObject {
                             { QStringLiteral("features"),
                               QJsonArray::fromStringList(serverFeatures()) } });
                     });
}

} // namespace stitchlocal
