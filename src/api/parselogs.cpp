// Decoding of log pages into compact records; runs on a worker thread.
#include "logtypes.h"

#include "jsonshape.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace {

int digits(const QChar *p, int n)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Howard Hinnant's days_from_civil: days since 1970-01-01 of a proleptic Gregorian date.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

// The server writes "2026-11-29T06:16:44.123Z" a hundred thousand times: read that form
// directly and leave every other ISO 8601 spelling to QDateTime.
std::optional<qint64> fastIso(const QString &s)
{
    if (s.size() < 20 || s.at(4) != u'-' || s.at(7) != u'-' || s.at(10) != u'T' || s.at(13) != u':'
        || s.at(16) != u':')
        return std::nullopt;
    const QChar *p = s.constData();
    const int y = digits(p, 4), mo = digits(p + 5, 2), d = digits(p + 8, 2);
    const int h = digits(p + 11, 2), mi = digits(p + 14, 2), sec = digits(p + 17, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59
        || sec < 0 || sec > 60)
        return std::nullopt;
    int pos = 19;
    int ms = 0;
    if (s.at(pos) == u'.') {
        int n = 0;
        ++pos;
        while (pos < s.size() && s.at(pos).isDigit()) {
            if (n < 3)
                ms = ms * 10 + s.at(pos).digitValue();
            ++n;
            ++pos;
        }
        if (n == 0)
            return std::nullopt;
        for (; n < 3; ++n)
            ms *= 10;
    }
    if (pos != s.size() - 1 || s.at(pos) != u'Z')
        return std::nullopt;
    return ((daysFromCivil(y, unsigned(mo), unsigned(d)) * 24 + h) * 60 + mi) * 60000LL
        + sec * 1000LL + ms;
}

class StringTable
{
public:
    explicit StringTable(QStringList *strings)
        : m_strings(strings)
    {
        m_strings->append(QString());
        m_index.insert(QString(), 0);
    }
    quint32 add(const QString &text)
    {
        if (text.isEmpty())
            return 0;
        auto it = m_index.constFind(text);
        if (it != m_index.constEnd())
            return *it;
        const quint32 index = quint32(m_strings->size());
        m_strings->append(text);
        m_index.insert(text, index);
        return index;
    }

private:
    QStringList *m_strings;
    QHash<QString, quint32> m_index;
};

QString nameOf(const QJsonObject &o)
{
    // A trigger's or an incoming webhook's entry names what fired and the function it ran. Both
    // are shown and searched ("orderPlaced → onNewOrder"): the Triggers panel's firing history
    // searches by the trigger's name, which is seldom its function's.
    const QString function = o.value(QLatin1String("function_name")).toString();
    for (const char *key : { "event_subscription_name", "incoming_webhook_name" }) {
        const QString source = o.value(QLatin1String(key)).toString();
        if (source.isEmpty())
            continue;
        if (function.isEmpty() || function == source)
            return source;
        return source + QStringLiteral(" → ") + function;
    }
    if (!function.isEmpty())
        return function;
    const QJsonObject call = o.value(QLatin1String("function_call")).toObject();
    if (!call.isEmpty())
        return call.value(QLatin1String("name")).toString();
    const QJsonObject auth = o.value(QLatin1String("auth_event")).toObject();
    return auth.value(QLatin1String("provider")).toString();
}

QString messagesOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    QStringList lines;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &line : array)
        lines.append(line.isString() ? line.toString()
                                     : QString::fromUtf8(QJsonDocument(QJsonArray { line })
                                                             .toJson(QJsonDocument::Compact)
                                                             .chopped(1)
                                                             .mid(1)));
    return lines.join(u'\n');
}

