// POST .../values in an empty app beside one holding 4,000 resources (values, functions,
// services): a write must not cost more because the app is large. Prints figures only.
//
//   bench_valuewrites [resources] [writes]      (defaults 4000 and 100)
#include "../server/servertestkit.h"

#include "server/configstore.h"
#include "server/secrets.h"
#include "server/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace servertest;
using namespace stitchlocal;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Milliseconds of each POST .../values into the app.
std::vector<double> timeWrites(Probe &probe, const QString &token, const QString &appPath,
                               int writes, const QString &prefix)
{
    std::vector<double> times;
    for (int i = 0; i < writes; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Answer answer = probe.post(appPath + QStringLiteral("/values"),
                                         { { QStringLiteral("name"), prefix + QString::number(i) },
                                           { QStringLiteral("value"), i } },
                                         token);
        times.push_back(timer.nsecsElapsed() / 1e6);
        if (answer.status != 201)
            std::fprintf(stderr, "write %d: status %d\n", i, answer.status);
    }
    return times;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int resources = args.size() > 1 ? args.at(1).toInt() : 4000;
    const int writes = args.size() > 2 ? args.at(2).toInt() : 100;

    QTemporaryDir dir;
    ServerOptions options = loopbackOptions(dir.path());
    options.admins = { user(QStringLiteral("dev"), QStringLiteral("pw")) };
    QString error;
    auto server = startServer(options, &error);
    if (!server) {
        std::fprintf(stderr, "cannot start: %s\n", qPrintable(error));
        return 1;
    }
    Probe probe(server->rootUrl());
    const QString token
        = probe.login(QStringLiteral("local"), QStringLiteral("dev"), QStringLiteral("pw")).access;
    const QString group = probe.groupOf(token);
    QStringList appPaths;
    QStringList appIds;
    for (const QString &name : { QStringLiteral("empty"), QStringLiteral("large") }) {
        const Answer made = probe.post(QStringLiteral("/groups/%1/apps").arg(group),
                                       { { QStringLiteral("name"), name } }, token);
        appIds << made.object().value(QStringLiteral("_id")).toString();
        appPaths << QStringLiteral("/groups/%1/apps/%2").arg(group, appIds.last());
    }

    // The large app is filled through a store connection of its own, in one transaction.
    Store store;
    bool created = false;
    if (!store.open(dir.path(), &error, &created))
        return 1;
    const QStringList kinds { QStringLiteral("value"), QStringLiteral("function"),
                              QStringLiteral("service") };
    store.write([&] {
        for (int i = 0; i < resources; ++i) {
            const QString kind = kinds.at(i % kinds.size());
            const QString id = secrets::newObjectId();
            const QString name = QStringLiteral("%1_%2").arg(kind).arg(i);
            QJsonObject doc { { QStringLiteral("_id"), id },
                              { QStringLiteral("name"), name },
                              { QStringLiteral("value"), QString(200, u'x') },
                              { QStringLiteral("source"), QStringLiteral("exports = () => 1;") } };
            if (!store.putResource(appIds.at(1), { kind, id, QStringLiteral(""), name, doc }))
                return false;
        }
        return true;
    });

    timeWrites(probe, token, appPaths.at(0), 10,
               QStringLiteral("warm")); // warm-up: caches, statements, connections
    const std::vector<double> empty
        = timeWrites(probe, token, appPaths.at(0), writes, QStringLiteral("w"));
    const std::vector<double> large
        = timeWrites(probe, token, appPaths.at(1), writes, QStringLiteral("w"));
    std::printf("value_write_empty_app_p50: %.3f ms\n", median(empty));
    std::printf("value_write_large_app_p50: %.3f ms (%d resources)\n", median(large), resources);
    std::printf("value_write_ratio: %.2f x\n", median(large) / std::max(median(empty), 1e-9));
    return 0;
}
