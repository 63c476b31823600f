#pragma once

#include <QFrame>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QsciScintilla;
class QToolButton;

//! The inline find/replace strip under an editor: find text, replace text, match case, whole
//! word, regular expression; next (F3, Enter), previous (Shift+F3, Shift+Enter), replace,
//! replace all; Esc closes it and gives the focus back to the editor.
class FindReplaceBar : public QFrame
{
    Q_OBJECT
public:
    explicit FindReplaceBar(QsciScintilla *editor, QWidget *parent = nullptr);

    //! Shows the bar with the replace row or without it, seeded with the editor's selection.
    void open(bool withReplace);
    void close();

    bool findNext();
    bool findPrevious();
    //! Replaces the selected match, if the selection is one, then finds the next.
    void replace();
    //! Replaces every match in the document as one undo step; returns how many.
    int replaceAll();

    QLineEdit *findEdit() const { return m_findEdit; }
    QLineEdit *replaceEdit() const { return m_replaceEdit; }
    QCheckBox *matchCaseBox() const { return m_matchCase; }
    QCheckBox *wholeWordBox() const { return m_wholeWord; }
    QCheckBox *regexBox() const { return m_regex; }
    bool isReplaceVisible() const;
    QString statusText() const;

signals:
    void closed();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool find(bool forward, bool fromSelectionStart = false);
    void setStatus(const QString &text, bool problem);

    QsciScintilla *m_editor;
    QLineEdit *m_findEdit;
    QLineEdit *m_replaceEdit;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWord;
    QCheckBox *m_regex;
    QWidget *m_replaceRow;
    QLabel *m_status;
};
