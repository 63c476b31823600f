#include "localserver.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QRegularExpression>
#include <QTextStream>

#include <type_traits>

namespace stitchlocal {

namespace {

bool parseListen(const QString &spec, ServerOptions *options)
{
    QString host;
    QString port;
    if (spec.startsWith(u'[')) {
        const qsizetype close = spec.indexOf(u']');
        if (close < 0 || spec.mid(close + 1, 1) != QLatin1String(":"))
            return false;
        host = spec.mid(1, close - 1);
        port = spec.mid(close + 2);
    } else {
        const qsizetype colon = spec.lastIndexOf(u':');
        if (colon < 0)
            return false;
        host = spec.left(colon);
        port = spec.mid(colon + 1);
        if (host.contains(u':'))
            return false; // an IPv6 address goes in brackets
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (!digits.match(port).hasMatch() || !ok || number > 65535)
        return false;
    QHostAddress address;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return false;
    options->address = address;
    options->port = quint16(number);
    return true;
}

bool parseAdmin(const QString &spec, AdminSpec::Kind kind, AdminSpec *admin)
{
    const QStringList parts = spec.split(u':');
    if (parts.size() < 2 || parts.size() > 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return false;
    static const QRegularExpression groupId(QStringLiteral("^[0-9a-fA-F]{24}$"));
    if (parts.size() == 3 && !groupId.match(parts.at(2)).hasMatch())
        return false;
    admin->kind = kind;
    admin->name = parts.at(0);
    admin->secret = parts.at(1);
    admin->groupId = parts.size() == 3 ? parts.at(2).toLower() : QString();
    return true;
}

} // namespace

bool parseServerArguments(const QStringList &arguments, ServerOptions *options, QString *error,
                          bool *exitNow)
{
    *exitNow = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("stitch-local: a local server of the MongoDB Stitch Admin API v3.0.\n"
                       "Serves /api/admin/v3.0 over HTTP from a SQLite store in its data folder."));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  QStringLiteral("Shows this help and exits."));
    const QCommandLineOption version(QStringLiteral("version"),
                                     QStringLiteral("Shows the version and exits."));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Address and port to listen on (default 127.0.0.1:7080; port 0 picks a "
                       "free one; IPv6 as [::1]:7080)."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption data(
        QStringLiteral("data"),
        QStringLiteral("Data folder holding the store (default: the user's app data folder "
                       "for stitch-local); created if missing."),
        QStringLiteral("DIR"));
    const QCommandLineOption adminKey(
        QStringLiteral("admin-key"),
        QStringLiteral("An administrator logging in with the mongodb-cloud provider: public "
                       "and private API key, and optionally its 24-hex group id. Repeatable."),
        QStringLiteral("PUBLIC:PRIVATE[:GROUPID]"));
    const QCommandLineOption adminUser(
        QStringLiteral("admin-user"),
        QStringLiteral("An administrator logging in with the local provider: user name and "
                       "password, and optionally its 24-hex group id. Repeatable."),
        QStringLiteral("NAME:PASSWORD[:GROUPID]"));
    const QCommandLineOption tokenTtl(
        QStringLiteral("token-ttl"),
        QStringLiteral("Lifetime of an access token in seconds (default 1800)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("When the data folder is new, create a demo app with functions, "
                       "values, a trigger, two users (ada@example.com and linus@example.com, "
                       "password stitch-demo), hosting files and logs."));
    const QCommandLineOption allowRemote(
        QStringLiteral("allow-remote"),
        QStringLiteral("Allow listening on an address other than loopback (also needs an "
                       "admin given with --admin-key or --admin-user)."));
    const QCommandLineOption maxBody(
        QStringLiteral("max-body-bytes"),
        QStringLiteral("Largest request body accepted; larger ones get 413 (default 64 MiB)."),
        QStringLiteral("N"));
    const QCommandLineOption maxUpload(
        QStringLiteral("max-upload-bytes"),
        QStringLiteral("Largest hosting upload accepted (default 512 MiB); its body is written "
                       "to the data folder as it comes, not held in memory."),
        QStringLiteral("N"));
    const QCommandLineOption functionTimeLimit(
        QStringLiteral("function-time-limit"),
        QStringLiteral("Longest a function run may take, in seconds (default 90)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption debugTimeLimit(
        QStringLiteral("debug-time-limit"),
        QStringLiteral("Longest a debug session (the console's Debug) may last, paused or "
                       "not, in seconds (default 600); then its process is stopped."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Seconds a connection may stay open with no request in progress "
                       "(default 60)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption requestTimeout(
        QStringLiteral("request-timeout"),
        QStringLiteral("Seconds a client has to send a request's headers, and longest pause "
                       "inside its body; past it: 408 (default 30)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        QStringLiteral("Connections open at once; past it a new one is answered 503 with "
                       "Retry-After and closed, and those open go on (default 256)."),
        QStringLiteral("N"));
    const QCommandLineOption seedLogs(
        QStringLiteral("seed-logs"),
        QStringLiteral("Before serving, add N synthetic log entries to every app (mixed types, "
                       "errors, users, runs of equal timestamps), to try paging and load."),
        QStringLiteral("N"));
    const QCommandLineOption seedApp(
        QStringLiteral("seed-app"),
        QStringLiteral("With --demo: before serving, give demo-app N functions, N values and "
                       "N/10 triggers (fn_00000 ..., one transaction), to try the console at size."),
        QStringLiteral("N"));
    const QCommandLineOption seedApps(
        QStringLiteral("seed-apps"),
        QStringLiteral("With --demo: before serving, add M empty apps (app_0000 ...) to "
                       "demo-app's group."),
        QStringLiteral("M"));
    const QCommandLineOption deployDelay(
        QStringLiteral("deploy-delay-ms"),
        QStringLiteral("Deploy drafts asynchronously, as the real service does: a new "
                       "deployment is \"pending\" for this many milliseconds, then "
                       "\"successful\" or \"failed\" (default 0: applied before answering)."),
        QStringLiteral("MS"));
    parser.addOptions({ help, version, listen, data, adminKey, adminUser, tokenTtl, demo,
                        allowRemote, maxBody, functionTimeLimit, debugTimeLimit, idleTimeout,
                        requestTimeout, maxConnections, seedLogs, seedApp, seedApps, deployDelay,
                        maxUpload });

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        QTextStream out(stdout);
        if (parser.isSet(help))
            out << parser.helpText();
        else
            out << "stitch-local " << STITCH_VERSION << Qt::endl;
        out.flush();
        *exitNow = true;
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error
            = QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first());
        return false;
    }

    ServerOptions parsed;
    if (parser.isSet(listen) && !parseListen(parser.value(listen), &parsed)) {
        *error = QStringLiteral("bad --listen %1: expected HOST:PORT").arg(parser.value(listen));
        return false;
    }
    if (parser.isSet(data)) {
        parsed.dataDir = parser.value(data);
        if (parsed.dataDir.isEmpty()) {
            *error = QStringLiteral("--data needs a folder");
            return false;
        }
    }
    const QList<QPair<QCommandLineOption, AdminSpec::Kind>> adminOptions {
        { adminKey, AdminSpec::Kind::ApiKey }, { adminUser, AdminSpec::Kind::UserPassword }
    };
    for (const auto &option : adminOptions) {
        const QStringList specs = parser.values(option.first);
        for (const QString &spec : specs) {
            AdminSpec admin;
            if (!parseAdmin(spec, option.second, &admin)) {
                *error
                    = QStringLiteral("bad --%1 %2: expected %3")
                          .arg(option.first.names().constFirst(), spec, option.first.valueName());
                return false;
            }
            parsed.admins.append(admin);
        }
    }
    // Numbers: each must read whole as its type and be in range, or the error names the option.
    double debugTimeLimitSeconds = parsed.debugSessionTimeLimitMs / 1000.0;
    const auto number = [&](const QCommandLineOption &option, auto *value, bool zeroAllowed,
                            const char *expected) {
        if (!parser.isSet(option))
            return true;
        const QString text = parser.value(option);
        bool ok = false;
        using T = std::remove_pointer_t<decltype(value)>;
        if constexpr (std::is_same_v<T, double>)
            *value = text.toDouble(&ok);
        else if constexpr (std::is_same_v<T, qint64>)
            *value = text.toLongLong(&ok);
        else
            *value = text.toInt(&ok);
        if (ok && (*value > 0 || (zeroAllowed && *value == 0)))
            return true;
        *error = QStringLiteral("bad --%1 %2: expected %3")
                     .arg(option.names().constFirst(), text, QLatin1String(expected));
        return false;
    };
    if (!number(tokenTtl, &parsed.tokenTtlSeconds, false, "a positive number of seconds")
        || !number(maxBody, &parsed.maxBodyBytes, false, "a positive number")
        || !number(maxUpload, &parsed.maxUploadBytes, false, "a positive number")
        || !number(functionTimeLimit, &parsed.functionTimeLimitSeconds, false,
                   "a positive number of seconds")
        || !number(debugTimeLimit, &debugTimeLimitSeconds, false, "a positive number of seconds")
        || !number(idleTimeout, &parsed.idleTimeoutSeconds, false, "a positive number of seconds")
        || !number(requestTimeout, &parsed.requestTimeoutSeconds, false,
                   "a positive number of seconds")
        || !number(maxConnections, &parsed.maxConnections, false, "a positive number")
        || !number(seedLogs, &parsed.seedLogs, true, "a number of entries")
        || !number(seedApp, &parsed.seedApp.functions, true, "a number of functions")
        || !number(seedApps, &parsed.seedApp.apps, true, "a number of apps")
        || !number(deployDelay, &parsed.deployDelayMs, true, "a number of milliseconds"))
        return false;
    // QTimer counts in int milliseconds: a day is as long as a debug session may be asked to last.
    parsed.debugSessionTimeLimitMs = qMax(1, int(qMin(debugTimeLimitSeconds, 86400.0) * 1000));
    parsed.seedApp.values = parsed.seedApp.functions;
    parsed.seedApp.triggers = parsed.seedApp.functions / 10;
    parsed.demo = parser.isSet(demo);
    if (!parsed.seedApp.isEmpty() && !parsed.demo) {
        *error = QStringLiteral("--seed-app and --seed-apps fill the demo app: add --demo");
        return false;
    }
    parsed.allowRemote = parser.isSet(allowRemote);
    if (!parsed.address.isLoopback()) {
        if (!parsed.allowRemote) {
            *error = QStringLiteral("listening on %1 needs --allow-remote")
                         .arg(parsed.address.toString());
            return false;
        }
        if (parsed.admins.isEmpty()) {
            *error = QStringLiteral("listening on %1 needs at least one --admin-key or "
                                    "--admin-user")
                         .arg(parsed.address.toString());
            return false;
        }
    }
    *options = parsed;
    return true;
}

qint64 ServerOptions::nowMs() const
{
    return clockMs ? clockMs() : QDateTime::currentMSecsSinceEpoch();
}

} // namespace stitchlocal
