#pragma once

#include <models/json/textdiff.h>

#include <QWidget>

template<typename T> class QFutureWatcher;
class QLabel;
class QsciScintilla;

//! Two texts side by side, read-only, scrolling together, with removed, added and changed lines
//! highlighted and filler lines where the other side has lines this one lacks.
class DiffView : public QWidget
{
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);

    //! Left is "Your version", right "Server version" unless titles are given. The diff is
    //! computed on a worker thread; diffReady() says when both sides show it.
    void setTexts(const QString &leftText, const QString &rightText);
    bool isDiffReady() const { return m_ready; }
    void setTitles(const QString &leftTitle, const QString &rightTitle);

    QString leftText() const { return m_leftText; }
    QString rightText() const { return m_rightText; }
    //! The difference as unified-diff text, from the left text to the right one.
    QString unifiedText() const;

    QsciScintilla *leftEditor() const { return m_left; }
    QsciScintilla *rightEditor() const { return m_right; }
    //! Lines of one side that carry \a marker (EditorStyle::AddedMarker, ...).
    int markedLineCount(const QsciScintilla *side, int marker) const;

    struct Result
    {
        QList<TextDiff::Line> lines;
        QList<TextDiff::Row> rows;
    };

signals:
    void diffReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    QsciScintilla *makeSide();
    void applyPalette();
    void fill();

    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QsciScintilla *m_left;
    QsciScintilla *m_right;
    QString m_leftText;
    QString m_rightText;
    Result m_result;
    bool m_ready = true;
    int m_generation = 0;
};
