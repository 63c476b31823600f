#pragma once

#include <QObject>
#include <QString>

class CodeEditor;
class FunctionDebugger;

//! Value on hover while a debug run is paused: resting the mouse on an identifier (or a dotted
//! chain ending in one, such as order.amount) evaluates it in the selected frame and shows the
//! value as a tooltip. Only names are evaluated, never calls, so hovering runs no user code
//! beyond a getter.
class DebugHover : public QObject
{
    Q_OBJECT
public:
    DebugHover(CodeEditor *editor, FunctionDebugger *debugger, QObject *parent = nullptr);

    //! The expression under position ("" where there is no name), as hovering reads it.
    QString expressionAt(int position) const;
    //! What the last hover showed ("total = 5"), for tests and screen readers.
    QString lastShown() const { return m_lastShown; }

signals:
    void shown(const QString &text);

private:
    void onDwell(int position, int x, int y);

    CodeEditor *m_editor;
    FunctionDebugger *m_debugger;
    QString m_lastShown;
    int m_serial = 0;
};
