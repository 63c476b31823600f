#pragma once

#include <QByteArrayView>
#include <QList>

#include <optional>

//! Where the members of a JSON object or the elements of an array lie in the text, without
//! decoding them: a log page keeps its entries exactly as sent, and its cursor is read before the
//! page is decoded. Not a validator: the callers either let QJsonDocument judge the same text too
//! or use the answer only as a hint.
class JsonShape
{
public:
    struct Member
    {
        QByteArrayView key; //!< as written, escapes and all, without the quotes
        QByteArrayView value; //!< as written, strings with their quotes
    };

    explicit JsonShape(QByteArrayView text)
        : m_text(text)
    {
    }

    //! The members of the object the text holds; nullopt when it is not one.
    std::optional<QList<Member>> members();
    //! The elements of the array the text holds; nullopt when it is not one.
    std::optional<QList<QByteArrayView>> elements();

private:
    bool take(char c);
    void skipSpace();
    bool string(QByteArrayView *text);
    bool value(QByteArrayView *text);
    bool atEnd();

    QByteArrayView m_text;
    qsizetype m_at = 0;
};
