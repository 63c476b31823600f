#pragma once

#include "../testclock.h"

#include <server/localserver.h>

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The project's own Admin API server, in-process on 127.0.0.1:0 over a fresh data folder, with
// one admin per login provider.
struct LocalServerFixture
{
    static constexpr auto PublicKey = "pub";
    static constexpr auto PrivateKey = "priv";
    static constexpr auto UserName = "alice";
    static constexpr auto Password = "pw";

    std::unique_ptr<QTemporaryDir> dataDir;
    std::unique_ptr<stitchlocal::LocalServer> server;
    TestClock clock; //!< token lifetimes run by it

    bool start(int tokenTtlSeconds = 1800)
    {
        server.reset();
        dataDir = std::make_unique<QTemporaryDir>();
        stitchlocal::ServerOptions options;
        options.port = 0;
        options.dataDir = dataDir->path();
        options.tokenTtlSeconds = tokenTtlSeconds;
        options.clockMs = clock.source();
        stitchlocal::AdminSpec key;
        key.kind = stitchlocal::AdminSpec::Kind::ApiKey;
        key.name = QString::fromLatin1(PublicKey);
        key.secret = QString::fromLatin1(PrivateKey);
        stitchlocal::AdminSpec user;
        user.kind = stitchlocal::AdminSpec::Kind::UserPassword;
        user.name = QString::fromLatin1(UserName);
        user.secret = QString::fromLatin1(Password);
        options.admins = { key, user };
        server = std::make_unique<stitchlocal::LocalServer>(options);
        QString error;
        if (!server->start(&error)) {
            qWarning("local server did not start: %s", qPrintable(error));
            return false;
        }
        return server->rootUrl().host() == QLatin1String("127.0.0.1");
    }
    QUrl root() const { return server->rootUrl(); }
};
