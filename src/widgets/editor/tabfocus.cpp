#include "tabfocus.h"

#include <Qsci/qsciscintilla.h>

#include <QKeyEvent>

TabFocus *TabFocus::install(QsciScintilla *editor)
{
    return new TabFocus(editor);
}

TabFocus::TabFocus(QsciScintilla *editor)
    : QObject(editor)
    , m_editor(editor)
{
    editor->installEventFilter(this);
    editor->viewport()->installEventFilter(this);
}

void TabFocus::setTabMovesFocus(bool always)
{
    if (m_always == always)
        return;
    m_always = always;
    emit tabMovesFocusChanged(m_always);
}

bool TabFocus::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        m_armed = false;
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if (key->key() == Qt::Key_M && mods == Qt::ControlModifier) {
        setTabMovesFocus(!m_always);
        return true;
    }
    if (key->key() == Qt::Key_Escape) {
        m_armed = true; // and the editor still gets it (closing completion, the find bar)
        return QObject::eventFilter(watched, event);
    }
    const bool tab = (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)
        && (mods == Qt::NoModifier || mods == Qt::ShiftModifier);
    if (tab && (m_armed || m_always || m_editor->isReadOnly())) {
        m_armed = false;
        moveFocus(key->key() == Qt::Key_Tab && mods == Qt::NoModifier);
        return true;
    }
    if (key->key() != Qt::Key_Shift)
        m_armed = false;
    return QObject::eventFilter(watched, event);
}

void TabFocus::moveFocus(bool forward)
{
    // The next widget of the window's focus chain that takes Tab focus, outside the editor.
    QWidget *widget = m_editor;
    for (int guard = 0; guard < 10000; ++guard) {
        widget = forward ? widget->nextInFocusChain() : widget->previousInFocusChain();
        if (!widget || widget == m_editor)
            return;
        if (m_editor->isAncestorOf(widget))
            continue;
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && !widget->focusProxy()) {
            widget->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
}
