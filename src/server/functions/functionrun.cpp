#include "functionrun.h"

#include "server/configstore.h"
#include "server/localserver.h"
#include "server/resources/secretvault.h"
#include "server/secrets.h"
#include "server/store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace stitchlocal {

int functionTimeLimitMs(const ServerOptions &options)
{
    return int(qBound(1.0, options.functionTimeLimitSeconds * 1000.0, 24.0 * 3600 * 1000));
}

Failure checkSourceSize(const QString &source)
{
    // UTF-16 units are at most the UTF-8 bytes; count the bytes only when it could matter.
    if (source.size() <= kMaxFunctionSourceBytes / 3
        || source.toUtf8().size() <= kMaxFunctionSourceBytes)
        return std::nullopt;
    return Reply::error(
        413, QStringLiteral("FunctionSourceTooLarge"),
        QStringLiteral("a function source may be at most %1 bytes").arg(kMaxFunctionSourceBytes));
}

void addAppContext(const ConfigStore &config, const QString &appId, const QString &adminId,
                   RunRequest *request)
{
    const QList<Resource> values = config.list(appId, kinds::value, adminId, kTopLevel);
    for (const Resource &value : values) {
        const QJsonValue stored = value.doc.value(QStringLiteral("value"));
        if (!value.doc.value(QStringLiteral("from_secret")).toBool()) {
            request->values.insert(value.name, stored);
            continue;
        }
        // A secret deleted since the value was saved leaves the value undefined in runs.
        if (const auto secret = secretvault::reveal(config, appId, stored.toString()))
            request->values.insert(value.name, *secret);
    }
    const QList<Resource> functions = config.list(appId, kinds::function, adminId, kTopLevel);
    for (const Resource &function : functions)
        request->functions.insert(function.name, function.doc.value(QStringLiteral("source")));
    // The version is a digest of what the worker would get, read straight from the strings'
    // memory: far cheaper than sending them, and right whatever changed them (drafts included).
    QCryptographicHash digest(QCryptographicHash::Sha1);
    const auto add = [&digest](const QString &text) {
        digest.addData(QByteArrayView(reinterpret_cast<const char *>(text.constData()),
                                      text.size() * qsizetype(sizeof(QChar))));
        digest.addData(QByteArrayView("\0\0", 2));
    };
    for (auto it = request->functions.constBegin(); it != request->functions.constEnd(); ++it) {
        add(it.key());
        add(it.value().toString());
    }
    add(QStringLiteral("--values--"));
    digest.addData(QJsonDocument(request->values).toJson(QJsonDocument::Compact));
    request->dependenciesDir = dependenciesFolder(config.store(), appId);
    request->contextKey = appId + u'/' + adminId;
    request->appId = appId;
    request->adminId = adminId;
    request->contextVersion = digest.result();
}

QJsonObject runLogEntry(const Store &store, const QString &appId, const QString &type,
                        const QDateTime &started, const RunResult &result)
{
    QJsonArray messages;
    for (const QString &line : result.logs)
        messages.append(line);
    for (const QString &line : result.errorLogs)
        messages.append(line);
    QJsonObject entry {
        { QStringLiteral("type"), type },
        { QStringLiteral("co_id"), secrets::newObjectId() },
        { QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("completed"),
          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("messages"), messages },
        { QStringLiteral("status"), result.ok() ? 200 : 400 },
    };
    if (const auto app = store.app(appId)) {
        entry.insert(QStringLiteral("group_id"), app->groupId);
        entry.insert(QStringLiteral("domain_id"), app->domainId);
    }
    if (!result.ruleDecisions.isEmpty())
        entry.insert(QStringLiteral("rules"), QJsonArray::fromStringList(result.ruleDecisions));
    if (!result.ok()) {
        entry.insert(QStringLiteral("error"), result.errorMessage);
        entry.insert(QStringLiteral("error_code"), result.errorCode);
    }
    return entry;
}

QJsonValue relaxedEjson(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            out.append(relaxedEjson(item));
        return out;
    }
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    if (object.size() == 1) {
        const QString key = object.constBegin().key();
        const QJsonValue inner = object.constBegin().value();
        if (key == QLatin1String("$numberInt"))
            return inner.toString().toDouble();
        if (key == QLatin1String("$numberDouble") || key == QLatin1String("$numberLong")) {
            const double number = inner.toString().toDouble();
            // Past 2^53 a double would change the value; NaN and infinities are not JSON.
            const bool exact = key == QLatin1String("$numberDouble")
                ? std::isfinite(number)
                : std::fabs(number) <= 9007199254740992.0;
            return exact ? QJsonValue(number) : value;
        }
        if (key == QLatin1String("$date") && inner.isObject()) {
            const qint64 ms
                = inner.toObject().value(QStringLiteral("$numberLong")).toString().toLongLong();
            const QDateTime date = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            if (date.date().year() >= 1970 && date.date().year() <= 9999)
                return QJsonObject { { key, date.toString(Qt::ISODateWithMs) } };
            return value;
        }
    }
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        out.insert(it.key(), relaxedEjson(it.value()));
    return out;
}

QByteArray jsonText(const QJsonValue &value)
{
    // QJsonDocument holds only arrays and objects: wrap, then drop the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace stitchlocal
