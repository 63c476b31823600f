#pragma once

// The log archive tests' world: a real LocalServer seeded with log entries (and three written as
// runs would, for searching), a signed-in Session, and an archive synced with all of it; helpers
// to open, sync, search and read archives without blocking the event loop.

#include <api/appcalls.h>
#include <models/logarchive.h>
#include <models/logarchivesync.h>
#include <server/localserver.h>
#include <server/logwriter.h>
#include <server/store.h>
#include <session/session.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class LogArchiveFixture : public QObject
{
protected:
    //! Starts the server, signs in, writes the search rows and syncs full().
    void startServer(const QString &testName);
    QString freshPath(const QString &name) const { return m_dir.filePath(name + ".sqlite"); }
    void openArchive(LogArchive &archive, const QString &path);
    void waitWritten(LogArchive &archive);
    LogArchiveRows searchAll(LogArchive &archive, const QString &text, const LogFilter &f = {});
    LogArchiveStats statsOf(LogArchive &archive);
    void sync(LogArchive &archive, bool everything);
    void writeEntry(const QJsonObject &entry);
    //! The app's entries on the server, counted in its store.
    int serverCount();
    //! An archive that holds every entry of the demo app (synced once, at the start).
    LogArchive &full() { return *m_full; }

    QTemporaryDir m_dir;
    std::unique_ptr<stitchlocal::LocalServer> m_server;
    Session *m_session = nullptr;
    QString m_groupId;
    QString m_appId;
    int m_serverTotal = 0;
    std::unique_ptr<LogArchive> m_full;
};

static const int kSeeded = 600;

inline void LogArchiveFixture::startServer(const QString &testName)
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(testName);
    QSettings().clear();
    stitchlocal::ServerOptions options;
    options.port = 0;
    options.dataDir = m_dir.filePath(QStringLiteral("server"));
    options.demo = true;
    options.seedLogs = kSeeded;
    stitchlocal::AdminSpec admin;
    admin.name = QStringLiteral("archive-tester");
    admin.secret = QStringLiteral("archive-tester-secret");
    options.admins = { admin };
    m_server = std::make_unique<stitchlocal::LocalServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_session = new Session(this);
    Profile profile;
    profile.id = QStringLiteral("test");
    profile.name = QStringLiteral("Test");
    profile.provider = QStringLiteral("mongodb-cloud");
    profile.username = admin.name;
    m_session->signIn(profile, m_server->rootUrl(), admin.secret);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isSignedIn(), 20000);
    m_groupId = m_session->currentGroupId();
    auto *job = appcalls::list(*m_session->client(), m_groupId);
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(10000));
    QVERIFY(job->ok());
    m_appId = job->result().first().id;

    // Search rows, written as runs would write them.
    writeEntry({ { "type", "FUNCTION" },
                 { "function_name", "chargeCustomer" },
                 { "messages", QJsonArray { "payment declined for order 77" } } });
    writeEntry({ { "type", "FUNCTION" },
                 { "function_name", "refundOrder" },
                 { "messages", QJsonArray { "refund issued" } },
                 { "error", "card expired" },
                 { "error_code", "FunctionExecutionError" },
                 { "status", 400 } });
    writeEntry({ { "type", "WEBHOOK" },
                 { "incoming_webhook_name", "stripeHook" },
                 { "messages", QJsonArray { "payment received" } },
                 { "request_url", "https://example.com/hook?secret=hunter2&order=77" } });
    m_serverTotal = serverCount();
    QVERIFY(m_serverTotal >= kSeeded + 3);

    m_full = std::make_unique<LogArchive>();
    openArchive(*m_full, freshPath(QStringLiteral("full")));
    sync(*m_full, true);
    QCOMPARE(statsOf(*m_full).entries, qint64(m_serverTotal));
}

inline void LogArchiveFixture::writeEntry(const QJsonObject &entry)
{
    stitchlocal::Store store;
    QString error;
    bool created = false;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("server")), &error, &created),
             qPrintable(error));
    QVERIFY(stitchlocal::appendLog(store, m_appId, entry));
}

inline int LogArchiveFixture::serverCount()
{
    stitchlocal::Store store;
    QString error;
    bool created = false;
    if (!store.open(m_dir.filePath(QStringLiteral("server")), &error, &created))
        return -1;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM logs WHERE app_id = ?"));
    q.addBindValue(m_appId);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

inline void LogArchiveFixture::openArchive(LogArchive &archive, const QString &path)
{
    QSignalSpy changed(&archive, &LogArchive::stateChanged);
    archive.open(path);
    QTRY_VERIFY_WITH_TIMEOUT(archive.state() != LogArchive::State::Opening, 10000);
    QVERIFY2(archive.state() == LogArchive::State::Open, qPrintable(archive.message()));
}

inline void LogArchiveFixture::waitWritten(LogArchive &archive)
{
    QTRY_COMPARE_WITH_TIMEOUT(archive.pendingPages(), 0, 30000);
}

inline LogArchiveRows LogArchiveFixture::searchAll(LogArchive &archive, const QString &text,
                                         const LogFilter &filter)
{
    LogArchiveRows rows;
    bool done = false;
    archive.search({ text, filter }, std::numeric_limits<qint64>::max(), 100000, this,
                   [&](const LogArchiveRows &r) {
                       rows = r;
                       done = true;
                   });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        rows.error = QStringLiteral("timed out");
    return rows;
}

inline LogArchiveStats LogArchiveFixture::statsOf(LogArchive &archive)
{
    LogArchiveStats stats;
    bool done = false;
    archive.stats(this, [&](const LogArchiveStats &s) {
        stats = s;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("stats timed out");
    return stats;
}

inline void LogArchiveFixture::sync(LogArchive &archive, bool everything)
{
    LogArchiveSync sync(m_session->client(), &archive);
    QSignalSpy finished(&sync, &LogArchiveSync::finished);
    sync.start(m_groupId, m_appId, everything);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(archive.pendingPages(), 0);
}