LogRecord decodeEntry(const QJsonValue &value, StringTable &table)
{
    LogRecord r;
    if (!value.isObject()) {
        r.flags = LogRecord::Malformed | LogRecord::Error;
        r.malformedWhy = LogRecord::NotAnObject;
        return r;
    }
    const QJsonObject o = value.toObject();
    const std::optional<qint64> started
        = parse::logMs(o.value(QLatin1String("started")).toString());
    if (!started) {
        r.flags |= LogRecord::Malformed | LogRecord::Error;
        r.malformedWhy = LogRecord::NoStartedDate;
    } else {
        r.startedMs = *started;
        const std::optional<qint64> completed
            = parse::logMs(o.value(QLatin1String("completed")).toString());
        if (completed)
            r.durationMs = qint32(qBound<qint64>(0, *completed - *started, qint64(INT_MAX)));
    }
    const int status = o.value(QLatin1String("status")).toInt();
    r.status = quint16(qBound(0, status, 65535));
    r.type = table.add(o.value(QLatin1String("type")).toString());
    r.name = table.add(nameOf(o));
    r.userId = table.add(o.value(QLatin1String("user_id")).toString());
    r.coId = table.add(o.value(QLatin1String("co_id")).toString());
    const QString errorCode = o.value(QLatin1String("error_code")).toString();
    const QJsonValue error = o.value(QLatin1String("error"));
    const QString errorText = error.isString() ? error.toString()
        : error.isObject() ? error.toObject().value(QLatin1String("message")).toString()
                           : QString();
    r.errorCode = table.add(errorCode);
    r.error = table.add(errorText);
    r.messages = table.add(messagesOf(o.value(QLatin1String("messages"))));
    const bool authFailed
        = o.value(QLatin1String("auth_event")).toObject().value(QLatin1String("failed")).toBool();
    if (authFailed)
        r.flags |= LogRecord::AuthFailed;
    if (!errorCode.isEmpty() || !errorText.isEmpty() || status >= 400 || authFailed)
        r.flags |= LogRecord::Error;
    const QString id = o.value(QLatin1String("_id")).toString();
    if (!id.isEmpty())
        r.idHash = qHash(id, 0x5eed) ^ (quint64(qHash(id, 0xfeed)) << 32);
    return r;
}

// The entries of the page's "logs" array exactly as sent, so that they need not be written out
// again (which cost more than parsing the page). The last "logs" wins, as in QJsonDocument.
QList<QByteArrayView> logsAsSent(const QByteArray &body)
{
    const std::optional<QList<JsonShape::Member>> members = JsonShape(body).members();
    if (!members)
        return {};
    for (auto it = members->crbegin(); it != members->crend(); ++it) {
        if (it->key == "logs")
            return JsonShape(it->value).elements().value_or(QList<QByteArrayView>());
    }
    return {};
}

} // namespace

QString logDateFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString logDate(const QDateTime &date)
{
    return date.toUTC().toString(Qt::ISODateWithMs);
}

