#include "apppush.h"

#include "appreader.h"

#include <api/apiclient.h>
#include <api/draftcalls.h>
#include <api/functioncalls.h>
#include <api/hostingcalls.h>
#include <api/resourcedoc.h>
#include <api/securitycalls.h>
#include <api/servicecalls.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace appcode;

namespace appcode {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("appcode", text);
}

// Where a call goes in the push; see plan().
int phaseOf(PlannedCall::Op op, Kind kind)
{
    if (op == PlannedCall::SetOrigins)
        return 11;
    if (kind == Kind::Hosting)
        return 10;
    if (op == PlannedCall::Delete) {
        switch (kind) {
        case Kind::Trigger:
            return 0;
        case Kind::Rule:
        case Kind::Webhook:
            return 7;
        case Kind::Service:
            return 9;
        default:
            return 8;
        }
    }
    switch (kind) {
    case Kind::Service:
        return 1;
    case Kind::Function:
        return 2;
    case Kind::Value:
        return 3;
    case Kind::AuthProvider:
        return 4;
    case Kind::Rule:
    case Kind::Webhook:
        return 5;
    default:
        break;
    }
    return 6; // triggers
}

} // namespace

QString PlannedCall::description() const
{
    switch (op) {
    case Create:
        return tr("Create %1 %2").arg(kindName(kind), key);
    case Update:
        return tr("Update %1 %2").arg(kindName(kind), key);
    case Delete:
        return tr("Delete %1 %2").arg(kindName(kind), key);
    case Upload:
        return tr("Upload hosting file %1").arg(name);
    case SetAttributes:
        return tr("Set the attributes of hosting file %1").arg(name);
    case SetOrigins:
        break;
    }
    return tr("Set the allowed request origins");
}

QString PlannedCall::outcomeText() const
{
    switch (outcome) {
    case Done:
        return tr("done");
    case Failed:
        return tr("FAILED: %1").arg(error);
    case NotRun:
        break;
    }
    return tr("not run");
}

QList<PlannedCall> plan(const Snapshot &current, const Snapshot &wanted,
                        const Comparison &comparison, QStringList *problems)
{
    QList<PlannedCall> calls;
    for (const Change &change : comparison.changes) {
        PlannedCall call;
        call.kind = change.kind;
        call.key = change.key;
        call.name = change.name;
        if (change.kind == Kind::Hosting)
            call.op = change.type == Change::Removed ? PlannedCall::Delete
                : change.contentChanged              ? PlannedCall::Upload
                                                     : PlannedCall::SetAttributes;
        else
            call.op = change.type == Change::Added ? PlannedCall::Create
                : change.type == Change::Removed   ? PlannedCall::Delete
                                                   : PlannedCall::Update;
        calls.append(call);
        if (change.kind == Kind::Trigger && change.type != Change::Removed && problems) {
            const QString function = wanted.resources.value(change.key)
                                         .config.value(QStringLiteral("function_name"))
                                         .toString();
            const QString functionKey = QStringLiteral("functions/") + fileName(function);
            if (!wanted.resources.contains(functionKey) && !current.resources.contains(functionKey))
                problems->append(tr("%1: names the function “%2”, which neither side has")
                                     .arg(change.key, function));
        }
    }
    if (comparison.appChanged) {
        PlannedCall call;
        call.op = PlannedCall::SetOrigins;
        calls.append(call);
    }
    std::stable_sort(calls.begin(), calls.end(), [](const PlannedCall &a, const PlannedCall &b) {
        return phaseOf(a.op, a.kind) < phaseOf(b.op, b.kind);
    });
    return calls;
}

} // namespace appcode

