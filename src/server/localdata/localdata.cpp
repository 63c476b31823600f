#include "localdata.h"

#include "databasetriggers.h"
#include "localdataprocess.h"

#include "server/configstore.h"
#include "server/runtime/functionruntime.h"
#include "server/serverstate.h"

#include <QDir>

namespace stitchlocal {

namespace {

const QString kRule = QStringLiteral("rule");
const QString kService = QStringLiteral("service");
const QString kTrigger = QStringLiteral("trigger");

// Commands that never write: no trigger can fire on them.
bool readsOnly(const QString &op)
{
    static const QStringList reads { QStringLiteral("find"),      QStringLiteral("findOne"),
                                     QStringLiteral("count"),     QStringLiteral("countDocuments"),
                                     QStringLiteral("aggregate"), QStringLiteral("browse"),
                                     QStringLiteral("databases") };
    return reads.contains(op);
}

DataReply replyOf(const QJsonObject &message)
{
    DataReply reply;
    reply.decided = message.value(QLatin1String("decided")).toString();
    const QJsonObject error = message.value(QLatin1String("error")).toObject();
    if (error.isEmpty()) {
        reply.result = message.value(QLatin1String("result"));
        return reply;
    }
    reply.errorCode = error.value(QLatin1String("code")).toString();
    if (reply.errorCode.isEmpty())
        reply.errorCode = QStringLiteral("InternalServerError");
    reply.message = error.value(QLatin1String("message")).toString();
    reply.status = error.value(QLatin1String("status")).toInt(500);
    reply.lines = error.value(QLatin1String("lines")).toArray();
    return reply;
}

} // namespace

Reply DataReply::toReply() const
{
    if (ok())
        return Reply::json(result);
    QJsonObject body { { QStringLiteral("error"), message },
                       { QStringLiteral("error_code"), errorCode } };
    if (!lines.isEmpty())
        body.insert(QStringLiteral("lines"), lines);
    return Reply::json(body, status);
}

LocalData::LocalData(ServerState &state, const QString &nodePath, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_process(std::make_unique<LocalDataProcess>(
          nodePath, LocalDataProcess::findScriptDir(),
          QDir(state.dataDir).filePath(QStringLiteral("localdata"))))
    , m_triggers(std::make_unique<DatabaseTriggerRunner>(state))
{
}

LocalData::~LocalData() = default;

bool LocalData::isMongoService(const Resource &service)
{
    const QString type = service.doc.value(QStringLiteral("type")).toString();
    return type == QLatin1String("mongodb-atlas") || type == QLatin1String("mongodb");
}

std::optional<Resource> LocalData::serviceNamed(const QString &appId, const QString &name,
                                                const QString &adminId) const
{
    return m_state.config.findByName(appId, kService, QStringLiteral(""), name, adminId);
}

// The rule of database.collection under the service, as deployed; null when there is none.
QJsonValue LocalData::ruleFor(const QString &appId, const QString &serviceId,
                              const QString &database, const QString &collection) const
{
    const QList<Resource> rules = m_state.config.list(appId, kRule, QString(), serviceId);
    for (const Resource &rule : rules) {
        if (rule.doc.value(QStringLiteral("database")).toString() == database
            && rule.doc.value(QStringLiteral("collection")).toString() == collection)
            return rule.doc;
    }
    return QJsonValue::Null;
}

// The deployed, enabled, unsuspended database triggers on this namespace, as the data process
// matches them: {id, operation_types, match}.
QJsonArray LocalData::triggersFor(const QString &appId, const QString &serviceId,
                                  const QString &database, const QString &collection) const
{
    QJsonArray out;
    const QList<Resource> triggers
        = m_state.config.list(appId, kTrigger, QString(), QStringLiteral(""));
    for (const Resource &trigger : triggers) {
        const QJsonObject &doc = trigger.doc;
        const QJsonObject config = doc.value(QStringLiteral("config")).toObject();
        if (doc.value(QStringLiteral("type")).toString() != QLatin1String("DATABASE")
            || doc.value(QStringLiteral("disabled")).toBool()
            || doc.value(QStringLiteral("suspended")).toBool()
            || config.value(QStringLiteral("service_id")).toString() != serviceId
            || config.value(QStringLiteral("database")).toString() != database
            || config.value(QStringLiteral("collection")).toString() != collection)
            continue;
        out.append(QJsonObject {
            { QStringLiteral("id"), trigger.id },
            { QStringLiteral("operation_types"), config.value(QStringLiteral("operation_types")) },
            { QStringLiteral("match"), config.value(QStringLiteral("match")) } });
    }
    return out;
}

void LocalData::execute(const DataRequest &request, QObject *context, Done done)
{
    const QString database = request.args.value(QStringLiteral("database")).toString();
    const QString collection = request.args.value(QStringLiteral("collection")).toString();
    QJsonObject message {
        { QStringLiteral("op"), request.op },
        { QStringLiteral("store"), request.appId + u'/' + request.serviceId },
        { QStringLiteral("args"), request.args },
    };
    if (request.endUser) {
        message.insert(
            QStringLiteral("access"),
            QJsonObject { { QStringLiteral("rule"),
                            ruleFor(request.appId, request.serviceId, database, collection) },
                          { QStringLiteral("user"), *request.endUser } });
    }
    const QJsonArray triggers = readsOnly(request.op)
        ? QJsonArray()
        : triggersFor(request.appId, request.serviceId, database, collection);
    if (!triggers.isEmpty())
        message.insert(QStringLiteral("triggers"), triggers);
    const QString appId = request.appId;
    m_process->request(
        message, context, [this, appId, done = std::move(done)](const QJsonObject &answer) {
            // Triggers first: their runs start in commit order, whatever the
            // caller does with its answer.
            const QJsonArray events = answer.value(QLatin1String("events")).toArray();
            for (const QJsonValue &item : events) {
                const QJsonObject fired = item.toObject();
                const QJsonArray ids = fired.value(QLatin1String("triggers")).toArray();
                for (const QJsonValue &id : ids)
                    m_triggers->enqueue(appId, id.toString(),
                                        fired.value(QLatin1String("event")).toObject());
            }
            done(replyOf(answer));
        });
}

void LocalData::serviceCall(const ServiceCall &call, std::function<void(const QJsonObject &)> reply)
{
    const auto fail = [&reply](const QString &code, const QString &message) {
        reply({ { QStringLiteral("error"),
                  QJsonObject { { QStringLiteral("code"), code },
                                { QStringLiteral("message"), message } } } });
    };
    const auto service = serviceNamed(call.appId, call.service, call.adminId);
    if (!service)
        return fail(QStringLiteral("ServiceNotFound"),
                    QStringLiteral("service not found: '%1'").arg(call.service));
    if (!isMongoService(*service))
        return fail(QStringLiteral("ServiceCommandNotFound"),
                    QStringLiteral("stitch-local serves no command of a %1 service: %2")
                        .arg(service->doc.value(QStringLiteral("type")).toString(), call.action));
    DataRequest request;
    request.appId = call.appId;
    request.serviceId = service->id;
    request.op = call.action;
    request.args = call.arguments;
    if (!call.runAsSystem)
        request.endUser = QJsonObject { { QStringLiteral("id"), call.userId },
                                        { QStringLiteral("data"), call.userData } };
    execute(request, this, [reply](const DataReply &answer) {
        QJsonObject out;
        if (answer.ok()) {
            out.insert(QStringLiteral("result"), answer.result);
        } else {
            out.insert(QStringLiteral("error"),
                       QJsonObject { { QStringLiteral("code"), answer.errorCode },
                                     { QStringLiteral("message"), answer.message } });
        }
        if (!answer.decided.isEmpty())
            out.insert(QStringLiteral("rule"), answer.decided);
        reply(out);
    });
}

} // namespace stitchlocal
