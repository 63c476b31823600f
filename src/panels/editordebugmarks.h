#pragma once

#include <QList>
#include <QObject>
#include <QString>

class CodeEditor;

//! Breakpoints and the paused line in a function's editor: a click in the symbol or line-number
//! margin (or F9 on the cursor's line) toggles a breakpoint; breakpoints are markers, so they
//! move with edits, and they are kept per function in the settings across restarts.
class EditorDebugMarks : public QObject
{
    Q_OBJECT
public:
    //! Marker numbers, apart from the editor's own (EditorStyle: 8..14) and folding (25..31).
    enum Markers { BreakpointMarker = 15, CurrentLineMarker = 16, CurrentLineBackground = 17 };

    //! settingsKey names where this function's breakpoints are kept; empty: not kept.
    EditorDebugMarks(CodeEditor *editor, const QString &settingsKey, QObject *parent = nullptr);

    //! Lines (from 1) with a breakpoint, in order.
    QList<int> breakpoints() const;
    void toggle(int line);
    void toggleAtCursor();
    //! The debugger put a breakpoint of line `from` on line `to` (a line without code).
    void move(int from, int to);
    //! Marks where the run is paused (from 1); 0 clears the mark.
    void setCurrentLine(int line);
    int currentLine() const { return m_currentLine; }
    //! Follows a rename: the breakpoints go to the new name's key.
    void setSettingsKey(const QString &key);

    //! Where a function's breakpoints are kept in the settings.
    static QString settingsKeyFor(const QString &appId, const QString &functionName);

signals:
    void breakpointsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void save();
    void applyColours();

    CodeEditor *m_editor;
    QString m_key;
    int m_currentLine = 0;
};
