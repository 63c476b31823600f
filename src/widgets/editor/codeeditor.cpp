#include "codeeditor.h"
#include "tabfocus.h"

#include "contextapis.h"
#include "editorstyle.h"
#include "findreplacebar.h"
#include "gotolinedialog.h"

#include <Qsci/qscicommandset.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscistyle.h>

#include <QAction>
#include <QEvent>
#include <QLineEdit>
#include <QRegularExpression>

namespace {

// QsciLexerJavaScript knows ES5 only; user functions are modern JavaScript.
class ModernJavaScriptLexer : public QsciLexerJavaScript
{
public:
    using QsciLexerJavaScript::QsciLexerJavaScript;

    const char *keywords(int set) const override
    {
        if (set == 1)
            return "async await break case catch class const continue debugger default delete do "
                   "else export extends false finally for function if import in instanceof let "
                   "new null of return static super switch this throw true try typeof undefined "
                   "var void while with yield";
        if (set == 2)
            return "context console exports BSON EJSON JSON Math Date Object Array Promise "
                   "String Number Boolean Error RegExp Map Set utils";
        return QsciLexerJavaScript::keywords(set);
    }
};

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_lexer(new ModernJavaScriptLexer(this))
    , m_apis(new ContextApis(m_lexer))
    , m_findBar(new FindReplaceBar(this, this))
    , m_annotationStyle(new QsciStyle(-1, QStringLiteral("error annotation"), QColor(), QColor(),
                                      EditorStyle::editorFont()))
{
    setUtf8(true);
    setLexer(m_lexer);
    // Template literals are strings too.
    SendScintilla(SCI_SETPROPERTY, "lexer.cpp.backquoted.strings", "1");
    setIndentationsUseTabs(false);
    setTabWidth(2);
    setIndentationWidth(2);
    setAutoIndent(true);
    setBackspaceUnindents(true);
    setTabIndents(true);
    setBraceMatching(SloppyBraceMatch);
    setCaretLineVisible(true);
    setFolding(BoxedTreeFoldStyle);
    setMarginLineNumbers(0, true);
    setMarginType(EditorStyle::SymbolMargin, SymbolMargin);
    setMarginWidth(EditorStyle::SymbolMargin, 14);
    setMarginMarkerMask(EditorStyle::SymbolMargin,
                        (1 << EditorStyle::ErrorMarker) | (1 << EditorStyle::SyntaxMarker));
    setMarginSensitivity(EditorStyle::SymbolMargin, false);
    markerDefine(Circle, EditorStyle::ErrorMarker);
    indicatorDefine(SquiggleIndicator, EditorStyle::ErrorIndicator);
    markerDefine(Circle, EditorStyle::SyntaxMarker);
    indicatorDefine(SquiggleIndicator, EditorStyle::SyntaxIndicator);
    setAnnotationDisplay(AnnotationBoxed);
    setScrollWidthTracking(true);
    setScrollWidth(1);
    setAutoCompletionSource(AcsAPIs);
    setAutoCompletionThreshold(2);
    setAutoCompletionCaseSensitivity(true);
    setAutoCompletionReplaceWord(false);
    setCallTipsStyle(CallTipsContext);

    connect(addShortcut(QKeySequence(Qt::CTRL | Qt::Key_F)), &QAction::triggered, this,
            &CodeEditor::showFind);
    connect(addShortcut(QKeySequence(Qt::CTRL | Qt::Key_H)), &QAction::triggered, this,
            &CodeEditor::showReplace);
    connect(addShortcut(QKeySequence(Qt::CTRL | Qt::Key_G)), &QAction::triggered, this,
            &CodeEditor::showGoToLine);
    connect(addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash)), &QAction::triggered, this,
            &CodeEditor::toggleComment);
    connect(addShortcut(QKeySequence(Qt::Key_F3)), &QAction::triggered, this, [this] {
        if (m_findBar->findEdit()->text().isEmpty())
            showFind();
        else
            m_findBar->findNext();
    });
    connect(addShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3)), &QAction::triggered, this, [this] {
        if (m_findBar->findEdit()->text().isEmpty())
            showFind();
        else
            m_findBar->findPrevious();
    });
    m_findBar->installEventFilter(this);

    connect(this, &QsciScintilla::linesChanged, this,
            [this] { EditorStyle::fitLineNumberMargin(this); });
    connect(this, &QsciScintillaBase::SCN_CHARADDED, this, &CodeEditor::onCharAdded);
    applyPalette();
    TabFocus::install(this);
}

CodeEditor::~CodeEditor()
{
    delete m_annotationStyle;
}