QUrlQuery logQuery(const LogFilter &filter, const LogCursor &cursor, int limit)
{
    QUrlQuery q;
    if (!filter.coId.isEmpty())
        q.addQueryItem(QStringLiteral("co_id"), filter.coId);
    if (filter.errorsOnly)
        q.addQueryItem(QStringLiteral("errors_only"), QStringLiteral("true"));
    if (!filter.userId.isEmpty())
        q.addQueryItem(QStringLiteral("user_id"), filter.userId);
    if (!filter.types.isEmpty())
        q.addQueryItem(QStringLiteral("type"), filter.types.join(u','));
    if (filter.start.isValid())
        q.addQueryItem(QStringLiteral("start_date"), logDate(filter.start));
    // The cursor's end date replaces the filter's: it is always within the filter's range.
    if (!cursor.isNull())
        q.addQueryItem(QStringLiteral("end_date"), cursor.endDate);
    else if (filter.end.isValid())
        q.addQueryItem(QStringLiteral("end_date"), logDate(filter.end));
    if (cursor.skip > 0)
        q.addQueryItem(QStringLiteral("skip"), QString::number(cursor.skip));
    if (limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return q;
}

namespace parse {

std::optional<qint64> logMs(const QString &iso)
{
    if (iso.isEmpty())
        return std::nullopt;
    if (const std::optional<qint64> fast = fastIso(iso))
        return fast;
    QDateTime date = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!date.isValid())
        return std::nullopt;
    if (date.timeSpec() == Qt::LocalTime)
        date.setTimeSpec(Qt::UTC);
    return date.toMSecsSinceEpoch();
}

LogCursorScan logPageCursor(const QByteArray &body)
{
    LogCursorScan scan;
    const std::optional<QList<JsonShape::Member>> members = JsonShape(body).members();
    if (!members)
        return scan;
    const JsonShape::Member *endDate = nullptr;
    const JsonShape::Member *skip = nullptr;
    for (const JsonShape::Member &member : *members) {
        if (member.key.contains('\\'))
            return scan; // an escaped key might spell either name
        for (auto [name, slot] : { std::pair { "nextEndDate", &endDate }, { "nextSkip", &skip } }) {
            if (member.key == name) {
                if (*slot)
                    return scan; // repeated: leave it to QJsonDocument
                *slot = &member;
            }
        }
    }
    qint64 skipValue = 0;
    if (skip && skip->value != "null") {
        bool ok = false;
        skipValue = skip->value.toLongLong(&ok);
        if (!ok)
            return scan; // a fraction, an exponent or a string: leave it to QJsonDocument
    }
    // As logPage reads it: only a non-empty string is a next page.
    const QByteArrayView date = endDate ? endDate->value : QByteArrayView();
    if (date.size() > 2 && date.front() == '"') {
        if (date.contains('\\'))
            return scan;
        scan.next = LogCursor { QString::fromUtf8(date.sliced(1, date.size() - 2)),
                                qMax<qint64>(0, skipValue) };
    }
    scan.certain = true;
    return scan;
}

LogPage logPage(const QByteArray &body, QString *why)
{
    return logPage(body, why, LogEntryVisitor());
}

LogPage logPage(const QByteArray &body, QString *why, const LogEntryVisitor &visit)
{
    LogPage page;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        *why = error.errorString();
        return page;
    }
    if (!doc.isObject() || !doc.object().value(QLatin1String("logs")).isArray()) {
        *why = QStringLiteral("expected an object with a \"logs\" array");
        return page;
    }
    const QJsonObject root = doc.object();
    const QJsonValue next = root.value(QLatin1String("nextEndDate"));
    if (next.isString() && !next.toString().isEmpty())
        page.nextEndDate = next.toString();
    page.nextSkip = qMax<qint64>(0, root.value(QLatin1String("nextSkip")).toInteger());

    StringTable table(&page.strings);
    const QJsonArray logs = root.value(QLatin1String("logs")).toArray();
    page.records.reserve(logs.size());
    QByteArray raw;
    if (!visit)
        raw.reserve(body.size());
    QList<QByteArrayView> asSent = logsAsSent(body);
    if (asSent.size() != logs.size())
        asSent.clear(); // not understood (an escaped key?): write each entry out again instead
    for (qsizetype at = 0; at < logs.size(); ++at) {
        const QJsonValue value = logs.at(at);
        LogRecord r = decodeEntry(value, table);
        // A malformed entry is kept wrapped in an array: only that parses back on its own.
        const QByteArray json = value.isObject()
            ? (asSent.isEmpty() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                : asSent.at(at).toByteArray())
            : QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        if (r.idHash == 0)
            r.idHash = qHash(json, 0x5eed) ^ (quint64(qHash(json, 0xfeed)) << 32);
        if (r.isMalformed())
            ++page.malformed;
        if (visit) {
            visit(value, json, r, page.strings);
            continue;
        }
        r.offset = quint32(raw.size());
        r.length = quint32(json.size());
        raw += json;
        page.records.append(r);
    }
    if (visit)
        return page;
    // Level 1: over twice as fast as the default for a quarter more bytes (about 40 per entry);
    // while everything loads, the decoder must keep up with the server.
    page.compressed = qCompress(raw, 1);
    return page;
}

} // namespace parse
