#include "runcase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace {

struct ExpectKey
{
    RunCase::Expect expect;
    const char *key;
};

const ExpectKey kExpectKeys[] = {
    { RunCase::Expect::Succeeds, "succeeds" },
    { RunCase::Expect::Equals, "equals" },
    { RunCase::Expect::Contains, "contains" },
    { RunCase::Expect::Fails, "fails" },
};

QString trCase(const char *text)
{
    return QCoreApplication::translate("RunCase", text);
}

} // namespace

QJsonObject RunCase::toJson() const
{
    QJsonObject object { { QStringLiteral("id"), id },
                         { QStringLiteral("name"), name },
                         { QStringLiteral("function"), function },
                         { QStringLiteral("arguments"), arguments },
                         { QStringLiteral("expect"), expectKey(expect) } };
    if (!userId.isEmpty()) {
        object.insert(QStringLiteral("user_id"), userId);
        if (!userLabel.isEmpty())
            object.insert(QStringLiteral("user_label"), userLabel);
    }
    if (expect == Expect::Equals || expect == Expect::Contains)
        object.insert(QStringLiteral("expected"), expected);
    if (expect == Expect::Fails)
        object.insert(QStringLiteral("error_pattern"), errorPattern);
    return object;
}

RunCase RunCase::fromJson(const QJsonObject &object)
{
    RunCase c;
    c.id = object.value(QLatin1String("id")).toString();
    c.name = object.value(QLatin1String("name")).toString();
    c.function = object.value(QLatin1String("function")).toString();
    c.arguments = object.value(QLatin1String("arguments")).toArray();
    c.userId = object.value(QLatin1String("user_id")).toString();
    c.userLabel = object.value(QLatin1String("user_label")).toString();
    c.expect = expectFromKey(object.value(QLatin1String("expect")).toString());
    c.expected = object.value(QLatin1String("expected"));
    if (c.expected.isUndefined())
        c.expected = QJsonValue(QJsonValue::Null);
    c.errorPattern = object.value(QLatin1String("error_pattern")).toString();
    return c;
}

QString RunCase::expectKey(Expect expect)
{
    for (const ExpectKey &k : kExpectKeys) {
        if (k.expect == expect)
            return QLatin1String(k.key);
    }
    return QStringLiteral("succeeds");
}

RunCase::Expect RunCase::expectFromKey(const QString &key)
{
    for (const ExpectKey &k : kExpectKeys) {
        if (key == QLatin1String(k.key))
            return k.expect;
    }
    return Expect::Succeeds;
}

QString RunCase::expectName(Expect expect)
{
    switch (expect) {
    case Expect::Succeeds:
        return trCase(QT_TRANSLATE_NOOP("RunCase", "Succeeds"));
    case Expect::Equals:
        return trCase(QT_TRANSLATE_NOOP("RunCase", "Result equals"));
    case Expect::Contains:
        return trCase(QT_TRANSLATE_NOOP("RunCase", "Result contains"));
    case Expect::Fails:
        return trCase(QT_TRANSLATE_NOOP("RunCase", "Fails with"));
    }
    return QString();
}

