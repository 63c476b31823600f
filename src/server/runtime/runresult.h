#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace stitchlocal {

//! One function call for the runtime: what to run, as whom, and with which app around it.
struct RunRequest
{
    QString name; //!< the function's name; looked up in functions when source is empty
    QString source; //!< `exports = function (...) {...}` or `module.exports = ...`
    QString evalSource; //!< optional expression run after source, e.g. `exports(1, 5)`
    QJsonArray arguments; //!< canonical Extended JSON; ignored when evalSource is set
    QString userId; //!< context.user.id
    bool runAsSystem = false; //!< context.user is the system user, id ""
    QJsonObject userData; //!< context.user.data
    QJsonObject values; //!< the app's values, name → Extended JSON, for context.values.get
    QJsonObject functions; //!< the app's functions, name → source, for context.functions.execute
    //! When set, a worker keeps values and functions under this key, and they are sent to it only
    //! when it does not hold contextVersion already (an app's sources can be megabytes).
    QString contextKey;
    QByteArray contextVersion;
    QJsonObject request; //!< context.request; absent when empty
    //! The app's uploaded packages: the folder holding node_modules, where the run's require()
    //! looks; empty when the app has none.
    QString dependenciesDir;
    //! Runs source as an incoming webhook, called with (payload, response) built from
    //! {query: {name: value}, headers: {name: [values]}, body: text}; arguments are ignored.
    QJsonObject webhook;
    //! The app and the admin whose view of it the run has (empty: the deployed state), for the
    //! service calls it makes (context.services); addAppContext sets both.
    QString appId;
    QString adminId;
    int timeLimitMs = 90000;
    //! Background runs (triggers) wait in a bounded queue per app and never share a worker with
    //! interactive runs (an admin's test run, a webhook) while another worker is there.
    bool background = false;
    QString queueKey; //!< the app a background run belongs to
};

//! What a run produced: the answer of debug/execute_function, plus the error code to send.
struct RunResult
{
    QJsonValue result = QJsonValue::Undefined; //!< canonical Extended JSON; Undefined: none
    QStringList logs; //!< console.log, info, debug
    QStringList errorLogs; //!< console.error, warn
    QString errorMessage;
    QString errorName;
    QString errorCode; //!< empty on success, else e.g. FunctionExecutionError
    int errorLine = 0; //!< 1-based line of a FunctionSyntaxError, 0 when unknown
    qint64 executionNs = 0;
    //! What a webhook's function did with its response object: {status, headers: {name:
    //! [values]}, body}; empty when it never touched it.
    QJsonObject response;
    //! What the MongoDB service's rules decided for the run's service calls (end-user runs).
    QStringList ruleDecisions;

    bool ok() const { return errorCode.isEmpty(); }
    QString executionTime() const;
    //! {result, logs, error_logs, error: {message, name}, error_code, stats: {execution_time}};
    //! error and error_code only when the run failed
    QJsonObject toJson() const;
    static RunResult fromReply(const QJsonObject &reply);
    static RunResult failure(const QString &errorCode, const QString &message, qint64 ns);
};

//! The outcome of FunctionRuntime::checkSyntax().
struct SyntaxCheck
{
    //! FunctionSyntaxError when the source does not parse; another code when it could not be
    //! checked (the runtime is unavailable); empty when it parses.
    QString errorCode;
    QString message;
    int line = 0; //!< 1-based; 0 when unknown
    int column = 0; //!< 1-based; 0 when unknown

    bool ok() const { return errorCode.isEmpty(); }
};

//! Formats like Go's time.Duration.String(): "0s", "812ns", "3.2µs", "1.234ms", "2m3.5s".
QString formatGoDuration(qint64 nanoseconds);

} // namespace stitchlocal

Q_DECLARE_METATYPE(stitchlocal::RunResult)
Q_DECLARE_METATYPE(stitchlocal::SyntaxCheck)
