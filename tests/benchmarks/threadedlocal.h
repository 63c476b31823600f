#pragma once

// stitch-local on a thread of its own, as the console's Local profile runs it, and a session
// signed in to it with the demo app current: a benchmark's UI-thread figures then leave out the
// server's own work.

#include <api/appcalls.h>
#include <server/localserver.h>
#include <session/session.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

struct ThreadedLocal
{
    QTemporaryDir dir;
    stitchlocal::LocalServerThread server;
    std::unique_ptr<Session> session;
    QString groupId;
    App app;

    static void waitUntil(const std::function<bool()> &done, int timeoutMs = 600000)
    {
        QElapsedTimer t;
        t.start();
        QTimer wake; // sleeps in the event loop: a spinning wait would take a core from the server
        wake.start(20);
        while (!done() && t.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }

    //! adjust changes the options before the server starts (e.g. seedApp for an app at size).
    bool start(const std::function<void(stitchlocal::ServerOptions &)> &adjust = {})
    {
        stitchlocal::ServerOptions options;
        options.port = 0;
        options.dataDir = dir.filePath(QStringLiteral("server"));
        options.demo = true;
        stitchlocal::AdminSpec admin;
        admin.kind = stitchlocal::AdminSpec::Kind::ApiKey;
        admin.name = QStringLiteral("bench");
        admin.secret = QStringLiteral("bench-secret");
        options.admins = { admin };
        if (adjust)
            adjust(options);
        QUrl root;
        QString failure;
        QObject::connect(&server, &stitchlocal::LocalServerThread::started,
                         [&](const QUrl &url, const stitchlocal::AdminSpec &) { root = url; });
        QObject::connect(&server, &stitchlocal::LocalServerThread::failed,
                         [&](const QString &error) { failure = error; });
        server.start(options);
        waitUntil([&] { return !root.isEmpty() || !failure.isEmpty(); });
        if (root.isEmpty())
            return false;
        session = std::make_unique<Session>();
        Profile profile;
        profile.id = QStringLiteral("bench");
        profile.name = QStringLiteral("Bench");
        profile.provider = QStringLiteral("mongodb-cloud");
        profile.username = admin.name;
        session->signIn(profile, root, admin.secret);
        waitUntil([&] { return session->isSignedIn(); }, 30000);
        groupId = session->currentGroupId();
        bool listed = false;
        QObject context;
        appcalls::list(*session->client(), groupId)
            ->onFinished(&context, [&](Job<QList<App>> *job) {
                for (const App &candidate : job->result()) {
                    if (candidate.name == QLatin1String("demo-app"))
                        app = candidate;
                }
                listed = true;
            });
        waitUntil([&] { return listed; });
        if (app.id.isEmpty())
            return false;
        if (app.groupId.isEmpty())
            app.groupId = groupId;
        session->setCurrentApp(app);
        return true;
    }
};
