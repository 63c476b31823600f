#include "logarchiverow.h"

#include <api/jsonshape.h>

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace logarchiverow {

namespace {

const QRegularExpression &secretPattern()
{
    // A query parameter named secret (webhook URLs carry ?secret=...), up to the next & or
    // the end of the URL.
    static const QRegularExpression pattern(
        QStringLiteral("([?&]secret=)[^&\\s\"'<>#]*"), QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QString kRedacted = QStringLiteral("REDACTED");

// Extra JSON is kept as written unless compressing it saves a quarter: most extras are a few
// dozen bytes shared by thousands of entries, where zlib's header would cost more.

// The keys whose values a row keeps in columns, by the flag that says it did.
const std::pair<int, QByteArrayView> inColumns[] = {
    { IdInColumn, "_id" },           { StartedInColumn, "started" },
    { CompletedInColumn, "completed" }, { StatusInColumn, "status" },
    { TypeInColumn, "type" },         { UserInColumn, "user_id" },
    { RequestInColumn, "co_id" },     { ErrorInColumn, "error" },
    { ErrorCodeInColumn, "error_code" }, { FunctionNameInColumn, "function_name" },
    { MessagesInColumn, "messages" },
};

// The members left after the columns took theirs, copied as the service wrote them: writing a
// QJsonObject out again cost more than the row's insert. Keys that went to columns are known
// by the flags; nullopt when the text is not an object JsonShape can read.
std::optional<QByteArray> extraAsSent(const QByteArray &raw, int flags)
{
    const std::optional<QList<JsonShape::Member>> members = JsonShape(raw).members();
    if (!members)
        return std::nullopt;
    QByteArray json;
    json.reserve(raw.size());
    json += '{';
    for (const JsonShape::Member &member : *members) {
        const bool inColumn = std::any_of(std::begin(inColumns), std::end(inColumns),
                                          [&](const auto &c) {
                                              return (flags & c.first) && member.key == c.second;
                                          });
        if (inColumn)
            continue;
        if (json.size() > 1)
            json += ',';
        json += '"';
        json += member.key;
        json += "\":";
        json += member.value;
    }
    json += '}';
    return json;
}

QByteArray packText(const QByteArray &json)
{
    if (json.size() <= 256)
        return json;
    // The same extras recur entry after entry: compressing each again (often to keep it as it
    // was) cost the decoder more than finding the answer given last time.
    thread_local QHash<QByteArray, QByteArray> packed;
    const auto known = packed.constFind(json);
    if (known != packed.constEnd())
        return *known;
    const QByteArray z = qCompress(json, 6);
    const QByteArray result = z.size() * 4 < json.size() * 3 ? 'z' + z : json;
    if (packed.size() >= 1024)
        packed.clear();
    packed.insert(json, result);
    return result;
}

// A "secret=" in any case: an '=' is rare in log JSON, so look for those and what precedes them.
bool mayHoldSecret(QByteArrayView json)
{
    static constexpr char kName[] = "secret";
    const qsizetype n = sizeof(kName) - 1;
    for (qsizetype at = json.indexOf('='); at >= 0; at = json.indexOf('=', at + 1)) {
        if (at >= n && json.sliced(at - n, n).compare(QByteArrayView(kName, n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray unpackExtra(const QByteArray &extra)
{
    return extra.startsWith('z') ? qUncompress(extra.mid(1)) : extra;
}

// The service's own spelling, "2026-11-29T06:16:44.123Z", which logDateFromMs gives back; read
// rather than written, because formatting a QDateTime per entry cost more than the insert.
bool takeDate(const QJsonObject &o, const char *key, qint64 ms, int flag, int *flags)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QString text = v.toString();
    if (text.size() != 24 || text.at(19) != u'.' || text.at(23) != u'Z'
        || text.mid(17, 2) == QLatin1String("60") || parse::logMs(text) != ms)
        return false;
    *flags |= flag;
    return true;
}

bool takeString(const QJsonObject &o, const char *key, const QString &column, int flag, int *flags)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString() != column)
        return false;
    *flags |= flag;
    return true;
}

bool messagesFitColumn(const QJsonValue &messages, const QString &joined)
{
    if (!messages.isArray())
        return false;
    const QJsonArray lines = messages.toArray();
    if (lines.size() == 1 && lines.first().toString().isEmpty())
        return false; // [""] and [] would both come back as []
    QStringList texts;
    for (const QJsonValue &line : lines) {
        if (!line.isString() || line.toString().contains(u'\n'))
            return false;
        texts.append(line.toString());
    }
    return texts.join(u'\n') == joined;
}

} // namespace

QString redactSecrets(const QString &text)
{
    if (!text.contains(QLatin1String("secret="), Qt::CaseInsensitive))
        return text;
    QString copy = text;
    return copy.replace(secretPattern(), QStringLiteral("\\1") + kRedacted);
}

QByteArray redactSecrets(const QByteArray &json)
{
    if (!mayHoldSecret(json))
        return json;
    return redactSecrets(QString::fromUtf8(json)).toUtf8();
}

QVariant packId(const QString &id)
{
    if (id.size() != 24)
        return id;
    for (const QChar c : id) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return id;
    }
    return QByteArray::fromHex(id.toLatin1());
}

QString unpackId(const QByteArray &bytes, bool isBlob)
{
    return isBlob ? QString::fromLatin1(bytes.toHex()) : QString::fromUtf8(bytes);
}

LogArchiveEntry fromEntry(const QByteArray &sent, const LogRecord &r, const QStringList &strings)
{
    return fromEntry(sent, QJsonValue(QJsonValue::Undefined), r, strings);
}

LogArchiveEntry fromEntry(const QByteArray &sent, const QJsonValue &decoded, const LogRecord &r,
                          const QStringList &strings)
{
    const QByteArray raw = redactSecrets(sent);
    LogArchiveEntry e;
    e.flags = r.flags;
    e.startedMs = r.startedMs;
    e.durationMs = r.durationMs;
    e.status = r.status;
    const auto text = [&strings](quint32 index) { return redactSecrets(strings.value(index)); };
    e.type = text(r.type);
    e.functionName = text(r.name);
    e.userId = text(r.userId);
    e.requestId = text(r.coId);
    e.errorCode = text(r.errorCode);
    e.error = text(r.error);
    e.message = text(r.messages);
    // The page's decoded value serves unless redaction changed the text (then it is decoded
    // again from the redacted text, so no secret reaches the extra JSON).
    const bool useDecoded = !decoded.isUndefined() && raw.size() == sent.size()
        && raw.constData() == sent.constData();
    QJsonValue value = decoded;
    if (!useDecoded) {
        const QJsonDocument doc = QJsonDocument::fromJson(raw);
        value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(QJsonValue::Null);
    }
    // A malformed entry arrives wrapped in an array (LogStore's way of keeping any value).
    if (!value.isObject()) {
        e.flags |= NotAnObject;
        e.extra = raw;
        e.id = QStringLiteral("raw:")
            + QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha1).toHex());
        return e;
    }
    // Read, not taken apart: the extra is cut from the text as sent, by the flags.
    const QJsonObject o = value.toObject();
    const QJsonValue id = o.value(QLatin1String("_id"));
    if (id.isString() && !id.toString().isEmpty()) {
        e.id = id.toString();
        e.flags |= IdInColumn;
    } else {
        // Without an _id, the same entry sent twice is still one entry.
        e.id = QStringLiteral("raw:")
            + QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha1).toHex());
    }
    if (!r.isMalformed() && takeDate(o, "started", r.startedMs, StartedInColumn, &e.flags)
        && r.durationMs >= 0)
        takeDate(o, "completed", r.startedMs + r.durationMs, CompletedInColumn, &e.flags);
    const QJsonValue status = o.value(QLatin1String("status"));
    if (status.isDouble() && status.toDouble() == double(e.status))
        e.flags |= StatusInColumn;
    takeString(o, "type", e.type, TypeInColumn, &e.flags);
    takeString(o, "user_id", e.userId, UserInColumn, &e.flags);
    takeString(o, "co_id", e.requestId, RequestInColumn, &e.flags);
    takeString(o, "error", e.error, ErrorInColumn, &e.flags);
    takeString(o, "error_code", e.errorCode, ErrorCodeInColumn, &e.flags);
    if (!e.functionName.isEmpty())
        takeString(o, "function_name", e.functionName, FunctionNameInColumn, &e.flags);
    if (messagesFitColumn(o.value(QLatin1String("messages")), e.message))
        e.flags |= MessagesInColumn;
    const std::optional<QByteArray> asSent = extraAsSent(raw, e.flags);
    if (asSent) {
        e.extra = packText(*asSent);
        return e;
    }
    QJsonObject rest = o;
    for (const auto &[flag, key] : inColumns) {
        if (e.flags & flag)
            rest.remove(QLatin1String(key.data(), key.size()));
    }
    e.extra = packText(QJsonDocument(rest).toJson(QJsonDocument::Compact));
    return e;
}

