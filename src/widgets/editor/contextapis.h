#pragma once

#include <Qsci/qsciabstractapis.h>

#include <QStringList>

//! Completion entries for Stitch function code: the function context API (context.values.get,
//! console.log, ...) plus the app's function and value names, which are offered inside the
//! string argument of context.functions.execute(" and context.values.get(", and the app's uploaded
//! packages inside require(".
class ContextApis : public QsciAbstractAPIs
{
    Q_OBJECT
public:
    //! The first word of a context that CodeEditor gives for a string argument.
    static QString functionNameContext() { return QStringLiteral("#function-name"); }
    static QString valueNameContext() { return QStringLiteral("#value-name"); }
    static QString packageNameContext() { return QStringLiteral("#package-name"); }

    explicit ContextApis(QsciLexer *lexer);

    void setNames(const QStringList &functionNames, const QStringList &valueNames);
    //! The app's uploaded packages, offered inside require('.
    void setPackageNames(const QStringList &packageNames) { m_packageNames = packageNames; }

    void updateAutoCompletionList(const QStringList &context, QStringList &list) override;
    QStringList callTips(const QStringList &context, int commas, QsciScintilla::CallTipsStyle style,
                         QList<int> &shifts) override;

private:
    QStringList m_entries; // "context.values.get(name)"
    QStringList m_functionNames;
    QStringList m_valueNames;
    QStringList m_packageNames;
};
