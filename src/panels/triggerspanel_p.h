#pragma once

// What the Triggers panel's source files share.

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

namespace triggerspanel {

constexpr int kWatchInterval = 60 * 1000;
constexpr int kFreshForMs = 10 * 1000; //!< a list this young needs no poll (focus, start-up)

inline const QStringList &knownProviderTypes()
{
    // The types an authentication trigger may name (the server's list).
    static const QStringList types { QStringLiteral("anon-user"),
                                     QStringLiteral("local-userpass"),
                                     QStringLiteral("api-key"),
                                     QStringLiteral("oauth2-google"),
                                     QStringLiteral("oauth2-facebook"),
                                     QStringLiteral("custom-token"),
                                     QStringLiteral("custom-function") };
    return types;
}

// The config keys each form shows; the rest are kept as they were.
inline QStringList formKeys(const QString &type)
{
    if (type == QLatin1String("DATABASE"))
        return { QStringLiteral("service_id"), QStringLiteral("database"),
                 QStringLiteral("collection"), QStringLiteral("operation_types"),
                 QStringLiteral("full_document"), QStringLiteral("match") };
    if (type == QLatin1String("AUTHENTICATION"))
        return { QStringLiteral("operation_type"), QStringLiteral("providers") };
    if (type == QLatin1String("SCHEDULED"))
        return { QStringLiteral("schedule"), QStringLiteral("skip_catchup_events") };
    return {};
}

inline QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings << item.toString();
    return strings;
}

} // namespace triggerspanel