QAction *CodeEditor::addShortcut(const QKeySequence &key)
{
    // Scintilla binds some of these keys (Ctrl+/ moves by word part); ours win.
    const int code = key[0].toCombined();
    if (QsciCommand *command = standardCommands()->boundTo(code)) {
        if (command->key() == code)
            command->setKey(0);
        else
            command->setAlternateKey(0);
    }
    auto *action = new QAction(this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void CodeEditor::setCompletionNames(const QStringList &functionNames, const QStringList &valueNames)
{
    m_apis->setNames(functionNames, valueNames);
}

void CodeEditor::setPackageNames(const QStringList &packageNames)
{
    m_apis->setPackageNames(packageNames);
}

QStringList CodeEditor::completionList()
{
    int contextStart = 0;
    int lastWordStart = 0;
    const QStringList context
        = apiContext(int(SendScintilla(SCI_GETCURRENTPOS)), contextStart, lastWordStart);
    QStringList list;
    m_apis->updateAutoCompletionList(context, list);
    list.removeDuplicates();
    list.sort();
    return list;
}

QStringList CodeEditor::apiContext(int pos, int &contextStart, int &lastWordStart)
{
    QStringList context = QsciScintilla::apiContext(pos, contextStart, lastWordStart);
    // Inside the string argument of execute(", get(" or require(" the app's names are wanted; the
    // lexer's word rules stop at the quote, so look at what precedes it.
    int line = 0;
    int index = 0;
    lineIndexFromPosition(contextStart, &line, &index);
    const QString before = text(line).left(index);
    static const QRegularExpression call(QStringLiteral(
        R"(\bcontext\s*\.\s*(functions\s*\.\s*execute|values\s*\.\s*get)\s*\(\s*["'`]$)"));
    static const QRegularExpression require(QStringLiteral(R"(\brequire\s*\(\s*["'`]$)"));
    if (require.match(before).hasMatch())
        return { ContextApis::packageNameContext(),
                 context.isEmpty() ? QString() : context.last() };
    const QRegularExpressionMatch match = call.match(before);
    if (match.hasMatch()) {
        const QString word = context.isEmpty() ? QString() : context.last();
        const bool function = match.captured(1).startsWith(QLatin1String("functions"));
        return { function ? ContextApis::functionNameContext() : ContextApis::valueNameContext(),
                 word };
    }
    return context;
}

void CodeEditor::onCharAdded(int character)
{
    if (character != '"' && character != '\'' && character != '`')
        return;
    int contextStart = 0;
    int lastWordStart = 0;
    const QStringList context
        = apiContext(int(SendScintilla(SCI_GETCURRENTPOS)), contextStart, lastWordStart);
    if (!context.isEmpty() && context.first().startsWith(QLatin1Char('#')))
        autoCompleteFromAPIs();
}

void CodeEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void CodeEditor::applyPalette()
{
    using namespace EditorStyle;
    const Scheme s = fromPalette(palette());
    const QFont font = editorFont();
    applyBase(m_lexer, s, font);
    for (int style : { QsciLexerJavaScript::Comment, QsciLexerJavaScript::CommentLine,
                       QsciLexerJavaScript::CommentDoc, QsciLexerJavaScript::CommentLineDoc,
                       QsciLexerJavaScript::CommentDocKeyword }) {
        m_lexer->setColor(s.comment, style);
        QFont italic = font;
        italic.setItalic(true);
        m_lexer->setFont(italic, style);
    }
    m_lexer->setColor(s.error, QsciLexerJavaScript::CommentDocKeywordError);
    m_lexer->setColor(s.number, QsciLexerJavaScript::Number);
    m_lexer->setColor(s.keyword, QsciLexerJavaScript::Keyword);
    QFont bold = font;
    bold.setBold(true);
    m_lexer->setFont(bold, QsciLexerJavaScript::Keyword);
    m_lexer->setColor(s.keyword2, QsciLexerJavaScript::KeywordSet2);
    for (int style :
         { QsciLexerJavaScript::DoubleQuotedString, QsciLexerJavaScript::SingleQuotedString,
           QsciLexerJavaScript::RawString, QsciLexerJavaScript::VerbatimString })
        m_lexer->setColor(s.string, style);
    m_lexer->setColor(s.error, QsciLexerJavaScript::UnclosedString);
    m_lexer->setPaper(s.paper, QsciLexerJavaScript::UnclosedString);
    m_lexer->setEolFill(false, QsciLexerJavaScript::UnclosedString);
    m_lexer->setColor(s.regex, QsciLexerJavaScript::Regex);
    m_lexer->setColor(s.operatorColor, QsciLexerJavaScript::Operator);
    applyEditor(this, s, font);

    m_annotationStyle->setColor(s.error);
    m_annotationStyle->setPaper(mix(s.paper, s.error, 0.12));
    m_annotationStyle->setFont(font);
    m_annotationStyle->apply(this);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    // Auto-indent reads the styles of the line above (is that "{" code or inside a string?),
    // and styling normally waits for the next paint: style the caret's line first.
    const long position = SendScintilla(SCI_GETCURRENTPOS);
    const long lineEnd
        = SendScintilla(SCI_GETLINEENDPOSITION, SendScintilla(SCI_LINEFROMPOSITION, position));
    if (SendScintilla(SCI_GETENDSTYLED) < lineEnd)
        SendScintilla(SCI_COLOURISE, SendScintilla(SCI_GETENDSTYLED), lineEnd);
    QsciScintilla::keyPressEvent(event);
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QsciScintilla::resizeEvent(event);
    layoutFindBar();
}

bool CodeEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findBar && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        layoutFindBar();
    return QsciScintilla::eventFilter(watched, event);
}

void CodeEditor::layoutFindBar()
{
    // The bar lives in a viewport margin, so it never covers text and the panel need not know.
    const int height = m_findBar->isVisibleTo(this) ? m_findBar->sizeHint().height() : 0;
    setViewportMargins(0, 0, 0, height);
    const QRect area = viewport()->geometry();
    m_findBar->setGeometry(area.left(), area.bottom() + 1, area.width(), height);
}
