#include "jsoneditor.h"

#include "editorstyle.h"
#include "tabfocus.h"

#include <Qsci/qscilexerjson.h>

#include <QEvent>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTimer>

JsonEditor::JsonEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_lexer(new QsciLexerJSON(this))
    , m_debounce(new QTimer(this))
{
    setUtf8(true);
    setLexer(m_lexer);
    setIndentationsUseTabs(false);
    setTabWidth(2);
    setIndentationWidth(2);
    setAutoIndent(true);
    setBraceMatching(SloppyBraceMatch);
    setMarginLineNumbers(0, true);
    setMarginType(EditorStyle::SymbolMargin, SymbolMargin);
    setMarginWidth(EditorStyle::SymbolMargin, 14);
    setMarginMarkerMask(EditorStyle::SymbolMargin, 1 << EditorStyle::ErrorMarker);
    markerDefine(Circle, EditorStyle::ErrorMarker);
    indicatorDefine(SquiggleIndicator, EditorStyle::ErrorIndicator);
    setScrollWidthTracking(true);
    setScrollWidth(1);

    // Parsing on every keystroke would flag every half-typed value; wait for a pause.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &JsonEditor::validateNow);
    connect(this, &QsciScintilla::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(this, &QsciScintilla::linesChanged, this,
            [this] { EditorStyle::fitLineNumberMargin(this); });
    applyPalette();
    TabFocus::install(this);
}

void JsonEditor::setRequireArray(bool require)
{
    m_requireArray = require;
    validateNow();
}

void JsonEditor::setAcceptAnyValue(bool any)
{
    m_anyValue = any;
    validateNow();
}

void JsonEditor::setValue(const QJsonValue &value)
{
    if (value.isObject())
        return setJson(QJsonDocument(value.toObject()));
    if (value.isArray())
        return setJson(QJsonDocument(value.toArray()));
    // A scalar's JSON text is its array's, without the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray { value.isUndefined() ? QJsonValue() : value })
                                   .toJson(QJsonDocument::Compact);
    setText(QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)));
    validateNow();
}

void JsonEditor::setJson(const QJsonDocument &document)
{
    setText(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    validateNow();
}

bool JsonEditor::validateNow()
{
    m_debounce->stop();
    const QByteArray utf8 = text().toUtf8();
    m_value = QJsonValue(QJsonValue::Undefined);
    if (utf8.trimmed().isEmpty()) {
        if (m_anyValue) {
            m_document = QJsonDocument();
            setResult(false, tr("Enter a JSON value: \"text\", 42, true, null, {…} or […]."), 0);
        } else if (m_requireArray) {
            m_document = QJsonDocument(QJsonArray());
            setResult(true, QString(), 0);
        } else {
            m_document = QJsonDocument();
            setResult(false, tr("Enter a JSON object or array."), 0);
        }
        return m_valid;
    }
    QJsonParseError error;
    // Qt parses only objects and arrays at the top: a value box parses its text as the one
    // element of an array, and the error offsets step back over the added bracket.
    const int shift = m_anyValue ? 1 : 0;
    QJsonDocument document = QJsonDocument::fromJson(
        m_anyValue ? QByteArray('[' + utf8 + "\n]") : utf8, &error);
    if (error.error == QJsonParseError::NoError && m_anyValue && document.array().size() != 1) {
        error.error = QJsonParseError::GarbageAtEnd;
        error.offset = int(utf8.size()) + shift;
    }
    if (error.error == QJsonParseError::NoError && m_anyValue)
        m_value = document.array().first();
    if (error.error != QJsonParseError::NoError) {
        error.offset = qMax(0, error.offset - shift);
        m_document = QJsonDocument();
        // The offset counts UTF-8 bytes, as Scintilla positions do. Qt reports it after the
        // whitespace that follows the bad token, so step back to the token (garbage at the end
        // is reported at the garbage itself).
        qsizetype position = qBound(qsizetype(0), qsizetype(error.offset), utf8.size());
        if (error.error != QJsonParseError::GarbageAtEnd) {
            while (position > 0 && QChar::isSpace(uchar(utf8.at(position - 1))))
                --position;
            position = qMax<qsizetype>(0, position - 1);
        }
        int line = 0, index = 0;
        lineIndexFromPosition(int(position), &line, &index);
        setResult(false, tr("Line %1: %2").arg(line + 1).arg(error.errorString()), line + 1);
        m_errorColumn = index + 1;
        return false;
    }
    if (m_requireArray && !document.isArray()) {
        m_document = QJsonDocument();
        setResult(false, tr("The arguments must be a JSON array, such as [1, \"two\"]."), 0);
        return false;
    }
    m_document = m_anyValue ? QJsonDocument() : document;
    if (!m_anyValue)
        m_value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    setResult(true, QString(), 0);
    return true;
}

void JsonEditor::setResult(bool valid, const QString &message, int errorLine)
{
    m_errorColumn = 0; // validateNow sets it after this, where it knows one
    markerDeleteAll(EditorStyle::ErrorMarker);
    const int last = qMax(0, lines() - 1);
    clearIndicatorRange(0, 0, last, int(text(last).size()), EditorStyle::ErrorIndicator);
    if (errorLine > 0) {
        markerAdd(errorLine - 1, EditorStyle::ErrorMarker);
        fillIndicatorRange(errorLine - 1, 0, errorLine - 1, int(text(errorLine - 1).size()),
                           EditorStyle::ErrorIndicator);
    }
    setToolTip(message);
    m_errorLine = errorLine;
    const bool changed = !m_validated || valid != m_valid || message != m_message;
    m_validated = true;
    m_valid = valid;
    m_message = message;
    if (changed)
        emit validityChanged(valid, message);
}

void JsonEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void JsonEditor::applyPalette()
{
    using namespace EditorStyle;
    const Scheme s = fromPalette(palette());
    const QFont font = editorFont();
    applyBase(m_lexer, s, font);
    m_lexer->setColor(s.number, QsciLexerJSON::Number);
    m_lexer->setColor(s.string, QsciLexerJSON::String);
    m_lexer->setColor(s.error, QsciLexerJSON::UnclosedString);
    m_lexer->setColor(s.keyword, QsciLexerJSON::Property);
    m_lexer->setColor(s.regex, QsciLexerJSON::EscapeSequence);
    m_lexer->setColor(s.comment, QsciLexerJSON::CommentLine);
    m_lexer->setColor(s.comment, QsciLexerJSON::CommentBlock);
    m_lexer->setColor(s.operatorColor, QsciLexerJSON::Operator);
    m_lexer->setColor(s.keyword2, QsciLexerJSON::Keyword);
    m_lexer->setColor(s.keyword2, QsciLexerJSON::KeywordLD);
    m_lexer->setColor(s.error, QsciLexerJSON::Error);
    m_lexer->setPaper(s.paper, QsciLexerJSON::Error);
    applyEditor(this, s, font);
}
