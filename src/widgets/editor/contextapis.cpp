#include "contextapis.h"

namespace {

// The function context of the Stitch runtime as functions see it; a signature marks a callable.
const char *const kEntries[] = {
    "context.values.get(valueName)",
    "context.functions.execute(functionName, ...args)",
    "context.services.get(serviceName)",
    "context.user.id",
    "context.user.type",
    "context.user.data",
    "context.user.custom_data",
    "context.user.identities",
    "context.request.remoteIPAddress",
    "context.request.requestHeaders",
    "context.request.webhookUrl",
    "context.request.httpMethod",
    "context.request.rawQueryString",
    "context.request.httpReferrer",
    "context.request.httpUserAgent",
    "context.request.service",
    "context.request.action",
    "context.http.get(request)",
    "context.http.post(request)",
    "context.http.put(request)",
    "context.http.patch(request)",
    "context.http.delete(request)",
    "context.http.head(request)",
    "context.environment.tag",
    "context.environment.values",
    "context.app.id",
    "context.app.clientAppId",
    "context.app.name",
    "context.app.projectId",
    "context.runningAsSystem()",
    "console.log(...values)",
    "console.error(...values)",
    "console.warn(...values)",
    "console.info(...values)",
    "exports",
    "BSON.ObjectId(hex)",
    "BSON.Int32(value)",
    "BSON.Long(value)",
    "BSON.Double(value)",
    "BSON.Decimal128.fromString(text)",
    "EJSON.parse(text)",
    "EJSON.stringify(value)",
    "JSON.parse(text)",
    "JSON.stringify(value)",
};

QString pathOf(const QString &entry)
{
    const qsizetype paren = entry.indexOf(QLatin1Char('('));
    return paren < 0 ? entry : entry.left(paren);
}

void addMatching(const QStringList &names, const QString &prefix, QStringList &list)
{
    for (const QString &name : names) {
        if (name.startsWith(prefix))
            list.append(name);
    }
}

} // namespace

ContextApis::ContextApis(QsciLexer *lexer)
    : QsciAbstractAPIs(lexer)
{
    for (const char *entry : kEntries)
        m_entries.append(QString::fromLatin1(entry));
}

void ContextApis::setNames(const QStringList &functionNames, const QStringList &valueNames)
{
    m_functionNames = functionNames;
    m_valueNames = valueNames;
}

void ContextApis::updateAutoCompletionList(const QStringList &context, QStringList &list)
{
    if (context.isEmpty())
        return;
    const QString partial = context.last();
    if (context.first() == functionNameContext()) {
        addMatching(m_functionNames, partial, list);
        return;
    }
    if (context.first() == valueNameContext()) {
        addMatching(m_valueNames, partial, list);
        return;
    }
    if (context.first() == packageNameContext()) {
        addMatching(m_packageNames, partial, list);
        return;
    }
    const QStringList path = context.mid(0, context.size() - 1);
    for (const QString &entry : std::as_const(m_entries)) {
        const QStringList parts = pathOf(entry).split(QLatin1Char('.'));
        if (parts.size() <= path.size() || parts.mid(0, path.size()) != path)
            continue;
        const QString &next = parts.at(path.size());
        if (next.startsWith(partial) && !list.contains(next))
            list.append(next);
    }
}

QStringList ContextApis::callTips(const QStringList &context, int, QsciScintilla::CallTipsStyle,
                                  QList<int> &shifts)
{
    // The last word of the context is always empty: the call's name is the rest.
    const QString path = context.mid(0, context.size() - 1).join(QLatin1Char('.'));
    QStringList tips;
    for (const QString &entry : std::as_const(m_entries)) {
        if (entry.contains(QLatin1Char('(')) && pathOf(entry) == path) {
            tips.append(entry);
            shifts.append(0);
        }
    }
    return tips;
}
