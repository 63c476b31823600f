#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

//! Function, test-run and app-user types of the Admin API, decoded by parsefunctions.h.

//! One function as GET .../functions/{id} answers it (the list gives id, name and private only).
struct StitchFunction
{
    QString id; //!< _id
    QString name;
    QString source;
    bool isPrivate = false;
    QJsonObject canEvaluate; //!< empty when the function has none
    bool isNull() const { return id.isEmpty(); }
    //! The body of POST and PUT.
    QJsonObject toJson() const;
};

//! Who a test run runs as: the system (empty userId) or one app user.
struct RunAs
{
    QString userId;
    bool isSystem() const { return userId.isEmpty(); }
};

//! The answer of debug/execute_function and debug/execute_function_source.
struct FunctionRunResult
{
    QJsonValue result; //!< canonical Extended JSON; Null when the function returned nothing
    QStringList logs;
    QStringList errorLogs;
    QString errorMessage; //!< empty when the run succeeded
    QString errorName;
    QString errorCode;
    QString executionTime; //!< a duration string such as "1.25ms"
    //! executionTime in milliseconds, read as Go writes durations ("13.0045ms", "850µs",
    //! "1m2.5s"; a bare number is seconds); -1 when it is missing or not a duration.
    double executionMs() const;
    bool hasError() const { return !errorMessage.isEmpty() || !errorName.isEmpty(); }
    //! The line (from 1) an error message names, 0 when it names none.
    int errorLine() const;
};

//! An end user of the app: the run-as picker and the Users panel.
struct AppUser
{
    QString id;
    QString type;
    QString email; //!< data.email, when the user has one
    QString name; //!< data.name, when the user has one
    bool disabled = false;
    QStringList identities; //!< each identity's provider_type, in order
    qint64 created = 0; //!< creation_date, Unix seconds (0: unknown)
    qint64 lastLogin = 0; //!< last_authentication_date, Unix seconds (0: never)
    QJsonObject raw; //!< the whole user object as the server sent it (identities, data...)
    //! What a picker shows: the email, else the name, else the id.
    QString displayName() const;
};

//! The line (from 1) an error text names ("(line 3, column 5)", "source.js:3:5", "line 3"),
//! 0 when it names none. Pure, for tests.
int errorLineIn(const QString &text);

Q_DECLARE_METATYPE(StitchFunction)
Q_DECLARE_METATYPE(FunctionRunResult)
