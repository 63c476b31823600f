#pragma once

#include <Qsci/qsciscintilla.h>

#include <QJsonDocument>
#include <QJsonValue>

class QsciLexerJSON;
class QTimer;

//! A JSON text box (function settings, run arguments) that validates as the user types, marks
//! the line of a parse error and says whether the text is usable.
class JsonEditor : public QsciScintilla
{
    Q_OBJECT
public:
    explicit JsonEditor(QWidget *parent = nullptr);

    //! An arguments box: the text must be a JSON array; empty text counts as [].
    void setRequireArray(bool require);
    bool requiresArray() const { return m_requireArray; }
    //! A value box (an app's value): any one JSON value, strings and numbers included.
    void setAcceptAnyValue(bool any);
    //! The parsed value in a value box; undefined while the text is invalid.
    QJsonValue value() const { return m_value; }
    void setValue(const QJsonValue &value);

    //! Validates now instead of after the typing pause; returns whether the text is usable.
    bool validateNow();
    bool isValid() const { return m_valid; }
    QString errorMessage() const { return m_message; }
    //! The line (from 1) of the last parse error, 0 when valid.
    int errorLine() const { return m_errorLine; }
    //! The column (from 1, in bytes of UTF-8) of the last parse error, 0 when valid or unknown.
    int errorColumn() const { return m_errorColumn; }
    //! The parsed text; an empty document while the text is invalid.
    QJsonDocument json() const { return m_document; }
    void setJson(const QJsonDocument &document);

signals:
    void validityChanged(bool valid, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void setResult(bool valid, const QString &message, int errorLine);

    QsciLexerJSON *m_lexer;
    QTimer *m_debounce;
    QJsonDocument m_document;
    bool m_anyValue = false;
    QJsonValue m_value;
    bool m_requireArray = false;
    bool m_valid = false;
    bool m_validated = false;
    QString m_message;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};
