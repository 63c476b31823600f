#include "runresult.h"

namespace stitchlocal {

namespace {

// Takes the last prec digits of *v as a fraction (".25", trailing zeros dropped) and leaves the
// integer part in *v, as Go's fmtFrac does.
QString takeFraction(quint64 *v, int prec)
{
    QString digits;
    bool print = false;
    for (int i = 0; i < prec; ++i) {
        const int digit = int(*v % 10);
        print = print || digit != 0;
        if (print)
            digits.prepend(QChar(u'0' + digit));
        *v /= 10;
    }
    return print ? QLatin1Char('.') + digits : QString();
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList lines;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &line : array)
        lines.append(line.toString());
    return lines;
}

QJsonArray toJsonArray(const QStringList &lines)
{
    QJsonArray array;
    for (const QString &line : lines)
        array.append(line);
    return array;
}

} // namespace

QString formatGoDuration(qint64 nanoseconds)
{
    if (nanoseconds == 0)
        return QStringLiteral("0s");
    const bool negative = nanoseconds < 0;
    quint64 u = negative ? quint64(0) - quint64(nanoseconds) : quint64(nanoseconds);
    QString text;
    if (u < 1000000000ULL) {
        if (u < 1000ULL) {
            text = QString::number(u) + QStringLiteral("ns");
        } else if (u < 1000000ULL) {
            const QString fraction = takeFraction(&u, 3);
            text = QString::number(u) + fraction + QStringLiteral("µs");
        } else {
            const QString fraction = takeFraction(&u, 6);
            text = QString::number(u) + fraction + QStringLiteral("ms");
        }
    } else {
        const QString fraction = takeFraction(&u, 9);
        text = QString::number(u % 60) + fraction + QLatin1Char('s');
        u /= 60;
        if (u > 0) {
            text.prepend(QString::number(u % 60) + QLatin1Char('m'));
            u /= 60;
            if (u > 0)
                text.prepend(QString::number(u) + QLatin1Char('h'));
        }
    }
    return negative ? QLatin1Char('-') + text : text;
}

QString RunResult::executionTime() const
{
    return formatGoDuration(executionNs);
}

QJsonObject RunResult::toJson() const
{
    QJsonObject answer;
    answer.insert(QStringLiteral("result"), result.isUndefined() ? QJsonValue() : result);
    answer.insert(QStringLiteral("logs"), toJsonArray(logs));
    answer.insert(QStringLiteral("error_logs"), toJsonArray(errorLogs));
    if (!ok()) {
        // Clients find a syntax error's line in the message, as the save path words it.
        QString message = errorMessage;
        if (errorLine > 0 && !message.contains(QLatin1String("(line ")))
            message += QStringLiteral(" (line %1)").arg(errorLine);
        answer.insert(QStringLiteral("error"),
                      QJsonObject { { QStringLiteral("message"), message },
                                    { QStringLiteral("name"), errorName } });
        answer.insert(QStringLiteral("error_code"), errorCode);
    }
    answer.insert(QStringLiteral("stats"),
                  QJsonObject { { QStringLiteral("execution_time"), executionTime() } });
    return answer;
}

RunResult RunResult::fromReply(const QJsonObject &reply)
{
    RunResult run;
    run.result = reply.value(QLatin1String("result"));
    run.logs = toStringList(reply.value(QLatin1String("logs")));
    run.errorLogs = toStringList(reply.value(QLatin1String("error_logs")));
    run.errorCode = reply.value(QLatin1String("error_code")).toString();
    const QJsonObject error = reply.value(QLatin1String("error")).toObject();
    if (!error.isEmpty() && run.errorCode.isEmpty())
        run.errorCode = QStringLiteral("FunctionExecutionError");
    run.errorMessage = error.value(QLatin1String("message")).toString();
    run.errorName = error.value(QLatin1String("name")).toString();
    run.errorLine = reply.value(QLatin1String("line")).toInt();
    run.executionNs = qint64(reply.value(QLatin1String("execution_ns")).toDouble());
    run.response = reply.value(QLatin1String("response")).toObject();
    run.ruleDecisions = toStringList(reply.value(QLatin1String("rules")));
    return run;
}

RunResult RunResult::failure(const QString &errorCode, const QString &message, qint64 ns)
{
    RunResult run;
    run.errorCode = errorCode;
    run.errorMessage = message;
    run.errorName = QStringLiteral("Error");
    run.executionNs = ns;
    return run;
}

} // namespace stitchlocal
