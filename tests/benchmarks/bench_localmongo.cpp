// The local MongoDB service of an in-process stitch-local with a collection of 100,000 documents
// (imported through the local data route): find by _id through the client API (round trip), a
// filtered find returning 100 documents, insertOne, and the delay from a write's commit to the
// start of its database trigger's run. Prints `name: value unit` lines and the machine's load;
// never fails on speed. Goals (issue 21): 10 ms, 50 ms, 10 ms p50, 100 ms p99.
#include "../server/localdata/localdatatestkit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace localdatatest;

namespace {

void print(const char *name, double value, const char *unit)
{
    std::printf("%s: %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

void printLoad()
{
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        std::printf("load average: %s", load.readAll().constData());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int documents = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    printLoad();
    World world;
    if (!world.start()) {
        std::fprintf(stderr, "the local server did not start\n");
        return 1;
    }
    // End users may do anything on db.items: the rules' cost is in the figures.
    world.admin("POST", QStringLiteral("/services/%1/rules").arg(world.serviceId),
                { { QStringLiteral("database"), QStringLiteral("db") },
                  { QStringLiteral("collection"), QStringLiteral("items") },
                  { QStringLiteral("roles"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("all") },
                                               { QStringLiteral("read"), true },
                                               { QStringLiteral("write"), true },
                                               { QStringLiteral("insert"), true },
                                               { QStringLiteral("delete"), true } } } } });

    QByteArray lines;
    for (int i = 0; i < documents; ++i)
        lines += QStringLiteral(
                     "{\"_id\": %1, \"group\": %2, \"name\": \"item %1\", \"price\": %3}\n")
                     .arg(i)
                     .arg(i % 1000)
                     .arg(i % 97)
                     .toUtf8();
    QElapsedTimer clock;
    clock.start();
    const Answer imported = world.probe.send(
        "POST",
        world.app(QStringLiteral("/services/%1/local/import?database=db&collection=items")
                      .arg(world.serviceId)),
        world.dev.access, lines);
    if (imported.object().value(QStringLiteral("imported")).toInt() != documents) {
        std::fprintf(stderr, "import failed: %s\n", imported.body.left(300).constData());
        return 1;
    }
    print("import 100,000 documents (JSON lines)", double(clock.nsecsElapsed()) / 1e6, "ms");

    const Tokens user = world.anonymous();
    QList<double> byId;
    for (int i = 0; i < 300; ++i) {
        const int id = int(QRandomGenerator::global()->bounded(documents));
        clock.restart();
        const Answer found = world.command(
            user.access, QStringLiteral("findOne"),
            { { QStringLiteral("query"), QJsonObject { { QStringLiteral("_id"), int32(id) } } } });
        byId.append(double(clock.nsecsElapsed()) / 1e6);
        if (found.status != 200) {
            std::fprintf(stderr, "findOne failed: %s\n", found.body.constData());
            return 1;
        }
    }
    print("find by _id through the client API p50", percentile(byId, 0.5), "ms");
    print("find by _id through the client API p99", percentile(byId, 0.99), "ms");

    QList<double> filtered;
    for (int i = 0; i < 30; ++i) {
        clock.restart();
        const Answer found = world.command(
            user.access, QStringLiteral("find"),
            { { QStringLiteral("query"), QJsonObject { { QStringLiteral("group"), int32(i) } } } });
        filtered.append(double(clock.nsecsElapsed()) / 1e6);
        if (found.array().size() != documents / 1000) {
            std::fprintf(stderr, "find returned %d documents\n", int(found.array().size()));
            return 1;
        }
    }
    print("filtered find of 100 documents (scan of 100,000) p50", percentile(filtered, 0.5), "ms");
    print("filtered find of 100 documents (scan of 100,000) p99", percentile(filtered, 0.99), "ms");

    QList<double> inserts;
    for (int i = 0; i < 300; ++i) {
        clock.restart();
        const Answer inserted
            = world.command(user.access, QStringLiteral("insertOne"),
                            { { QStringLiteral("document"),
                                QJsonObject { { QStringLiteral("name"), QStringLiteral("new") },
                                              { QStringLiteral("n"), int32(i) } } } });
        inserts.append(double(clock.nsecsElapsed()) / 1e6);
        if (inserted.status != 200) {
            std::fprintf(stderr, "insertOne failed: %s\n", inserted.body.constData());
            return 1;
        }
    }
    print("insertOne through the client API p50", percentile(inserts, 0.5), "ms");
    print("insertOne through the client API p99", percentile(inserts, 0.99), "ms");

    // The trigger's function notes how long after the write's commit (the event's clusterTime)
    // it started.
    const QString functionId
        = world
              .admin("POST", QStringLiteral("/functions"),
                     { { QStringLiteral("name"), QStringLiteral("noteDelay") },
                       { QStringLiteral("source"),
                         QStringLiteral("exports = async function (event) {"
                                        "  const started = Date.now();"
                                        "  await context.services.get('mongodb-atlas').db('db')"
                                        "    .collection('delays').insertOne("
                                        "      {ms: started - event.clusterTime.getTime()});"
                                        "};") } })
              .object()
              .value(QStringLiteral("_id"))
              .toString();
    world.admin("POST", QStringLiteral("/triggers"),
                { { QStringLiteral("name"), QStringLiteral("delay") },
                  { QStringLiteral("type"), QStringLiteral("DATABASE") },
                  { QStringLiteral("function_id"), functionId },
                  { QStringLiteral("config"),
                    QJsonObject { { QStringLiteral("service_id"), world.serviceId },
                                  { QStringLiteral("database"), QStringLiteral("db") },
                                  { QStringLiteral("collection"), QStringLiteral("events") },
                                  { QStringLiteral("operation_types"),
                                    QJsonArray { QStringLiteral("INSERT") } } } } });
    const int writes = 200;
    for (int i = 0; i < writes; ++i) {
        world.local("POST", QStringLiteral("insert"),
                    { { QStringLiteral("database"), QStringLiteral("db") },
                      { QStringLiteral("collection"), QStringLiteral("events") },
                      { QStringLiteral("documents"),
                        QJsonArray { QJsonObject { { QStringLiteral("i"), i } } } } });
        QTest::qWait(50); // a write every 50 ms or so: the delay, not a backlog
    }
    QJsonArray delays;
    clock.restart();
    while (delays.size() < writes && clock.elapsed() < 60000) {
        QTest::qWait(100);
        delays = world
                     .local("POST", QStringLiteral("find"),
                            { { QStringLiteral("database"), QStringLiteral("db") },
                              { QStringLiteral("collection"), QStringLiteral("delays") },
                              { QStringLiteral("limit"), 1000 } })
                     .object()
                     .value(QStringLiteral("documents"))
                     .toArray();
    }
    QList<double> delayMs;
    for (const QJsonValue &doc : delays) {
        const QJsonObject ms = doc.toObject().value(QStringLiteral("ms")).toObject();
        delayMs.append((ms.isEmpty() ? doc.toObject().value(QStringLiteral("ms")).toVariant()
                                     : ms.constBegin().value().toVariant())
                           .toDouble());
    }
    print("database trigger runs (writes 50 ms apart)", double(delayMs.size()), "of 200 writes");
    print("write to database trigger run delay p50", percentile(delayMs, 0.5), "ms");
    print("write to database trigger run delay p99", percentile(delayMs, 0.99), "ms");
    printLoad();
    return 0;
}
