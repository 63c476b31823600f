#pragma once

#include <api/functiontypes.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

//! One named run case of a function: its arguments, who it runs as, and what the run should give.
struct RunCase
{
    enum class Expect {
        Succeeds, //!< no expectation: the run must not fail
        Equals, //!< the result equals expected
        Contains, //!< the result contains expected (see resultContains)
        Fails, //!< the run fails with a message matching errorPattern
    };

    QString id; //!< stable key within the app (a UUID)
    QString name;
    QString function; //!< the function's name: cases follow it by name, as execute_function does
    QJsonArray arguments;
    QString userId; //!< empty: runs as system
    QString userLabel; //!< what the picker showed for userId (an email), for display only
    Expect expect = Expect::Succeeds;
    QJsonValue expected; //!< for Equals and Contains, as the user wrote it
    QString errorPattern; //!< for Fails: a regular expression

    bool runsAsSystem() const { return userId.isEmpty(); }
    QJsonObject toJson() const;
    //! Reads what toJson wrote; a case without a function or a name reads as null.
    static RunCase fromJson(const QJsonObject &object);
    bool isNull() const { return function.isEmpty() || name.isEmpty(); }
    static QString expectKey(Expect expect); //!< "equals", ... for files
    static Expect expectFromKey(const QString &key);
    static QString expectName(Expect expect); //!< translated, for display
    //! One line saying what the case expects ("equals 5", "fails matching /x/").
    QString expectationText() const;
};

//! How one run of a case went.
struct CaseVerdict
{
    enum class Status { NotRun, Running, Passed, Failed, Error, Cancelled };
    Status status = Status::NotRun;
    QString message; //!< why it failed, or the error that kept it from running
    double milliseconds = -1; //!< the server's execution time; -1 when unknown
    //! For a failure: both sides as indented JSON (or the error text), for the diff view.
    QString expectedText;
    QString actualText;

    bool isDone() const { return status != Status::NotRun && status != Status::Running; }
    static QString statusName(Status status); //!< translated
};

//! Pure comparison of run results with what a case expects (for tests and CaseRunner).
namespace casematch {
//! A run result in Extended JSON as the user would write it: {"$numberDouble": "800"} becomes
//! 800, {"$numberLong": "7"} 7, $oid and $date their text; everything else as it is.
QJsonValue plain(const QJsonValue &extended);
//! Equal as plain values: numbers by value (800 equals 800.0), objects regardless of key order.
bool equals(const QJsonValue &actual, const QJsonValue &expected);
//! The subset rule: an expected object matches when every key is present in the actual
//! object with a value that contains the expected one (recursively); an expected array
//! matches when its elements are contained, in the same order, by elements of the actual
//! array, others allowed between them (a subsequence); anything else must be equal.
bool contains(const QJsonValue &actual, const QJsonValue &expected);
//! The JSON text the diff view shows: indented, keys sorted, numbers as the user writes them.
QString text(const QJsonValue &value);
//! Judges one finished run: result is the server's answer (a run whose function threw carries
//! its message there); callError is the message of an API error that kept the call from
//! answering at all (no such function, network): the case is then an Error, not a Failure.
CaseVerdict judge(const RunCase &runCase, const FunctionRunResult &result,
                  const QString &callError = QString());
} // namespace casematch

Q_DECLARE_METATYPE(RunCase)
