// The Services panel's rules list over a service with 10,000 rules (stitch-local on its own
// thread, as in the console; the service made through the Admin API, its rules written into the
// server's store while it is stopped, since 10,000 POSTs take minutes on a loaded machine): time
// from selecting the service to the first rows, the worst UI-thread stall while the list loads
// (wall clock and the UI thread's own CPU time), and the time a filter takes over all rows.
// Prints `name: value unit` lines and never fails on speed. --rules N changes the count.
#include <api/apiclient.h>
#include <api/appcalls.h>
#include <api/rulecalls.h>
#include <api/servicecalls.h>
#include <app/theme.h>
#include <models/doclistmodel.h>
#include <models/listfilterproxy.h>
#include <panels/doclistpane.h>
#include <panels/servicechildtabs.h>
#include <panels/servicespanel.h>
#include <server/localserver.h>
#include <session/session.h>

#include <QApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <time.h>

#include <cstdio>
#include <functional>

namespace {

void waitUntil(const std::function<bool()> &done, int timeoutMs = 900000)
{
    QElapsedTimer t;
    t.start();
    QTimer wake;
    wake.start(50);
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

void print(const char *name, double value, const char *unit)
{
    std::printf("%s: %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

qint64 threadCpuUs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    theme::apply(false);
    const QStringList args = app.arguments();
    int count = 10000;
    if (const int at = int(args.indexOf(QStringLiteral("--rules"))); at > 0)
        count = args.value(at + 1).toInt();

    QTemporaryDir dir;
    dir.setAutoRemove(true);
    stitchlocal::ServerOptions options;
    options.port = 0;
    options.dataDir = dir.path();
    options.demo = true;
    stitchlocal::AdminSpec admin;
    admin.name = QStringLiteral("bench");
    admin.secret = QStringLiteral("bench-secret");
    options.admins = { admin };
    auto server = std::make_unique<stitchlocal::LocalServerThread>();
    QUrl root;
    QString failure;
    const auto startServer = [&] {
        root.clear();
        QObject::connect(server.get(), &stitchlocal::LocalServerThread::started,
                         [&](const QUrl &url, const stitchlocal::AdminSpec &) { root = url; });
        QObject::connect(server.get(), &stitchlocal::LocalServerThread::failed,
                         [&](const QString &error) { failure = error; });
        server->start(options);
        waitUntil([&] { return !root.isEmpty() || !failure.isEmpty(); });
        return !root.isEmpty();
    };
    if (!startServer()) {
        std::fprintf(stderr, "server failed: %s\n", qPrintable(failure));
        return 1;
    }

    auto session = std::make_unique<Session>();
    Profile profile;
    profile.id = QStringLiteral("bench");
    profile.name = QStringLiteral("Bench");
    profile.provider = QStringLiteral("mongodb-cloud");
    profile.username = admin.name;
    session->signIn(profile, root, admin.secret);
    waitUntil([&] { return session->isSignedIn(); }, 30000);
    const QString groupId = session->currentGroupId();
    auto *appsJob = appcalls::list(*session->client(), groupId);
    bool listed = false;
    App demo;
    QObject::connect(appsJob, &ApiJob::finished, [&] {
        demo = appsJob->result().value(0);
        listed = true;
    });
    waitUntil([&] { return listed; });
    if (demo.groupId.isEmpty())
        demo.groupId = groupId;

    QString serviceId;
    auto *create = servicecalls::create(*session->client(), groupId, demo.id,
                                        QStringLiteral("bulk"), QStringLiteral("http"), {});
    bool created = false;
    QObject::connect(create, &ApiJob::finished, [&] {
        serviceId = create->result().id;
        created = true;
    });
    waitUntil([&] { return created; });
    if (serviceId.isEmpty()) {
        std::fprintf(stderr, "cannot create the service\n");
        return 1;
    }

    // The rules go into the stopped server's store in one transaction, as the rule routes
    // write them (kind "rule", the service as parent, the document as JSON).
    session.reset();
    server.reset();
    QElapsedTimer seedTimer;
    seedTimer.start();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
        db.setDatabaseName(dir.filePath(QStringLiteral("stitch-local.sqlite")));
        if (!db.open()) {
            std::fprintf(stderr, "cannot open the store\n");
            return 1;
        }
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO resources(app_id, kind, id, parent_id, name, doc,"
                                      " updated) VALUES(?, 'rule', ?, ?, ?, ?, ?)"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int n = 0; n < count; ++n) {
            const QString id = QStringLiteral("%1").arg(0x5e0000000000LL + n, 24, 16, QLatin1Char('0'));
            const QString name = QStringLiteral("rule%1").arg(n, 5, 10, QLatin1Char('0'));
            QJsonObject rule = rulecalls::ruleBody(
                name, { n % 2 ? QStringLiteral("get") : QStringLiteral("post") },
                { { QStringLiteral("%%args.n"), n } });
            rule.insert(QStringLiteral("_id"), id);
            insert.addBindValue(demo.id);
            insert.addBindValue(id);
            insert.addBindValue(serviceId);
            insert.addBindValue(name);
            insert.addBindValue(QString::fromUtf8(QJsonDocument(rule).toJson(QJsonDocument::Compact)));
            insert.addBindValue(now);
            if (!insert.exec()) {
                std::fprintf(stderr, "insert failed\n");
                return 1;
            }
        }
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    print("seed_rules_store", seedTimer.elapsed() / 1000.0, "s");
    server = std::make_unique<stitchlocal::LocalServerThread>();
    if (!startServer()) {
        std::fprintf(stderr, "server failed again: %s\n", qPrintable(failure));
        return 1;
    }
    session = std::make_unique<Session>();
    session->signIn(profile, root, admin.secret);
    waitUntil([&] { return session->isSignedIn(); }, 30000);

    session->setCurrentApp(demo);
    ServicesPanel panel(session.get());
    panel.resize(1200, 800);
    panel.show();
    waitUntil([&] { return panel.model()->hasLoaded(); });
    panel.tabs()->setCurrentWidget(panel.rulesTab());

    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, worst = 0, lastCpu = threadCpuUs(), worstCpu = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        const qint64 cpu = threadCpuUs();
        worst = qMax(worst, now - last);
        worstCpu = qMax(worstCpu, cpu - lastCpu);
        last = now;
        lastCpu = cpu;
    });
    DocListModel *rules = panel.rulesTab()->model();
    QElapsedTimer t;
    t.start();
    probe.start();
    last = clock.elapsed();
    panel.openItem(serviceId);
    waitUntil([&] { return rules->rowCount() > 0 && panel.rulesTab()->list()->table()->isVisible(); });
    const double firstRows = t.elapsed();
    waitUntil([&] { return rules->hasLoaded() && !rules->isLoading(); });
    QCoreApplication::processEvents();
    probe.stop();
    print("rules_loaded", rules->rowCount(), "rows");
    print("time_to_first_rows", firstRows, "ms");
    print("worst_stall_wall", worst, "ms");
    print("worst_stall_ui_cpu", worstCpu / 1000.0, "ms");

    ListFilterProxy *proxy = panel.rulesTab()->list()->proxy();
    for (const QString &text : { QStringLiteral("rule0999"), QStringLiteral("post"),
                                 QStringLiteral("rule01") }) {
        QElapsedTimer f;
        f.start();
        panel.rulesTab()->list()->filter()->setText(text);
        QCoreApplication::processEvents();
        const double ms = f.elapsed();
        std::printf("filter_%s: %.3f ms (%d of %d rows)\n", qPrintable(text), ms,
                    proxy->rowCount(), rules->rowCount());
    }
    QElapsedTimer c;
    c.start();
    panel.rulesTab()->list()->filter()->clear();
    QCoreApplication::processEvents();
    print("filter_clear", c.elapsed(), "ms");
    QElapsedTimer s;
    s.start();
    panel.rulesTab()->list()->table()->sortByColumn(0, Qt::DescendingOrder);
    QCoreApplication::processEvents();
    print("sort_by_name_desc", s.elapsed(), "ms");
    return 0;
}
