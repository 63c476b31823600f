#include "functiontypes.h"

#include <QRegularExpression>

QJsonObject StitchFunction::toJson() const
{
    QJsonObject body { { QStringLiteral("name"), name },
                       { QStringLiteral("source"), source },
                       { QStringLiteral("private"), isPrivate } };
    if (!canEvaluate.isEmpty())
        body.insert(QStringLiteral("can_evaluate"), canEvaluate);
    return body;
}

double FunctionRunResult::executionMs() const
{
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d*)?)(ns|us|µs|μs|ms|s|m|h)"));
    const QString text = executionTime.trimmed();
    if (text.isEmpty())
        return -1;
    bool plain = false;
    const double seconds = text.toDouble(&plain);
    if (plain)
        return seconds * 1000.0;
    const QString unsignedText = text.startsWith(QLatin1Char('-')) ? text.mid(1) : text;
    double ms = 0;
    qsizetype at = 0;
    while (at < unsignedText.size()) {
        const QRegularExpressionMatch match = part.match(
                unsignedText, at, QRegularExpression::NormalMatch,
                QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch())
            return -1;
        const double value = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        if (unit == QLatin1String("ns"))
            ms += value / 1e6;
        else if (unit == QLatin1String("ms"))
            ms += value;
        else if (unit == QLatin1String("s"))
            ms += value * 1e3;
        else if (unit == QLatin1String("m"))
            ms += value * 60e3;
        else if (unit == QLatin1String("h"))
            ms += value * 3600e3;
        else // us, µs (micro sign) or μs (Greek mu)
            ms += value / 1e3;
        at = match.capturedEnd(0);
    }
    return text.startsWith(QLatin1Char('-')) ? -ms : ms;
}

int FunctionRunResult::errorLine() const
{
    return errorLineIn(errorMessage);
}

QString AppUser::displayName() const
{
    if (!email.isEmpty())
        return email;
    if (!name.isEmpty())
        return name;
    return id;
}

int errorLineIn(const QString &text)
{
    // The local server says "(line 3, column 5)"; V8 stacks say "source.js:3:5" or
    // "evalmachine.<anonymous>:3"; other servers write "line 3".
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("\\bline\\s+(\\d+)"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("(?:\\.js|<anonymous>|function):(\\d+)(?::\\d+)?")),
    };
    for (const QRegularExpression &pattern : patterns) {
        const QRegularExpressionMatch match = pattern.match(text);
        if (match.hasMatch())
            return match.captured(1).toInt();
    }
    return 0;
}
