// The Users panel over a large app: 100,000 users seeded straight into the in-process server's
// SQLite store (one transaction), then the panel shown against it. Prints:
//   users_seed: time to write the users
//   users_first_rows: show() to the first page in the table
//   users_load_all: Load all (2,000 pages of 50) to the last row
//   users_worst_stall: the longest gap between event-loop turns while loading everything
//   users_filter: typing a filter over every loaded user to its rows shown
// Figures only; never fails on a slow machine.

#include "../ui/signedinfixture.h"

#include <models/listfilterproxy.h>
#include <models/userlistmodel.h>
#include <panels/userspanel.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

namespace {

void print(const char *name, double value, const char *unit)
{
    std::printf("%s: %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

bool seed(SignedInFixture &fx, int count)
{
    const QString file = QDir(fx.dir.filePath(QStringLiteral("server")))
                             .filePath(QStringLiteral("stitch-local.sqlite"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
    db.setDatabaseName(file);
    if (!db.open())
        return false;
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA busy_timeout = 30000"));
    db.transaction();
    query.prepare(QStringLiteral("INSERT INTO users(app_id, id, doc, created) VALUES(?, ?, ?, ?)"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        // ObjectId-like ids in creation order: 8 hex digits of time, then a counter.
        const QString id = QStringLiteral("%1%2")
                               .arg(now, 8, 16, QLatin1Char('0'))
                               .arg(i, 16, 16, QLatin1Char('0'));
        const QJsonObject user {
            { QStringLiteral("_id"), id },
            { QStringLiteral("identities"),
              QJsonArray { QJsonObject { { QStringLiteral("id"), id },
                                         { QStringLiteral("provider_type"),
                                           QStringLiteral("local-userpass") } } } },
            { QStringLiteral("type"), QStringLiteral("normal") },
            { QStringLiteral("creation_date"), now - i },
            { QStringLiteral("last_authentication_date"), 0 },
            { QStringLiteral("disabled"), i % 97 == 0 },
            { QStringLiteral("data"),
              QJsonObject { { QStringLiteral("email"),
                              QStringLiteral("person%1@example.com").arg(i) } } },
        };
        query.addBindValue(fx.app.id);
        query.addBindValue(id);
        query.addBindValue(QString::fromUtf8(QJsonDocument(user).toJson(QJsonDocument::Compact)));
        query.addBindValue(now * 1000 + i);
        if (!query.exec())
            return false;
    }
    const bool ok = db.commit();
    query = QSqlQuery();
    db.close();
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    SignedInFixture fx;
    if (!fx.start())
        return 1;
    QElapsedTimer timer;
    timer.start();
    if (!seed(fx, count)) {
        std::fprintf(stderr, "seeding failed\n");
        return 1;
    }
    print("users_seed", timer.elapsed(), "ms");
    std::printf("users_count: %d\n", count);

    // The longest time the event loop was away, sampled by a 0 ms timer.
    qint64 worst = 0;
    QElapsedTimer gap;
    gap.start();
    QTimer ticker;
    ticker.setInterval(0);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        worst = std::max(worst, gap.restart());
    });

    UsersPanel panel(fx.session.get());
    panel.resize(1150, 700);
    UserListModel *model = panel.model();
    timer.restart();
    gap.restart();
    ticker.start();
    panel.show();
    while (!(model->hasLoaded() && model->rowCount() > 0) && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    print("users_first_rows", timer.elapsed(), "ms");

    timer.restart();
    worst = 0;
    panel.findChild<QPushButton *>(QStringLiteral("loadAllUsersButton"))->click();
    while (!model->isComplete() && timer.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    print("users_load_all", timer.elapsed(), "ms");
    std::printf("users_loaded_rows: %d\n", model->rowCount());
    print("users_worst_stall", worst, "ms");

    auto *filter = panel.findChild<QLineEdit *>(QStringLiteral("userFilterEdit"));
    QApplication::processEvents();
    timer.restart();
    filter->setText(QStringLiteral("person9999"));
    QApplication::processEvents();
    print("users_filter", timer.elapsed(), "ms");
    std::printf("users_filter_rows: %d\n", panel.proxy()->rowCount());
    ticker.stop();
    return 0;
}
