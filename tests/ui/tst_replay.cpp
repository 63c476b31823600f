// "Run again" from the logs: a FUNCTION entry of a test run (as a user, with arguments) links to
// the Functions panel, which opens the function with the logged arguments and user in its run
// console.

#include "signedinfixture.h"

#include <panels/functioneditortab.h>
#include <panels/functionspanel.h>
#include <panels/logspanel.h>
#include <panels/runconsole.h>
#include <widgets/editor/jsoneditor.h>

#include <QJsonArray>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

class TestReplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runAgainFromALogEntry();

private:
    SignedInFixture m_fx;
    QTemporaryDir m_autosave;
};

void TestReplay::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("stitch-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_replay"));
    QVERIFY(m_fx.start());
}

void TestReplay::runAgainFromALogEntry()
{
    const QString userId = m_fx.createUser(QStringLiteral("replay@example.com"));
    QVERIFY(!userId.isEmpty());
    auto *run = functioncalls::execute(*m_fx.other->client(), m_fx.groupId, m_fx.app.id,
                                       QStringLiteral("sum"), QJsonArray { 2, 3 },
                                       RunAs { userId });
    QVERIFY(SignedInFixture::finish(run));

    LogsPanel logs(m_fx.session.get());
    logs.resize(1000, 700);
    logs.show();
    auto *table = logs.findChild<QTableView *>(QStringLiteral("logTable"));
    auto *details = logs.findChild<QTextBrowser *>(QStringLiteral("detailBrowser"));
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 30000);
    // The newest entry is the run.
    QString href;
    const QRegularExpression link(QStringLiteral("href=\"(run-again:[^\"]+)\""));
    for (int row = 0; row < table->model()->rowCount() && href.isEmpty(); ++row) {
        table->setCurrentIndex(table->model()->index(row, 0));
        const QRegularExpressionMatch match = link.match(details->toHtml());
        if (match.hasMatch() && details->toHtml().contains(QStringLiteral("sum")))
            href = match.captured(1);
    }
    QVERIFY(!href.isEmpty());
    QSignalSpy navigated(&logs, &Panel::navigateRequested);
    emit details->anchorClicked(QUrl(href.replace(QStringLiteral("&amp;"), QStringLiteral("&"))));
    QCOMPARE(navigated.size(), 1);
    QCOMPARE(navigated.first().at(0).toString(), QStringLiteral("functions"));
    const QString item = navigated.first().at(1).toString();
    QVERIFY(item.startsWith(QStringLiteral("replay:")));

    // The Functions panel, just shown (its list still loading), opens the function filled in.
    FunctionsPanel functions(m_fx.session.get(), m_autosave.path());
    functions.resize(1100, 760);
    functions.show();
    functions.openItem(item);
    const QString sumId = m_fx.idOf(QStringLiteral("sum"));
    QTRY_VERIFY_WITH_TIMEOUT(functions.tabFor(sumId) != nullptr, 30000);
    RunConsole *console = functions.tabFor(sumId)->runConsole();
    QTRY_COMPARE(console->argumentsEditor()->json().array(), (QJsonArray { 2, 3 }));
    QCOMPARE(console->runAs().userId, userId);
    // Again with the tab open: it is filled in again.
    console->argumentsEditor()->setText(QStringLiteral("[]"));
    functions.openItem(item);
    QTRY_COMPARE(console->argumentsEditor()->json().array(), (QJsonArray { 2, 3 }));
}

QTEST_MAIN(TestReplay)
#include "tst_replay.moc"
