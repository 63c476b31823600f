// Allowed request origins: GET/POST .../security/allowed_request_origins, kept in the app's one
// "security" document (id = app id) as {"allowed_request_origins": [...]}.

#include "resourcekit.h"

#include "server/serverstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace stitchlocal::resources {

namespace {

const Kind kSecurity { QStringLiteral("security"), QStringLiteral("security settings"),
                       QStringLiteral("InternalServerError"),
                       QStringLiteral("InternalServerError") };
const QString kOrigins = QStringLiteral("allowed_request_origins");

// An origin is scheme://host[:port] for http or https, nothing after it.
bool isOrigin(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty() && url.userInfo().isEmpty() && url.path().isEmpty()
        && !url.hasQuery() && !url.hasFragment();
}

Reply listOrigins(ServerState &state, Call &call)
{
    const auto security = find(state, call, kSecurity, appIdOf(call));
    if (security)
        return Reply::json(security->doc.value(kOrigins).toArray());
    // Apps made before this route existed (the demo app) keep their origins on the app record.
    const auto app = state.store.app(appIdOf(call));
    return Reply::json(QJsonArray::fromStringList(app ? app->allowedOrigins : QStringList()));
}

Reply setOrigins(ServerState &state, Call &call)
{
    // The reference sends a bare array; an object {"allowed_request_origins": [...]} is taken too.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(call.request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(QStringLiteral("malformed JSON body: %1").arg(error.errorString()));
    QJsonArray origins;
    if (document.isArray())
        origins = document.array();
    else if (document.isObject() && document.object().value(kOrigins).isArray())
        origins = document.object().value(kOrigins).toArray();
    else
        return invalid(QStringLiteral("the body must be an array of origins"));
    QStringList list;
    for (const QJsonValue &origin : std::as_const(origins)) {
        if (!origin.isString() || !isOrigin(origin.toString()))
            return invalid(
                QStringLiteral("not an http(s) origin: %1")
                    .arg(QString::fromUtf8(
                        QJsonDocument(QJsonArray { origin }).toJson(QJsonDocument::Compact))));
        if (!list.contains(origin.toString()))
            list.append(origin.toString());
    }
    const Resource security { kSecurity.kind, appIdOf(call), QStringLiteral(""),
                              QStringLiteral("security"),
                              QJsonObject { { kOrigins, QJsonArray::fromStringList(list) } } };
    bool done = false;
    // Read and write in one transaction so two setters cannot both insert.
    state.store.write([&] {
        const ConfigStore::Status status = find(state, call, kSecurity, security.id)
            ? state.config.update(appIdOf(call), security, call.adminId)
            : state.config.insert(appIdOf(call), security, call.adminId);
        done = status == ConfigStore::Status::Ok;
        return done;
    });
    if (!done)
        return Reply::error(500, QStringLiteral("InternalServerError"),
                            QStringLiteral("cannot store the allowed request origins"));
    return Reply::noContent();
}

} // namespace

void addSecurityRoutes(ServerState &state)
{
    const QString origins = appPattern() + QStringLiteral("/security/allowed_request_origins");
    addRoute(state, Method::Get, origins, listOrigins);
    addRoute(state, Method::Post, origins, setOrigins);
}

} // namespace stitchlocal::resources