QJsonValue entryJson(const LogArchiveEntry &e)
{
    const QJsonDocument doc = QJsonDocument::fromJson(unpackExtra(e.extra));
    if (e.flags & NotAnObject) {
        if (doc.isArray() && doc.array().size() == 1)
            return doc.array().at(0);
        return QJsonValue(QString::fromUtf8(e.extra));
    }
    QJsonObject o = doc.object();
    const auto put = [&o, &e](int flag, const char *key, const QJsonValue &value) {
        if (e.flags & flag)
            o.insert(QLatin1String(key), value);
    };
    put(IdInColumn, "_id", e.id);
    put(StartedInColumn, "started", logDateFromMs(e.startedMs));
    put(CompletedInColumn, "completed", logDateFromMs(e.startedMs + e.durationMs));
    put(StatusInColumn, "status", e.status);
    put(TypeInColumn, "type", e.type);
    put(UserInColumn, "user_id", e.userId);
    put(RequestInColumn, "co_id", e.requestId);
    put(ErrorInColumn, "error", e.error);
    put(ErrorCodeInColumn, "error_code", e.errorCode);
    put(FunctionNameInColumn, "function_name", e.functionName);
    if (e.flags & MessagesInColumn)
        o.insert(QLatin1String("messages"),
                 e.message.isEmpty() ? QJsonArray()
                                     : QJsonArray::fromStringList(e.message.split(u'\n')));
    return o;
}

QByteArray entryBytes(const LogArchiveEntry &e)
{
    const QJsonValue v = entryJson(e);
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    // Any other value written out as the service sent it: JSON text of the one element.
    return QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact).chopped(1).mid(1);
}

} // namespace logarchiverow
