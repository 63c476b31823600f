#include "findreplacebar.h"

#include <Qsci/qsciscintilla.h>

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

FindReplaceBar::FindReplaceBar(QsciScintilla *editor, QWidget *parent)
    : QFrame(parent)
    , m_editor(editor)
    , m_findEdit(new QLineEdit(this))
    , m_replaceEdit(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
    , m_wholeWord(new QCheckBox(tr("Whole word"), this))
    , m_regex(new QCheckBox(tr("Regex"), this))
    , m_replaceRow(new QWidget(this))
    , m_status(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    m_findEdit->setPlaceholderText(tr("Find"));
    m_findEdit->setClearButtonEnabled(true);
    m_replaceEdit->setPlaceholderText(tr("Replace with"));
    m_findEdit->installEventFilter(this);
    m_replaceEdit->installEventFilter(this);

    auto *previous = new QPushButton(tr("Previous"), this);
    auto *next = new QPushButton(tr("Next"), this);
    previous->setToolTip(tr("Find previous (Shift+F3)"));
    next->setToolTip(tr("Find next (F3)"));
    auto *closeButton = new QToolButton(this);
    closeButton->setAutoRaise(true);
    closeButton->setText(QStringLiteral("\u2715"));
    closeButton->setToolTip(tr("Close (Esc)"));
    for (QPushButton *button : { previous, next })
        button->setAutoDefault(false);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_findEdit, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_matchCase);
    findRow->addWidget(m_wholeWord);
    findRow->addWidget(m_regex);
    findRow->addWidget(m_status);
    findRow->addWidget(closeButton);

    auto *replaceButton = new QPushButton(tr("Replace"), m_replaceRow);
    auto *replaceAllButton = new QPushButton(tr("Replace all"), m_replaceRow);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replaceEdit, 1);
    replaceRow->addWidget(replaceButton);
    replaceRow->addWidget(replaceAllButton);
    replaceRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(replaceButton, &QPushButton::clicked, this, &FindReplaceBar::replace);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(closeButton, &QToolButton::clicked, this, &FindReplaceBar::close);
    // Typing searches from where the current match starts, so the match grows in place.
    connect(m_findEdit, &QLineEdit::textEdited, this, [this] {
        if (!m_findEdit->text().isEmpty())
            find(true, true);
        else
            setStatus(QString(), false);
    });
    hide();
}

void FindReplaceBar::open(bool withReplace)
{
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(QLatin1Char('\n')))
        m_findEdit->setText(m_editor->selectedText());
    m_replaceRow->setVisible(withReplace);
    show();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

void FindReplaceBar::close()
{
    hide();
    setStatus(QString(), false);
    m_editor->setFocus(Qt::OtherFocusReason);
    emit closed();
}

bool FindReplaceBar::isReplaceVisible() const
{
    return m_replaceRow->isVisibleTo(this);
}

QString FindReplaceBar::statusText() const
{
    return m_status->text();
}

bool FindReplaceBar::findNext()
{
    return find(true);
}

bool FindReplaceBar::findPrevious()
{
    return find(false);
}

bool FindReplaceBar::find(bool forward, bool fromSelectionStart)
{
    const QString expression = m_findEdit->text();
    if (expression.isEmpty())
        return false;
    int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
    m_editor->getCursorPosition(&lineFrom, &indexFrom);
    lineTo = lineFrom;
    indexTo = indexFrom;
    if (m_editor->hasSelectedText())
        m_editor->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    // Forward starts after the current match, backward before it: the same match is never
    // found twice in a row.
    const bool fromStart = !forward || fromSelectionStart;
    const int line = fromStart ? lineFrom : lineTo;
    const int index = fromStart ? indexFrom : indexTo;
    const bool found = m_editor->findFirst(expression, m_regex->isChecked(),
                                           m_matchCase->isChecked(), m_wholeWord->isChecked(),
                                           /*wrap=*/true, forward, line, index, /*show=*/true,
                                           /*posix=*/false, /*cxx11=*/true);
    setStatus(found ? QString() : tr("No matches"), !found);
    return found;
}

void FindReplaceBar::replace()
{
    if (m_findEdit->text().isEmpty())
        return;
    if (m_editor->hasSelectedText()) {
        int lineFrom, indexFrom, lineTo, indexTo;
        m_editor->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
        // Only a selection that is itself a match is replaced; the search also arms replace().
        if (find(true, true)) {
            int l1, i1, l2, i2;
            m_editor->getSelection(&l1, &i1, &l2, &i2);
            if (l1 == lineFrom && i1 == indexFrom && l2 == lineTo && i2 == indexTo)
                m_editor->replace(m_replaceEdit->text());
        }
    }
    findNext();
}

int FindReplaceBar::replaceAll()
{
    const QByteArray expression = m_findEdit->text().toUtf8();
    if (expression.isEmpty())
        return 0;
    // Scintilla's target search directly: findFirst()/replace() work through the selection,
    // which would scroll and flicker once per match.
    int flags = 0;
    if (m_matchCase->isChecked())
        flags |= QsciScintilla::SCFIND_MATCHCASE;
    if (m_wholeWord->isChecked())
        flags |= QsciScintilla::SCFIND_WHOLEWORD;
    if (m_regex->isChecked())
        flags |= QsciScintilla::SCFIND_REGEXP | QsciScintilla::SCFIND_CXX11REGEX;
    const int replaceMessage = m_regex->isChecked() ? QsciScintilla::SCI_REPLACETARGETRE
                                                    : QsciScintilla::SCI_REPLACETARGET;
    const QByteArray replacement = m_replaceEdit->text().toUtf8();

    int count = 0;
    m_editor->beginUndoAction();
    m_editor->SendScintilla(QsciScintilla::SCI_SETSEARCHFLAGS, flags);
    long position = 0;
    long end = m_editor->SendScintilla(QsciScintilla::SCI_GETLENGTH);
    while (position <= end) {
        m_editor->SendScintilla(QsciScintilla::SCI_SETTARGETRANGE, position, end);
        if (m_editor->SendScintilla(QsciScintilla::SCI_SEARCHINTARGET, expression.size(),
                                    expression.constData())
            < 0)
            break;
        const long matchStart = m_editor->SendScintilla(QsciScintilla::SCI_GETTARGETSTART);
        const long matchEnd = m_editor->SendScintilla(QsciScintilla::SCI_GETTARGETEND);
        const long written
            = m_editor->SendScintilla(replaceMessage, replacement.size(), replacement.constData());
        ++count;
        end += written - (matchEnd - matchStart);
        position = matchStart + written;
        // An empty match (regex "^") would be found again at the same place.
        if (matchEnd == matchStart) {
            if (position >= end)
                break;
            position = m_editor->SendScintilla(QsciScintilla::SCI_POSITIONAFTER, position);
        }
    }
    m_editor->endUndoAction();
    setStatus(tr("%n replaced", nullptr, count), count == 0);
    return count;
}

void FindReplaceBar::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? QColor::fromHsl(
                         0, 200, palette.color(QPalette::Window).lightness() < 128 ? 170 : 90)
                             : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

bool FindReplaceBar::event(QEvent *event)
{
    // The editor around the bar claims Esc for itself (cancel); inside the bar it closes the bar.
    if (event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QFrame::event(event);
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape)
        close();
    // Keys the fields leave unused (arrows, Page Up, ...) must not reach the editor behind.
    event->accept();
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replaceEdit)
                replace();
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}
