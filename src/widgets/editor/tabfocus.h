#pragma once

#include <QObject>

class QsciScintilla;

//! Lets the keyboard leave a code or JSON editor, where Tab indents: in a read-only editor Tab
//! and Shift+Tab always move the focus on; in an editable one they do right after Escape (Escape,
//! then Tab), or always while Ctrl+M's "Tab moves focus" is on, as in other code editors.
class TabFocus : public QObject
{
    Q_OBJECT
public:
    //! Watches editor (and its viewport); the object is the editor's child.
    static TabFocus *install(QsciScintilla *editor);

    bool tabMovesFocus() const { return m_always; }
    void setTabMovesFocus(bool always);

signals:
    void tabMovesFocusChanged(bool always);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit TabFocus(QsciScintilla *editor);
    void moveFocus(bool forward);

    QsciScintilla *m_editor;
    bool m_armed = false;
    bool m_always = false;
};