QString RunCase::expectationText() const
{
    const QString json = QString::fromUtf8(
        QJsonDocument(QJsonArray { expected }).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    switch (expect) {
    case Expect::Succeeds:
        return trCase(QT_TRANSLATE_NOOP("RunCase", "succeeds"));
    case Expect::Equals:
        return trCase(QT_TRANSLATE_NOOP("RunCase", "equals %1")).arg(json);
    case Expect::Contains:
        return trCase(QT_TRANSLATE_NOOP("RunCase", "contains %1")).arg(json);
    case Expect::Fails:
        return trCase(QT_TRANSLATE_NOOP("RunCase", "fails matching /%1/")).arg(errorPattern);
    }
    return QString();
}

QString CaseVerdict::statusName(Status status)
{
    switch (status) {
    case Status::NotRun:
        return trCase(QT_TRANSLATE_NOOP("RunCase", "Not run"));
    case Status::Running:
        return trCase(QT_TRANSLATE_NOOP("RunCase", "Running"));
    case Status::Passed:
        return trCase(QT_TRANSLATE_NOOP("RunCase", "Passed"));
    case Status::Failed:
        return trCase(QT_TRANSLATE_NOOP("RunCase", "Failed"));
    case Status::Error:
        return trCase(QT_TRANSLATE_NOOP("RunCase", "Error"));
    case Status::Cancelled:
        return trCase(QT_TRANSLATE_NOOP("RunCase", "Cancelled"));
    }
    return QString();
}

namespace casematch {

namespace {

// A number written as text in a wrapper ("800", "800.0", "1e3"); NaN and the infinities, which
// JSON cannot hold, stay text.
QJsonValue numberFrom(const QString &text)
{
    bool ok = false;
    const double number = text.toDouble(&ok);
    return ok && std::isfinite(number) ? QJsonValue(number) : QJsonValue(text);
}

QJsonValue dateFrom(const QJsonValue &inner)
{
    qint64 msecs = 0;
    if (inner.isObject()) {
        bool ok = false;
        msecs = inner.toObject().value(QLatin1String("$numberLong")).toString().toLongLong(&ok);
        if (!ok)
            return QJsonValue(QJsonValue::Undefined);
    } else if (inner.isString()) {
        const QDateTime parsed = QDateTime::fromString(inner.toString(), Qt::ISODateWithMs);
        if (!parsed.isValid())
            return inner;
        msecs = parsed.toMSecsSinceEpoch();
    } else if (inner.isDouble()) {
        msecs = qint64(inner.toDouble());
    } else {
        return QJsonValue(QJsonValue::Undefined);
    }
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

// The scalar a one-key Extended JSON wrapper stands for; Undefined when it is no wrapper.
QJsonValue unwrap(const QJsonObject &object)
{
    if (object.size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    const QString key = object.begin().key();
    const QJsonValue inner = object.begin().value();
    if ((key == QLatin1String("$numberDouble") || key == QLatin1String("$numberInt")
         || key == QLatin1String("$numberLong") || key == QLatin1String("$numberDecimal"))
        && inner.isString())
        return numberFrom(inner.toString());
    if ((key == QLatin1String("$oid") || key == QLatin1String("$symbol")) && inner.isString())
        return inner;
    if (key == QLatin1String("$date"))
        return dateFrom(inner);
    if (key == QLatin1String("$undefined"))
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

QJsonValue plain(const QJsonValue &extended)
{
    if (extended.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : extended.toArray())
            out.append(plain(item));
        return out;
    }
    if (!extended.isObject())
        return extended;
    const QJsonObject object = extended.toObject();
    const QJsonValue scalar = unwrap(object);
    if (!scalar.isUndefined())
        return scalar;
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        out.insert(it.key(), plain(it.value()));
    return out;
}

namespace {

bool plainEquals(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    // QJsonValue compares arrays and objects deeply, and numbers inside them by value.
    return a == b;
}

bool plainContains(const QJsonValue &actual, const QJsonValue &expected)
{
    if (expected.isObject()) {
        if (!actual.isObject())
            return false;
        const QJsonObject have = actual.toObject();
        const QJsonObject want = expected.toObject();
        for (auto it = want.constBegin(); it != want.constEnd(); ++it) {
            const auto found = have.constFind(it.key());
            if (found == have.constEnd() || !plainContains(found.value(), it.value()))
                return false;
        }
        return true;
    }
    if (expected.isArray()) {
        if (!actual.isArray())
            return false;
        // Greedy: matching each expected element to the earliest actual one that contains it
        // leaves the most room for the rest, so it finds a subsequence whenever one exists.
        const QJsonArray have = actual.toArray();
        const QJsonArray want = expected.toArray();
        qsizetype next = 0;
        for (const QJsonValue &item : want) {
            while (next < have.size() && !plainContains(have.at(next), item))
                ++next;
            if (next == have.size())
                return false;
            ++next;
        }
        return true;
    }
    return plainEquals(actual, expected);
}

} // namespace

bool equals(const QJsonValue &actual, const QJsonValue &expected)
{
    return plainEquals(plain(actual), plain(expected));
}

bool contains(const QJsonValue &actual, const QJsonValue &expected)
{
    return plainContains(plain(actual), plain(expected));
}

QString text(const QJsonValue &value)
{
    const QJsonValue p = plain(value);
    if (p.isObject())
        return QString::fromUtf8(QJsonDocument(p.toObject()).toJson(QJsonDocument::Indented));
    if (p.isArray())
        return QString::fromUtf8(QJsonDocument(p.toArray()).toJson(QJsonDocument::Indented));
    if (p.isUndefined())
        return QStringLiteral("undefined\n");
    // A scalar: Qt writes a top-level array only, so write [x] and take x.
    const QByteArray wrapped = QJsonDocument(QJsonArray { p }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)) + QLatin1Char('\n');
}

CaseVerdict judge(const RunCase &runCase, const FunctionRunResult &result, const QString &callError)
{
    CaseVerdict verdict;
    verdict.milliseconds = result.executionMs();
    const bool runFailed = result.hasError();
    const QString failure = result.errorMessage.isEmpty() ? result.errorName : result.errorMessage;
    if (!callError.isEmpty()) {
        verdict.status = CaseVerdict::Status::Error;
        verdict.message = trCase(QT_TRANSLATE_NOOP("RunCase", "Not run: %1")).arg(callError);
        return verdict;
    }
    auto fail
        = [&](const QString &message, const QString &expectedText, const QString &actualText) {
              verdict.status = CaseVerdict::Status::Failed;
              verdict.message = message;
              verdict.expectedText = expectedText;
              verdict.actualText = actualText;
              return verdict;
          };
    const QString actualText = runFailed
        ? trCase(QT_TRANSLATE_NOOP("RunCase", "The run failed: %1")).arg(failure) + u'\n'
        : text(result.result);
    switch (runCase.expect) {
    case RunCase::Expect::Succeeds:
        if (runFailed)
            return fail(trCase(QT_TRANSLATE_NOOP("RunCase", "The run failed: %1")).arg(failure),
                        trCase(QT_TRANSLATE_NOOP("RunCase", "A run without error")) + u'\n',
                        actualText);
        break;
    case RunCase::Expect::Equals:
    case RunCase::Expect::Contains: {
        const bool isEquals = runCase.expect == RunCase::Expect::Equals;
        const QString expectedText = text(runCase.expected);
        if (runFailed)
            return fail(trCase(QT_TRANSLATE_NOOP("RunCase", "The run failed: %1")).arg(failure),
                        expectedText, actualText);
        const bool ok = isEquals ? equals(result.result, runCase.expected)
                                 : contains(result.result, runCase.expected);
        if (!ok)
            return fail(
                isEquals
                    ? trCase(QT_TRANSLATE_NOOP("RunCase", "The result is not the expected value"))
                    : trCase(QT_TRANSLATE_NOOP("RunCase",
                                               "The result does not contain the expected "
                                               "value")),
                expectedText, actualText);
        break;
    }
    case RunCase::Expect::Fails: {
        const QString expectedText
            = trCase(QT_TRANSLATE_NOOP("RunCase", "The run failed: /%1/")).arg(runCase.errorPattern)
            + u'\n';
        if (!runFailed)
            return fail(
                trCase(QT_TRANSLATE_NOOP("RunCase", "The run succeeded; it was expected to fail")),
                expectedText, actualText);
        const QRegularExpression pattern(runCase.errorPattern);
        if (!pattern.isValid())
            return fail(trCase(QT_TRANSLATE_NOOP("RunCase", "The pattern is not valid: %1"))
                            .arg(pattern.errorString()),
                        expectedText, actualText);
        if (!pattern.match(failure).hasMatch())
            return fail(
                trCase(QT_TRANSLATE_NOOP("RunCase", "The error message does not match /%1/: %2"))
                    .arg(runCase.errorPattern, failure),
                expectedText, actualText);
        break;
    }
    }
    verdict.status = CaseVerdict::Status::Passed;
    return verdict;
}

} // namespace casematch
