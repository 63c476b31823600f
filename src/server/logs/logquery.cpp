#include "logquery.h"

#include "../store.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QUrlQuery>

#include <limits>

namespace stitchlocal {

namespace {

// The log types of the reference (2025 OpenAPI) and WIRE.md; anything else is a typo the
// caller should hear about rather than an empty page.
const QSet<QString> &knownTypes()
{
    static const QSet<QString> types {
        QStringLiteral("TRIGGER_FAILURE"),
        QStringLiteral("TRIGGER_ERROR_HANDLER"),
        QStringLiteral("DB_TRIGGER"),
        QStringLiteral("AUTH_TRIGGER"),
        QStringLiteral("SCHEDULED_TRIGGER"),
        QStringLiteral("FUNCTION"),
        QStringLiteral("SERVICE_FUNCTION"),
        QStringLiteral("STREAM_FUNCTION"),
        QStringLiteral("SERVICE_STREAM_FUNCTION"),
        QStringLiteral("AUTH"),
        QStringLiteral("WEBHOOK"),
        QStringLiteral("ENDPOINT"),
        QStringLiteral("PUSH"),
        QStringLiteral("API"),
        QStringLiteral("API_KEY"),
        QStringLiteral("GRAPHQL"),
        QStringLiteral("SYNC_CONNECTION_START"),
        QStringLiteral("SYNC_CONNECTION_END"),
        QStringLiteral("SYNC_SESSION_START"),
        QStringLiteral("SYNC_SESSION_END"),
        QStringLiteral("SYNC_CLIENT_WRITE"),
        QStringLiteral("SYNC_ERROR"),
        QStringLiteral("SYNC_OTHER"),
        QStringLiteral("SCHEMA_ADDITIVE_CHANGE"),
        QStringLiteral("SCHEMA_GENERATION"),
        QStringLiteral("SCHEMA_VALIDATION"),
        QStringLiteral("LOG_FORWARDER"),
    };
    return types;
}

Reply invalid(const QString &message)
{
    return Reply::error(400, QStringLiteral("InvalidParameter"), message);
}

Failure parseDate(const QString &name, const QString &text, std::optional<qint64> *ms)
{
    QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!date.isValid())
        return invalid(QStringLiteral("%1 must be an ISO 8601 date, e.g. "
                                      "2020-01-31T12:00:00.000Z; got '%2'")
                           .arg(name, text));
    // A date without a zone is read as UTC, the zone every date of the API is written in.
    if (date.timeSpec() == Qt::LocalTime)
        date.setTimeSpec(Qt::UTC);
    *ms = date.toMSecsSinceEpoch();
    return std::nullopt;
}

Failure parseNumber(const QString &name, const QString &text, qint64 min, qint64 max, qint64 *value)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    bool ok = digits.match(text).hasMatch();
    const qint64 number = ok ? text.toLongLong(&ok) : 0;
    if (!ok || number < min || number > max)
        return invalid(QStringLiteral("%1 must be a whole number from %2 to %3; got '%4'")
                           .arg(name)
                           .arg(min)
                           .arg(max)
                           .arg(text));
    *value = number;
    return std::nullopt;
}

// The WHERE clause shared by the page and the nextSkip count. SQLite picks one index per
// query; the unary '+' keeps it on the most selective filter (co_id, then user_id, then type,
// then errors) and leaves the others as checks on the rows that index yields.
struct Filter
{
    QString sql;
    QVariantList values;
};

Filter filterFor(const QString &appId, const LogQuery &q, const QString &type, bool anyType)
{
    Filter f { QStringLiteral("app_id = ?"), { appId } };
    bool indexed = false;
    const auto add = [&](const QString &column, const QString &op, const QVariantList &values) {
        f.sql += QStringLiteral(" AND %1%2 %3")
                     .arg(indexed ? QStringLiteral("+") : QString(), column, op);
        f.values += values;
        indexed = true;
    };
    if (!q.coId.isEmpty())
        add(QStringLiteral("co_id"), QStringLiteral("= ?"), { q.coId });
    if (!q.userId.isEmpty())
        add(QStringLiteral("user_id"), QStringLiteral("= ?"), { q.userId });
    if (!type.isEmpty()) {
        add(QStringLiteral("type"), QStringLiteral("= ?"), { type });
    } else if (anyType && !q.types.isEmpty()) {
        QStringList marks;
        QVariantList values;
        for (const QString &t : q.types) {
            marks.append(QStringLiteral("?"));
            values.append(t);
        }
        add(QStringLiteral("type"), QStringLiteral("IN (%1)").arg(marks.join(u',')), values);
    }
    if (q.errorsOnly)
        add(QStringLiteral("is_error"), QStringLiteral("= 1"), {});
    if (q.endMs) {
        f.sql += QStringLiteral(" AND started <= ?");
        f.values.append(*q.endMs);
    }
    if (q.startMs) {
        f.sql += QStringLiteral(" AND started > ?");
        f.values.append(*q.startMs);
    }
    return f;
}

} // namespace

QString isoFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