AppPusher::AppPusher(ApiClient *client, const QString &groupId, const QString &appId,
                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_groupId(groupId)
    , m_appId(appId)
{
}

AppPusher::~AppPusher()
{
    if (m_job)
        m_job->abandon();
}

void AppPusher::start(const Snapshot &wanted, const QList<PlannedCall> &calls,
                      const QByteArray &expectedFingerprint)
{
    m_wanted = wanted;
    m_calls = calls;
    m_expected = expectedFingerprint;
    m_error = ApiError();
    m_stale = false;
    m_running = true;
    m_next = 0;
    m_writes = m_reads = 0;
    m_bytesSent = 0;
    m_draftId.clear();
    checkTarget();
}

void AppPusher::checkTarget()
{
    delete m_reader;
    m_reader = new AppReader(m_client, m_groupId, m_appId, this);
    connect(m_reader, &AppReader::finished, this, [this] {
        m_reads += m_reader->callCount();
        if (m_reader->error().isError()) {
            end(m_reader->error());
            return;
        }
        const Snapshot &target = m_reader->snapshot();
        if (target.fingerprint() != m_expected) {
            m_stale = true;
            ApiError error;
            error.kind = ApiError::Api;
            error.errorCode = QStringLiteral("TargetChanged");
            error.message = tr("The app changed since the comparison: compare again before "
                               "pushing. Nothing was sent.");
            end(error);
            return;
        }
        m_ids.clear();
        m_current.clear();
        for (auto it = target.resources.cbegin(); it != target.resources.cend(); ++it) {
            m_ids.insert(it.key(), it->id);
            m_current.insert(it.key(), *it);
        }
        if (m_calls.isEmpty()) {
            end(ApiError());
            return;
        }
        if (m_useDraft)
            ensureDraft();
        else
            next();
    });
    m_reader->start();
}

void AppPusher::ensureDraft()
{
    ++m_reads;
    m_job = draftcalls::list(*m_client, m_groupId, m_appId)
                ->onFinished(this, [this](Job<QList<Draft>> *job) {
                    if (!job->ok()) {
                        end(job->error());
                        return;
                    }
                    if (!job->result().isEmpty()) {
                        m_draftId = job->result().first().id;
                        next();
                        return;
                    }
                    m_job = draftcalls::create(*m_client, m_groupId, m_appId)
                                ->onFinished(this, [this](Job<Draft> *job) {
                                    if (!job->ok()) {
                                        end(job->error());
                                        return;
                                    }
                                    m_draftId = job->result().id;
                                    next();
                                });
                });
}

void AppPusher::next()
{
    if (m_next >= m_calls.size()) {
        end(ApiError());
        return;
    }
    emit progress(m_next, int(m_calls.size()));
    PlannedCall &call = m_calls[m_next];
    ApiJob *job = startCall(call);
    if (!job) {
        call.outcome = PlannedCall::Failed;
        ApiError error;
        error.kind = ApiError::LocalFile;
        error.message = call.error;
        end(error);
        return;
    }
    ++m_writes;
    m_job = job;
    job->onFinished(this, [this](ApiJob *job) {
        PlannedCall &call = m_calls[m_next];
        if (!job->ok()) {
            call.outcome = PlannedCall::Failed;
            call.error = job->error().summary();
            end(job->error());
            return;
        }
        call.outcome = PlannedCall::Done;
        ++m_next;
        next();
    });
}

ApiJob *AppPusher::send(const QString &method, const QStringList &path, const QJsonObject &body)
{
    m_bytesSent += QJsonDocument(body).toJson(QJsonDocument::Compact).size();
    if (method == QLatin1String("POST")) {
        return resourcedoc::send(*m_client, method, resourcedoc::appPath(m_groupId, m_appId, path),
                                 body, true);
    }
    return resourcedoc::sendRaw(*m_client, method, resourcedoc::appPath(m_groupId, m_appId, path),
                                method == QLatin1String("DELETE") ? QJsonValue(QJsonValue::Undefined)
                                                                  : QJsonValue(body));
}

QString AppPusher::localFileFor(const Resource &resource, QString *error)
{
    if (!resource.localFile.isEmpty())
        return resource.localFile;
    // Promoted from another app: its bytes were read; the upload streams a file.
    if (!m_temp)
        m_temp = std::make_unique<QTemporaryDir>();
    const QString path = m_temp->filePath(QString::fromLatin1(resource.hash.toLatin1()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(resource.bytes) != resource.bytes.size()) {
        *error = file.errorString();
        return {};
    }
    return path;
}

ApiJob *AppPusher::startCall(PlannedCall &call)
{
    ApiClient &client = *m_client;
    const Resource wanted = m_wanted.resources.value(call.key);
    const Resource current = m_current.value(call.key);
    const QString id = idOf(call.key);
    const QString serviceId
        = idOf(QStringLiteral("services/") + fileName(wanted.service.isEmpty() ? current.service
                                                                                : wanted.service));
    const auto remember = [this, key = call.key](ApiJob *job) {
        const QString created = job->json().object().value(QStringLiteral("_id")).toString();
        if (job->ok() && !created.isEmpty())
            m_ids.insert(key, created);
    };
    const bool create = call.op == PlannedCall::Create;
    if (call.op == PlannedCall::SetOrigins) {
        QStringList origins;
        const QJsonArray list = m_wanted.app.value(QStringLiteral("security"))
                                    .toObject()
                                    .value(QStringLiteral("allowed_request_origins"))
                                    .toArray();
        for (const QJsonValue &origin : list)
            origins.append(origin.toString());
        return securitycalls::setAllowedOrigins(client, m_groupId, m_appId, origins);
    }
    switch (call.kind) {
    case Kind::Function: {
        if (call.op == PlannedCall::Delete)
            return send(QStringLiteral("DELETE"), { QStringLiteral("functions"), id }, {});
        QJsonObject body = wanted.config;
        body.insert(QStringLiteral("source"), wanted.source);
        ApiJob *job = create ? send(QStringLiteral("POST"), { QStringLiteral("functions") }, body)
                             : send(QStringLiteral("PUT"), { QStringLiteral("functions"), id }, body);
        return job->onFinished(this, remember);
    }
    case Kind::Value:
    case Kind::AuthProvider:
    case Kind::Trigger: {
        const QString segment = folderOf(call.kind);
        if (call.op == PlannedCall::Delete)
            return send(QStringLiteral("DELETE"), { segment, id }, {});
        QJsonObject body = wanted.config;
        if (call.kind == Kind::Trigger) {
            const QString function = body.value(QStringLiteral("function_name")).toString();
            const QString functionId = idOf(QStringLiteral("functions/") + fileName(function));
            body.insert(QStringLiteral("function_id"), functionId);
            if (body.contains(QStringLiteral("event_processors"))) {
                QJsonObject processors = body.value(QStringLiteral("event_processors")).toObject();
                QJsonObject processor = processors.value(QStringLiteral("FUNCTION")).toObject();
                QJsonObject config = processor.value(QStringLiteral("config")).toObject();
                config.insert(QStringLiteral("function_id"), functionId);
                processor.insert(QStringLiteral("config"), config);
                processors.insert(QStringLiteral("FUNCTION"), processor);
                body.insert(QStringLiteral("event_processors"), processors);
            }
            QJsonObject config = body.value(QStringLiteral("config")).toObject();
            if (config.contains(QStringLiteral("service_name"))) {
                config.insert(QStringLiteral("service_id"),
                              idOf(QStringLiteral("services/")
                                   + fileName(config.take(QStringLiteral("service_name"))
                                                  .toString())));
                body.insert(QStringLiteral("config"), config);
            }
        }
        const QString method = create ? QStringLiteral("POST")
            : call.kind == Kind::AuthProvider ? QStringLiteral("PATCH")
                                              : QStringLiteral("PUT");
        ApiJob *job = send(method, create ? QStringList { segment } : QStringList { segment, id },
                           body);
        return job->onFinished(this, remember);
    }
    case Kind::Service: {
        if (call.op == PlannedCall::Delete)
            return send(QStringLiteral("DELETE"), { QStringLiteral("services"), id }, {});
        if (create)
            return send(QStringLiteral("POST"), { QStringLiteral("services") }, wanted.config)
                ->onFinished(this, remember);
        return send(QStringLiteral("PATCH"), { QStringLiteral("services"), id, QStringLiteral("config") },
                    wanted.config.value(QStringLiteral("config")).toObject());
    }
    case Kind::Rule:
    case Kind::Webhook: {
        const QStringList base { QStringLiteral("services"), serviceId, folderOf(call.kind) };
        if (call.op == PlannedCall::Delete)
            return send(QStringLiteral("DELETE"), base + QStringList { id }, {});
        QJsonObject body = wanted.config;
        if (call.kind == Kind::Webhook)
            body.insert(QStringLiteral("function_source"), wanted.source);
        return send(create ? QStringLiteral("POST") : QStringLiteral("PUT"),
                    create ? base : base + QStringList { id }, body)
            ->onFinished(this, remember);
    }
    case Kind::Hosting:
        break;
    }
    AssetAttributes attrs;
    for (const QJsonValue &attr : wanted.attrs)
        attrs.append({ attr[QStringLiteral("name")].toString(),
                       attr[QStringLiteral("value")].toString() });
    if (call.op == PlannedCall::Delete)
        return hostingcalls::remove(client, m_groupId, m_appId, call.name);
    if (call.op == PlannedCall::SetAttributes)
        return hostingcalls::setAttributes(client, m_groupId, m_appId, call.name, attrs);
    HostingUpload upload;
    upload.path = call.name;
    upload.localFile = localFileFor(wanted, &call.error);
    if (upload.localFile.isEmpty())
        return nullptr;
    upload.size = wanted.size ? wanted.size : wanted.bytes.size();
    upload.hash = wanted.hash;
    upload.attrs = attrs;
    m_bytesSent += upload.size;
    return hostingcalls::upload(client, m_groupId, m_appId, upload);
}

void AppPusher::end(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_error = error;
    emit finished();
}
