#include "appreader.h"

#include <api/apiclient.h>
#include <api/appcalls.h>
#include <api/functioncalls.h>
#include <api/hostingcalls.h>
#include <api/resourcedoc.h>
#include <api/securitycalls.h>
#include <api/servicecalls.h>

#include <QJsonArray>

#include <algorithm>

using namespace appcode;

namespace {

constexpr int kParallel = 6;

QJsonArray sortedAttrs(const AssetAttributes &attrs)
{
    AssetAttributes sorted = attrs;
    std::sort(sorted.begin(), sorted.end());
    return hostingcalls::attributesJson(sorted);
}

} // namespace

AppReader::AppReader(ApiClient *client, const QString &groupId, const QString &appId,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_groupId(groupId)
    , m_appId(appId)
{
}

AppReader::~AppReader()
{
    abandon();
}

void AppReader::setWithContents(bool withContents, const QHash<QString, QString> &have)
{
    m_withContents = withContents;
    m_have = have;
}

template<typename Start, typename Take> void AppReader::fetch(Start start, Take take)
{
    m_queue.push_back([this, start, take]() mutable {
        auto *job = start();
        ++m_calls;
        m_inFlight.append(job);
        job->onFinished(this, [this, take](auto *job) mutable {
            m_inFlight.removeAll(job);
            if (!m_running)
                return;
            if (!job->ok()) {
                fail(job->error());
                return;
            }
            m_bytes += job->body().size();
            if constexpr (std::is_invocable_v<Take, decltype(job)>)
                take(job);
            else
                take(job->result());
            ++m_done;
            emit progress(m_done, m_calls + int(m_queue.size()));
            pump();
        });
    });
}

void AppReader::start()
{
    m_snapshot = Snapshot();
    m_error = ApiError();
    m_running = true;
    m_calls = m_done = 0;
    m_bytes = 0;
    ApiClient &client = *m_client;
    const QString g = m_groupId, a = m_appId;

    fetch([=, &client] { return appcalls::get(client, g, a); }, [this](const App &app) {
        m_snapshot.app.insert(QStringLiteral("name"), app.name);
        m_snapshot.app.insert(QStringLiteral("location"), app.location);
        m_snapshot.app.insert(QStringLiteral("deployment_model"), app.deploymentModel);
        m_snapshot.app.insert(QStringLiteral("config_version"), 20180301);
    });
    fetch([=, &client] { return securitycalls::allowedOrigins(client, g, a); },
          [this](const QStringList &origins) {
              QStringList sorted = origins;
              sorted.sort();
              m_snapshot.app.insert(
                  QStringLiteral("security"),
                  QJsonObject { { QStringLiteral("allowed_request_origins"),
                                  QJsonArray::fromStringList(sorted) } });
          });
    fetch([=, &client] { return functioncalls::list(client, g, a); },
          [=, &client](const QList<StitchFunction> &functions) {
              for (const StitchFunction &item : functions) {
                  fetch([=, &client] { return functioncalls::get(client, g, a, item.id); },
                        [this](const StitchFunction &function) {
                            Resource resource;
                            resource.kind = Kind::Function;
                            resource.name = function.name;
                            resource.id = function.id;
                            resource.source = function.source;
                            resource.config = cleanConfig(Kind::Function, function.toJson());
                            add(resource);
                        });
              }
          });
    // Values, triggers and auth providers: listed, then each read whole.
    const QList<QPair<Kind, QString>> flat { { Kind::Value, QStringLiteral("values") },
                                             { Kind::Trigger, QStringLiteral("triggers") },
                                             { Kind::AuthProvider,
                                               QStringLiteral("auth_providers") } };
    for (const auto &[kind, segment] : flat)
        readEach(kind, resourcedoc::appPath(g, a, { segment }), QString());
    fetch([=, &client] { return servicecalls::list(client, g, a); },
          [this](const QList<ResourceDoc> &services) {
              for (const ResourceDoc &service : services)
                  readService(service.id, service.name, service.text(QStringLiteral("type")));
          });
    fetch([=, &client] { return hostingcalls::list(client, g, a); },
          [=, &client](const QList<HostingAsset> &assets) {
              for (const HostingAsset &asset : assets) {
                  if (asset.isFolder())
                      continue;
                  Resource resource;
                  resource.kind = Kind::Hosting;
                  resource.name = asset.path;
                  resource.hash = asset.hash;
                  resource.size = asset.size;
                  resource.attrs = sortedAttrs(asset.attrs);
                  resource.id = asset.path;
                  const QString key = resource.key();
                  add(resource);
                  if (!m_withContents || m_have.value(asset.path) == asset.hash)
                      continue;
                  fetch([=, &client] { return hostingcalls::fetchServed(client, asset.url); },
                        [this, key](ApiJob *job) {
                            Resource &stored = m_snapshot.resources[key];
                            stored.bytes = job->body();
                            stored.hasBytes = true;
                        });
              }
          });
    pump();
}

void AppReader::readService(const QString &id, const QString &name, const QString &type)
{
    ApiClient &client = *m_client;
    const QString g = m_groupId, a = m_appId;
    fetch([=, &client] { return servicecalls::config(client, g, a, id); },
          [=](const ResourceDoc &config) {
              Resource resource;
              resource.kind = Kind::Service;
              resource.name = name;
              resource.id = id;
              resource.config = { { QStringLiteral("name"), name },
                                  { QStringLiteral("type"), type },
                                  { QStringLiteral("config"),
                                    cleanConfig(Kind::Service, config.doc) } };
              add(resource);
          });
    const QList<QPair<Kind, QString>> children { { Kind::Rule, QStringLiteral("rules") },
                                                 { Kind::Webhook,
                                                   QStringLiteral("incoming_webhooks") } };
    for (const auto &[kind, segment] : children)
        readEach(kind, resourcedoc::appPath(g, a, { QStringLiteral("services"), id, segment }),
                 name);
}

void AppReader::readEach(Kind kind, const QStringList &path, const QString &service)
{
    ApiClient &client = *m_client;
    fetch([=, &client] { return resourcedoc::list(client, path); },
          [=, &client](const QList<ResourceDoc> &docs) {
              for (const ResourceDoc &item : docs) {
                  fetch(
                      [=, &client] {
                          return resourcedoc::send(client, QStringLiteral("GET"),
                                                   path + QStringList { item.id });
                      },
                      [=](const ResourceDoc &doc) {
                          Resource resource;
                          resource.kind = kind;
                          resource.service = service;
                          resource.name = doc.name;
                          resource.id = doc.id;
                          resource.config = cleanConfig(kind, doc.doc);
                          if (kind == Kind::Webhook)
                              resource.source = doc.text(QStringLiteral("function_source"));
                          add(resource);
                      });
              }
          });
}

void AppReader::add(Resource resource)
{
    const QString key = resource.key();
    const auto existing = m_snapshot.resources.constFind(key);
    if (existing != m_snapshot.resources.cend()) {
        m_snapshot.problems.append(tr("Name clash: the %1s “%2” and “%3” are both filed as %4")
                                       .arg(kindName(resource.kind), existing->name,
                                            resource.name, key));
        return;
    }
    m_snapshot.resources.insert(key, std::move(resource));
}

void AppReader::pump()
{
    while (m_running && m_inFlight.size() < kParallel && !m_queue.empty()) {
        auto next = std::move(m_queue.front());
        m_queue.pop_front();
        next();
    }
    if (m_running && m_inFlight.isEmpty() && m_queue.empty())
        finish();
}

void AppReader::fail(const ApiError &error)
{
    m_error = error;
    finish();
}

void AppReader::finish()
{
    if (!m_running)
        return;
    m_running = false;
    // A database trigger names its service by id: the folder names it by name.
    QHash<QString, QString> serviceNames;
    for (const Resource &resource : std::as_const(m_snapshot.resources)) {
        if (resource.kind == Kind::Service)
            serviceNames.insert(resource.id, resource.name);
    }
    for (Resource &resource : m_snapshot.resources) {
        QJsonObject config = resource.config.value(QStringLiteral("config")).toObject();
        if (resource.kind != Kind::Trigger || !config.contains(QStringLiteral("service_id")))
            continue;
        config.insert(QStringLiteral("service_name"),
                      serviceNames.value(config.take(QStringLiteral("service_id")).toString()));
        resource.config.insert(QStringLiteral("config"), config);
    }
    m_queue.clear();
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<ApiJob> &job : inFlight) {
        if (job)
            job->abandon();
    }
    emit finished();
}

void AppReader::abandon()
{
    if (!m_running)
        return;
    ApiError cancelled;
    cancelled.kind = ApiError::Cancelled;
    cancelled.message = tr("Cancelled");
    fail(cancelled);
}