Failure parseLogQuery(const QUrlQuery &query, LogQuery *parsed)
{
    LogQuery q;
    const auto value = [&query](const char *key) {
        return query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded).trimmed();
    };
    q.coId = value("co_id");
    q.userId = value("user_id");
    if (query.hasQueryItem(QStringLiteral("errors_only"))) {
        const QString flag = value("errors_only").toLower();
        if (flag.isEmpty() || flag == QLatin1String("true") || flag == QLatin1String("1"))
            q.errorsOnly = true;
        else if (flag != QLatin1String("false") && flag != QLatin1String("0"))
            return invalid(QStringLiteral("errors_only must be true or false; got '%1'")
                               .arg(value("errors_only")));
    }
    if (const QString types = value("type"); !types.isEmpty()) {
        const QStringList list = types.split(u',');
        for (const QString &item : list) {
            const QString type = item.trimmed().toUpper();
            if (!knownTypes().contains(type))
                return invalid(QStringLiteral("type: unknown log type '%1'").arg(item.trimmed()));
            if (!q.types.contains(type))
                q.types.append(type);
        }
    }
    if (const QString start = value("start_date"); !start.isEmpty()) {
        if (Failure failure = parseDate(QStringLiteral("start_date"), start, &q.startMs))
            return failure;
    }
    if (const QString end = value("end_date"); !end.isEmpty()) {
        if (Failure failure = parseDate(QStringLiteral("end_date"), end, &q.endMs))
            return failure;
    }
    if (const QString limit = value("limit"); !limit.isEmpty()) {
        qint64 number = 0;
        if (Failure failure = parseNumber(QStringLiteral("limit"), limit, 1, 100, &number))
            return failure;
        q.limit = int(number);
    }
    if (const QString skip = value("skip"); !skip.isEmpty()) {
        if (Failure failure = parseNumber(QStringLiteral("skip"), skip, 0,
                                          std::numeric_limits<int>::max(), &q.skip))
            return failure;
    }
    *parsed = q;
    return std::nullopt;
}

bool readLogPage(const Store &store, const QString &appId, const LogQuery &q, LogPage *page)
{
    // One row more than the page tells whether more remain, and where the next page starts.
    const qint64 wanted = q.limit + 1;
    const QString order = QStringLiteral(" ORDER BY started DESC, seq DESC");
    QString sql;
    QVariantList values;
    // Several types without a narrower filter: one ordered index walk per type, merged. A
    // single "type IN (...)" walk could not come out in time order without sorting every match.
    const bool merge = q.types.size() > 1 && q.coId.isEmpty() && q.userId.isEmpty();
    if (merge) {
        QStringList branches;
        for (const QString &type : q.types) {
            const Filter f = filterFor(appId, q, type, false);
            branches.append(QStringLiteral("SELECT * FROM (SELECT seq, started, doc FROM logs "
                                           "WHERE %1%2 LIMIT ?)")
                                .arg(f.sql, order));
            values += f.values;
            values.append(wanted + q.skip);
        }
        sql = branches.join(QStringLiteral(" UNION ALL ")) + order
            + QStringLiteral(" LIMIT ? OFFSET ?");
    } else {
        const Filter f = filterFor(appId, q, QString(), true);
        sql = QStringLiteral("SELECT seq, started, doc FROM logs WHERE %1%2 LIMIT ? OFFSET ?")
                  .arg(f.sql, order);
        values = f.values;
    }
    values.append(wanted);
    values.append(q.skip);

    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!store.exec(query, sql, values))
        return false;
    LogPage result;
    qint64 nextSeq = 0;
    while (query.next()) {
        if (result.docs.size() == q.limit) {
            nextSeq = query.value(0).toLongLong();
            result.nextEndMs = query.value(1).toLongLong();
            break;
        }
        result.docs.append(query.value(2).toByteArray());
    }
    query.finish();

    if (result.nextEndMs) {
        // The next page asks for end_date = its first entry's millisecond; skip must pass over
        // every entry of that millisecond already returned, on this page or earlier ones.
        LogQuery tie = q;
        tie.endMs = result.nextEndMs;
        const Filter f = filterFor(appId, tie, QString(), true);
        QSqlQuery count(store.database());
        if (!store.exec(count,
                        QStringLiteral("SELECT count(*) FROM logs WHERE %1 AND started = ? "
                                       "AND seq > ?")
                            .arg(f.sql),
                        f.values + QVariantList { *result.nextEndMs, nextSeq })
            || !count.next())
            return false;
        if (const qint64 before = count.value(0).toLongLong(); before > 0)
            result.nextSkip = before;
    }
    *page = result;
    return true;
}

QByteArray LogPage::toJson() const
{
    QByteArray json = "{\"logs\":[";
    for (qsizetype i = 0; i < docs.size(); ++i) {
        if (i > 0)
            json += ',';
        json += docs.at(i);
    }
    json += ']';
    if (nextEndMs)
        json += ",\"nextEndDate\":\"" + isoFromMs(*nextEndMs).toLatin1() + '"';
    if (nextSkip)
        json += ",\"nextSkip\":" + QByteArray::number(*nextSkip);
    json += '}';
    return json;
}

} // namespace stitchlocal
