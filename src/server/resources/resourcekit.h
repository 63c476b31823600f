#pragma once

#include "server/configstore.h"
#include "server/reply.h"
#include "server/router.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace stitchlocal {

class ServerState;

//! Shared pieces of the configuration-resource routes (values, auth providers, services, rules,
//! incoming webhooks, security, triggers). Every document goes through ServerState::config with
//! the calling admin's id, so that drafts see these writes.
namespace resources {

//! What the generic helpers need to know of one kind of document.
struct Kind
{
    QString kind; //!< the ConfigStore kind, e.g. "value"
    QString noun; //!< for messages, e.g. "value"
    QString notFoundCode; //!< e.g. "ValueNotFound"
    QString duplicateCode; //!< e.g. "ValueAlreadyExists"
};

//! "/groups/{groupId}/apps/{appId}"
QString appPattern();
using StateHandler = Reply (*)(ServerState &, Call &);
//! Adds an access-token route whose handler gets the state.
void addRoute(ServerState &state, Method method, const QString &pattern, StateHandler handler);

QString appIdOf(const Call &call);

Failure optionalBool(const QJsonObject &object, const QString &key, bool *value);
Failure optionalObject(const QJsonObject &object, const QString &key, QJsonObject *value);
Failure optionalArray(const QJsonObject &object, const QString &key, QJsonArray *value);
//! An optional array whose items must all be strings.
Failure optionalStringList(const QJsonObject &object, const QString &key, QStringList *value);
//! A required string that is also a plain resource name: letters, digits, '_' and '-', 1 to 64.
Failure requireName(const QJsonObject &object, const QString &key, QString *value);
//! A required, non-empty string.
Failure requireNonEmpty(const QJsonObject &object, const QString &key, QString *value);
Reply invalid(const QString &message);
//! A JSON merge patch (RFC 7396) on the top level of a config: given fields replace, null
//! removes, fields not given keep their values.
void mergeConfig(const QJsonObject &patch, QJsonObject *config);
//! Every field of a secret_config object must name an existing secret of the app (400 if not).
Failure checkSecretConfig(const ServerState &state, const QString &appId,
                          const QJsonObject &secretConfig);
Reply missing(const QString &key);

Reply notFound(const Kind &kind);
//! The error reply for a failed ConfigStore write, or nullopt when it went through.
Failure writeFailure(ConfigStore::Status status, const Kind &kind, const QString &name);

std::optional<Resource> find(ServerState &state, const Call &call, const Kind &kind,
                             const QString &id);
//! DELETE of a document (and, through ConfigStore, its children): 204, or 404.
Reply removeDocument(ServerState &state, const Call &call, const Kind &kind, const QString &id,
                     const Reply &done = Reply::noContent());

//! The service named by {serviceId}, or the 404 ServiceNotFound reply.
Failure requireService(ServerState &state, const Call &call, Resource *service);
extern const Kind kService;
//! A document of kind (a rule or webhook) with that id under the service named by {serviceId};
//! the 404 of whichever is missing, the service first.
Failure requireServiceChild(ServerState &state, const Call &call, const Kind &kind,
                            const QString &id, Resource *child);
//! GET of the top-level documents of kind as summaries: only the given keys of each.
Reply listSummaries(ServerState &state, Call &call, const Kind &kind, const QStringList &keys);
//! GET of every document of kind (rules, webhooks) under the service named by {serviceId}.
Reply listServiceChildren(ServerState &state, Call &call, const Kind &kind);

//! The auth provider types this server knows, shared by providers and authentication triggers.
const QStringList &authProviderTypes();

void addValueRoutes(ServerState &state);
void addAuthProviderRoutes(ServerState &state);
void addServiceRoutes(ServerState &state);
void addRuleRoutes(ServerState &state);
void addWebhookRoutes(ServerState &state);
void addSecurityRoutes(ServerState &state);
void addTriggerRoutes(ServerState &state);
//! Secrets' routes (secretroutes.cpp; their store is secretvault.h).
void addSecretRoutes(ServerState &state);
//! Nothing when the app has a secret called name; else 400 saying that field names a secret
//! that does not exist.
Failure requireSecret(const ServerState &state, const QString &appId, const QString &name,
                      const QString &field);
//! Deploy settings, custom user data, the hosting switch, users_count (appsettingsroutes.cpp).
void addAppSettingsRoutes(ServerState &state);

} // namespace resources
} // namespace stitchlocal
