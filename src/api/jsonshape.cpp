#include "jsonshape.h"

#include <cstring>

std::optional<QList<JsonShape::Member>> JsonShape::members()
{
    m_at = 0;
    QList<Member> found;
    skipSpace();
    if (!take('{'))
        return std::nullopt;
    skipSpace();
    if (take('}'))
        return atEnd() ? std::optional(found) : std::nullopt;
    for (;;) {
        Member member;
        skipSpace();
        if (!string(&member.key))
            return std::nullopt;
        skipSpace();
        if (!take(':'))
            return std::nullopt;
        skipSpace();
        if (!value(&member.value))
            return std::nullopt;
        found.append(member);
        skipSpace();
        if (take('}'))
            return atEnd() ? std::optional(found) : std::nullopt;
        if (!take(','))
            return std::nullopt;
    }
}

std::optional<QList<QByteArrayView>> JsonShape::elements()
{
    m_at = 0;
    QList<QByteArrayView> found;
    skipSpace();
    if (!take('['))
        return std::nullopt;
    skipSpace();
    if (take(']'))
        return atEnd() ? std::optional(found) : std::nullopt;
    for (;;) {
        QByteArrayView element;
        skipSpace();
        if (!value(&element))
            return std::nullopt;
        found.append(element);
        skipSpace();
        if (take(']'))
            return atEnd() ? std::optional(found) : std::nullopt;
        if (!take(','))
            return std::nullopt;
    }
}

bool JsonShape::take(char c)
{
    if (m_at < m_text.size() && m_text[m_at] == c) {
        ++m_at;
        return true;
    }
    return false;
}

void JsonShape::skipSpace()
{
    while (m_at < m_text.size()) {
        const char c = m_text[m_at];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_at;
    }
}

bool JsonShape::atEnd()
{
    skipSpace();
    return m_at == m_text.size();
}

bool JsonShape::string(QByteArrayView *text)
{
    if (!take('"'))
        return false;
    // memchr to each quote, which ends the string unless an odd run of backslashes escapes it:
    // a log page is mostly strings, and a byte at a time was a fifth of the archive's decoding.
    const qsizetype start = m_at;
    const char *const first = m_text.data() + start;
    const char *const end = m_text.data() + m_text.size();
    for (const char *from = first; from < end;) {
        const char *quote = static_cast<const char *>(std::memchr(from, '"', size_t(end - from)));
        if (!quote)
            break;
        const char *escapes = quote;
        while (escapes > first && escapes[-1] == '\\')
            --escapes;
        if ((quote - escapes) % 2 == 0) {
            *text = m_text.sliced(start, quote - first);
            m_at = (quote - m_text.data()) + 1;
            return true;
        }
        from = quote + 1;
    }
    m_at = m_text.size();
    return false;
}

bool JsonShape::value(QByteArrayView *text)
{
    const qsizetype start = m_at;
    if (m_at >= m_text.size())
        return false;
    QByteArrayView ignored;
    if (m_text[m_at] == '"') {
        if (!string(&ignored))
            return false;
    } else if (m_text[m_at] == '{' || m_text[m_at] == '[') {
        // Depth only: what is inside is the caller's, or QJsonDocument's, to judge.
        int depth = 0;
        do {
            const char c = m_text[m_at];
            if (c == '"') {
                if (!string(&ignored))
                    return false;
                continue;
            }
            ++m_at;
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']')
                --depth;
        } while (depth > 0 && m_at < m_text.size());
        if (depth > 0)
            return false;
    } else { // a number, true, false or null
        while (m_at < m_text.size()) {
            const char c = m_text[m_at];
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
                break;
            ++m_at;
        }
        if (m_at == start)
            return false;
    }
    *text = m_text.sliced(start, m_at - start);
    return true;
}
