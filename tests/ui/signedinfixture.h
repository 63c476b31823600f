#pragma once

// The world of every panel test: a real LocalServer (with its demo app) on 127.0.0.1, port 0, a
// Session signed in through the production ApiClient with the demo app current, and a second
// client of the same admin to change things "behind the console's back". A panel under test is
// built with fixture.session.get(); what the panel did is checked through fixture.other's API
// calls, waited for with finish().

#include <api/apiclient.h>
#include <api/appcalls.h>
#include <api/functioncalls.h>
#include <server/localserver.h>
#include <session/session.h>

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

class SignedInFixture
{
public:
    QTemporaryDir dir;
    std::unique_ptr<stitchlocal::LocalServer> server;
    std::unique_ptr<Session> session;
    std::unique_ptr<Session> other; //!< the "second client"
    QString groupId;
    App app;
    stitchlocal::ServerOptions serverOptions; //!< as the server was started

    //! Stops the server (its listener and store go; what it stored stays in dir).
    void stopServer() { server.reset(); }

    //! Starts the server again on the same port and data folder, with the options it had
    //! (changed by adjust); tokens issued before stay valid, as they are stored.
    bool restartServer(const std::function<void(stitchlocal::ServerOptions &)> &adjust = {})
    {
        stitchlocal::ServerOptions options = serverOptions;
        if (adjust)
            adjust(options);
        server = std::make_unique<stitchlocal::LocalServer>(options);
        QString error;
        if (!server->start(&error)) {
            qWarning("server: %s", qPrintable(error));
            server.reset();
            return false;
        }
        return true;
    }

    bool start()
    {
        if (!dir.isValid())
            return false;
        stitchlocal::ServerOptions options;
        options.address = QHostAddress(QHostAddress::LocalHost);
        options.port = 0;
        options.dataDir = dir.filePath(QStringLiteral("server"));
        options.demo = true;
        stitchlocal::AdminSpec admin;
        admin.kind = stitchlocal::AdminSpec::Kind::ApiKey;
        admin.name = QStringLiteral("functions-tester");
        admin.secret = QStringLiteral("functions-tester-secret");
        options.admins = { admin };
        server = std::make_unique<stitchlocal::LocalServer>(options);
        QString error;
        if (!server->start(&error)) {
            qWarning("server: %s", qPrintable(error));
            return false;
        }
        serverOptions = options;
        serverOptions.port = server->port();
        session = signIn(admin);
        other = signIn(admin);
        if (!session || !other)
            return false;
        groupId = session->currentGroupId();
        other->setCurrentGroupId(groupId);
        auto *apps = appcalls::list(*session->client(), groupId);
        QSignalSpy done(apps, &ApiJob::finished);
        if (!done.wait(20000) || !apps->ok())
            return false;
        for (const App &candidate : apps->result()) {
            if (candidate.name == QLatin1String("demo-app"))
                app = candidate;
        }
        if (app.isNull())
            return false;
        if (app.groupId.isEmpty())
            app.groupId = groupId;
        session->setCurrentApp(app);
        other->setCurrentApp(app);
        return seedFunctions();
    }

    //! The demo app's functions, made through the API when the server's demo has none (the demo
    //! seeding and the functions routes may disagree on where functions live).
    bool seedFunctions()
    {
        const QList<QPair<QString, QString>> wanted {
            { QStringLiteral("sum"),
              QStringLiteral("exports = function(a, b) {\n  return a + b;\n};\n") },
            { QStringLiteral("greet"),
              QStringLiteral("exports = function(name) {\n"
                             "  const greeting = context.values.get(\"greeting\") ?? \"Hello\";\n"
                             "  return `${greeting}, ${name ?? \"stranger\"}!`;\n"
                             "};\n") },
            { QStringLiteral("summarizeOrders"),
              QStringLiteral(
                  "exports = async function(orders) {\n"
                  "  const limit = context.values.get(\"maxItems\") ?? 25;\n"
                  "  const total = (orders ?? []).slice(0, limit)\n"
                  "    .reduce((sum, order) => sum + (order?.amount ?? 0), 0);\n"
                  "  const sum = await context.functions.execute(\"sum\", total, 0);\n"
                  "  return { ...{ count: Math.min(orders?.length ?? 0, limit) }, total: "
                  "sum };\n"
                  "};\n") },
            { QStringLiteral("onUserLogin"),
              QStringLiteral("exports = function(authEvent) {\n"
                             "  const { user, time } = authEvent;\n"
                             "  console.log(`user ${user.id} logged in at ${time}`);\n"
                             "  return true;\n"
                             "};\n") },
        };
        for (const auto &[name, source] : wanted) {
            if (!idOf(name).isEmpty())
                continue;
            StitchFunction function;
            function.name = name;
            function.source = source;
            function.isPrivate = name == QLatin1String("onUserLogin");
            ApiError error;
            if (!finish(functioncalls::create(*session->client(), groupId, app.id, function),
                        &error)) {
                qWarning("cannot create %s: %s", qPrintable(name), qPrintable(error.summary()));
                return false;
            }
        }
        return true;
    }

    //! Waits for a job and returns whether it succeeded; the job is gone afterwards.
    static bool finish(ApiJob *job, ApiError *error = nullptr)
    {
        QSignalSpy done(job, &ApiJob::finished);
        if (!job->isFinished() && !done.wait(30000))
            return false;
        if (error)
            *error = job->error();
        return job->ok();
    }

    StitchFunction fetch(Session &who, const QString &functionId)
    {
        auto *job = functioncalls::get(*who.client(), groupId, app.id, functionId);
        QSignalSpy done(job, &ApiJob::finished);
        if (!done.wait(30000) || !job->ok())
            return {};
        return job->result();
    }

    QString idOf(const QString &name)
    {
        auto *job = functioncalls::list(*session->client(), groupId, app.id);
        QSignalSpy done(job, &ApiJob::finished);
        if (!done.wait(30000) || !job->ok())
            return {};
        for (const StitchFunction &function : job->result()) {
            if (function.name == name)
                return function.id;
        }
        return {};
    }

    //! Makes an email/password app user through the Users API; returns its id.
    QString createUser(const QString &email)
    {
        ApiClient &client = *other->client();
        auto *job = client.send(
            new RawJob(QStringLiteral("POST"),
                       client.urlFor({ QStringLiteral("groups"), groupId, QStringLiteral("apps"),
                                       app.id, QStringLiteral("users") })),
            QJsonDocument(
                QJsonObject { { QStringLiteral("email"), email },
                              { QStringLiteral("password"), QStringLiteral("secret-password") } })
                .toJson(QJsonDocument::Compact));
        QSignalSpy done(job, &ApiJob::finished);
        if (!done.wait(30000) || !job->ok())
            return {};
        return job->json().object().value(QStringLiteral("_id")).toString();
    }

private:
    std::unique_ptr<Session> signIn(const stitchlocal::AdminSpec &admin)
    {
        auto session = std::make_unique<Session>();
        QSignalSpy failed(session.get(), &Session::signInFailed);
        QSignalSpy in(session.get(), &Session::signedIn);
        Profile profile;
        profile.id = QStringLiteral("test");
        profile.name = QStringLiteral("Test");
        profile.provider = QStringLiteral("mongodb-cloud");
        profile.username = admin.name;
        session->signIn(profile, server->rootUrl(), admin.secret);
        if (!in.wait(30000) && in.isEmpty()) {
            qWarning("sign-in failed: %s",
                     failed.isEmpty()
                         ? "timeout"
                         : qPrintable(failed.value(0).value(0).value<ApiError>().summary()));
            return nullptr;
        }
        return session;
    }
};
