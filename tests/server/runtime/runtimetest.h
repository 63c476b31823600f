#pragma once

// Helpers shared by the runtime's tests: build requests, and wait for results through the
// runtime's own signals.

#include "server/runtime/functionruntime.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <optional>

namespace runtimetest {

using namespace stitchlocal;

inline QJsonValue ejson(const char *json)
{
    return QJsonDocument::fromJson(QByteArray("[") + json + "]").array().at(0);
}

inline QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

inline QString text(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
}

inline RunRequest source(const QString &code, int timeLimitMs = 10000)
{
    RunRequest request;
    request.source = code;
    request.timeLimitMs = timeLimitMs;
    return request;
}

// Waits for the results of the given run ids, in any order.
inline QHash<quint64, RunResult> waitForRuns(QSignalSpy &spy, const QList<quint64> &ids,
                                             int timeoutMs)
{
    QHash<quint64, RunResult> results;
    QDeadlineTimer deadline(timeoutMs);
    qsizetype seen = 0;
    for (;;) {
        for (; seen < spy.size(); ++seen) {
            const quint64 id = spy.at(seen).at(0).toULongLong();
            if (ids.contains(id))
                results.insert(id, qvariant_cast<RunResult>(spy.at(seen).at(1)));
        }
        if (results.size() == ids.size() || deadline.hasExpired())
            return results;
        spy.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    }
}

inline std::optional<RunResult> runAndWait(FunctionRuntime *runtime, const RunRequest &request,
                                           int timeoutMs = 20000)
{
    QSignalSpy spy(runtime, &FunctionRuntime::finished);
    const quint64 id = runtime->run(request);
    const auto results = waitForRuns(spy, { id }, timeoutMs);
    if (!results.contains(id))
        return std::nullopt;
    return results.value(id);
}

inline std::optional<SyntaxCheck> checkAndWait(FunctionRuntime *runtime, const QString &code)
{
    QSignalSpy spy(runtime, &FunctionRuntime::syntaxChecked);
    const quint64 id = runtime->checkSyntax(code);
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        for (const QList<QVariant> &arguments : std::as_const(spy)) {
            if (arguments.at(0).toULongLong() == id)
                return qvariant_cast<SyntaxCheck>(arguments.at(1));
        }
        spy.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return std::nullopt;
}

} // namespace runtimetest
