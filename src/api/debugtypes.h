#pragma once

#include "functiontypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

//! Types of the debugger: stitch-local's debug-run ticket and the DevTools protocol's values.

//! What POST .../local/debug_runs answers: where this run's debugger is, for one connection.
struct DebugTicket
{
    QString id;
    QUrl webSocketUrl;
    int timeLimitSeconds = 0;
    qint64 processId = 0;
};

//! What to debug: the saved function by name, or source (the editor's buffer) as that function.
struct DebugRunRequest
{
    QString name;
    QString source; //!< empty: the saved function
    QJsonArray arguments;
    RunAs runAs;
};

//! A Runtime.RemoteObject: a primitive's value, or an object to expand by objectId.
struct RemoteValue
{
    QString type; //!< "object", "number", "string", "undefined", "function", ...
    QString subtype; //!< "array", "null", "error", "date", ...
    QString className;
    QString description;
    QString objectId; //!< empty for primitives
    QJsonValue value = QJsonValue::Undefined;

    bool isExpandable() const { return !objectId.isEmpty(); }
    //! As a debugger shows it: strings quoted, objects by their description.
    QString display() const;
    static RemoteValue fromJson(const QJsonObject &object);
};

//! One scope of a call frame ("local", "closure", "global", "block", ...).
struct DebugScope
{
    QString type;
    QString name;
    QString objectId;
};

struct CallFrame
{
    QString id;
    QString functionName;
    QString scriptId;
    QString url; //!< from Debugger.scriptParsed; "sum.js" for the app function sum
    int line = 0; //!< 0-based, as the protocol counts
    int column = 0;
    QList<DebugScope> scopes;

    //! The app function this frame runs in ("sum" for sum.js); empty for the runtime's own code.
    QString appFunction() const;
};

struct PauseInfo
{
    QString reason; //!< "other" (breakpoint, step, debugger;), "exception", ...
    QList<CallFrame> frames; //!< innermost first; every frame, the runtime's own included
    RemoteValue data; //!< the exception, when reason is "exception"
    QStringList hitBreakpoints;

    //! The frames of app functions only, innermost first.
    QList<CallFrame> appFrames() const;
};

struct PropertyInfo
{
    QString name;
    RemoteValue value;
};

struct BreakpointLocation
{
    QString breakpointId;
    QString scriptId;
    int line = 0; //!< 0-based
    int column = 0;
};

struct BreakpointSet
{
    QString id;
    QList<BreakpointLocation> locations; //!< empty until the script is loaded
};

//! Debugger.evaluateOnCallFrame's answer: a value, or what it threw.
struct EvalResult
{
    RemoteValue value;
    bool threw = false;
    QString exceptionText;
};

//! Debugger.setPauseOnExceptions states.
enum class PauseOnExceptions { None, Uncaught, All };

namespace debugurls {
//! The script URL stitch-local gives an app function's code: "sum" → "sum.js".
QString ofFunction(const QString &name);
//! The reverse; empty for URLs that are not an app function's (the runtime's own scripts).
QString functionOf(const QString &url);
} // namespace debugurls

Q_DECLARE_METATYPE(PauseInfo)
Q_DECLARE_METATYPE(BreakpointLocation)
