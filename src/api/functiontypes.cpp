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
