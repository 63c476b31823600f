#include "debughover.h"
#include "functiondebugger.h"

#include <widgets/editor/codeeditor.h>

#include <QPointer>
#include <QRegularExpression>
#include <QToolTip>

namespace {
// Resting this long counts as hovering: Qt's own tooltip delay.
constexpr int DwellMs = 700;

bool isName(const QString &text)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    static const QStringList keywords {
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete",
        "do", "else", "export", "extends", "finally", "for", "function", "if", "import", "in",
        "instanceof", "let", "new", "return", "super", "switch", "throw", "try", "typeof", "var",
        "void", "while", "with", "yield", "async", "await", "of", "exports"
    };
    return name.match(text).hasMatch() && !keywords.contains(text);
}
} // namespace

DebugHover::DebugHover(CodeEditor *editor, FunctionDebugger *debugger, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_debugger(debugger)
{
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETMOUSEDWELLTIME, DwellMs);
    connect(m_editor, &QsciScintillaBase::SCN_DWELLSTART, this, &DebugHover::onDwell);
    connect(m_editor, &QsciScintillaBase::SCN_DWELLEND, this, [this] {
        ++m_serial; // an answer still on its way is no longer wanted
        QToolTip::hideText();
    });
}

QString DebugHover::expressionAt(int position) const
{
    if (position < 0)
        return {};
    const auto wordStart = [this](int at) {
        return int(m_editor->SendScintilla(QsciScintillaBase::SCI_WORDSTARTPOSITION, at, true));
    };
    const int end
        = int(m_editor->SendScintilla(QsciScintillaBase::SCI_WORDENDPOSITION, position, true));
    int start = wordStart(position);
    if (start >= end || !isName(m_editor->text(start, end)))
        return {};
    // A property: take the chain of names before it (a.b.c), never a call or an index.
    while (start > 1 && m_editor->text(start - 1, start) == QLatin1String(".")) {
        const int before = wordStart(start - 1);
        if (before >= start - 1 || !isName(m_editor->text(before, start - 1)))
            break;
        start = before;
    }
    return m_editor->text(start, end);
}

void DebugHover::onDwell(int position, int x, int y)
{
    if (m_debugger->state() != FunctionDebugger::State::Paused)
        return;
    const QString expression = expressionAt(position);
    if (expression.isEmpty())
        return;
    const int serial = ++m_serial;
    const QPoint where = m_editor->viewport()->mapToGlobal(QPoint(x, y));
    QPointer<CodeEditor> editor(m_editor);
    m_debugger->evaluate(expression, this,
                         [this, serial, expression, where, editor](const QString &text, bool error) {
                             // A name not in scope says nothing rather than an error.
                             if (error || serial != m_serial || !editor)
                                 return;
                             m_lastShown = tr("%1 = %2").arg(expression, text);
                             QToolTip::showText(where, m_lastShown, editor->viewport());
                             emit shown(m_lastShown);
                         });
}
