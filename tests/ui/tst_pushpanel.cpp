// The Push notifications panel against the real in-process local server: drafts and sent as
// two lists, create and edit a draft (validated before sending), send after a confirmation,
// set the type, multi-select delete, a message deleted elsewhere.
#include "docpaneltesthelpers.h"

#include <api/pushcalls.h>
#include <app/theme.h>
#include <panels/pushpanel.h>
#include <widgets/busyindicator.h>
#include <widgets/errorbanner.h>

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>

using namespace doctest;

class TestPushPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelsPassTester();
    void createDraftValidated();
    void editDraft();
    void setType();
    void sendAfterConfirmation();
    void multiSelectDelete();
    void deletedElsewhere404();
    void screenshots();

private:
    ResourceDoc serverNamed(const QString &label, const QString &state = QString());
    SignedInFixture m_fx;
    std::unique_ptr<PushPanel> m_panel;
    QStringList m_statuses;
};

void TestPushPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("stitch-console-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_pushpanel"));
    QVERIFY(m_fx.start());
    m_panel = std::make_unique<PushPanel>(m_fx.session.get());
    connect(m_panel.get(), &Panel::statusMessage, this,
            [this](const QString &text) { m_statuses << text; });
    m_panel->resize(1100, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->drafts()->model()->hasLoaded()
                                 && m_panel->sent()->model()->hasLoaded(),
                             20000);
}

void TestPushPanel::cleanupTestCase()
{
    m_panel.reset();
}

ResourceDoc TestPushPanel::serverNamed(const QString &label, const QString &state)
{
    return named(listOf(pushcalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, state)),
                 label);
}

void TestPushPanel::modelsPassTester()
{
    QAbstractItemModelTester drafts(m_panel->drafts()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sent(m_panel->sent()->model(),
                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxy(m_panel->drafts()->proxy(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(SignedInFixture::finish(pushcalls::create(*m_fx.other->client(), m_fx.groupId,
                                                      m_fx.app.id, QStringLiteral("seeded"),
                                                      QStringLiteral("hi"), QStringLiteral("t"))));
    m_panel->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(m_panel->drafts(), QStringLiteral("seeded")) >= 0, 20000);
    m_panel->drafts()->table()->sortByColumn(1, Qt::DescendingOrder);
    m_panel->drafts()->filter()->setText(QStringLiteral("SEED"));
    QCOMPARE(m_panel->drafts()->proxy()->rowCount(), 1);
    m_panel->drafts()->filter()->clear();
}

void TestPushPanel::createDraftValidated()
{
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("newPushButton")),
                      Qt::LeftButton);
    QVERIFY(!m_panel->saveButton()->isEnabled());
    QTest::keyClicks(m_panel->labelEdit(), QStringLiteral("Spring sale"));
    QVERIFY(!m_panel->saveButton()->isEnabled()); // no message, no topic
    QTest::keyClicks(m_panel->messageEdit(), QStringLiteral("20% off everything"));
    QVERIFY(!m_panel->saveButton()->isEnabled());
    QTest::keyClicks(m_panel->topicEdit(), QStringLiteral("offers"));
    QVERIFY(m_panel->saveButton()->isEnabled());
    QVERIFY(!m_panel->sendButton()->isEnabled()); // not saved yet
    m_statuses.clear();
    QTest::mouseClick(m_panel->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Created the draft “Spring sale”.")),
                             20000);
    const ResourceDoc draft = serverNamed(QStringLiteral("Spring sale"), QStringLiteral("draft"));
    QVERIFY(!draft.id.isEmpty());
    QCOMPARE(draft.text(QStringLiteral("message")), QStringLiteral("20% off everything"));
    QCOMPARE(draft.text(QStringLiteral("topic")), QStringLiteral("offers"));
    // New while a draft is still loading (clicked just before; or the one just saved, which
    // loads after its save): its answer must not replace the new form. The click and New come
    // in one turn of the event loop, so the load is surely in flight.
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->drafts()->busy()->isRunning(), 20000);
    auto *newButton = m_panel->findChild<QPushButton *>(QStringLiteral("newPushButton"));
    QTest::mouseClick(newButton, Qt::LeftButton);
    QVERIFY(clickRow(m_panel->drafts(), QStringLiteral("Spring sale")));
    QVERIFY(m_panel->drafts()->busy()->isRunning());
    QTest::mouseClick(newButton, Qt::LeftButton);
    QTest::keyClicks(m_panel->labelEdit(), QStringLiteral("Second"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->drafts()->busy()->isRunning(), 20000);
    QCOMPARE(m_panel->labelEdit()->text(), QStringLiteral("Second"));
    QVERIFY(m_panel->shownMessage().id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(m_panel->drafts(), QStringLiteral("Spring sale")) >= 0, 20000);
}

void TestPushPanel::editDraft()
{
    QVERIFY(clickRow(m_panel->drafts(), QStringLiteral("Spring sale")));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->shownMessage().name == QLatin1String("Spring sale"), 20000);
    m_panel->messageEdit()->setPlainText(QStringLiteral("30% off everything"));
    m_statuses.clear();
    QTest::mouseClick(m_panel->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Saved the draft “Spring sale”.")),
                             20000);
    QCOMPARE(serverNamed(QStringLiteral("Spring sale")).text(QStringLiteral("message")),
             QStringLiteral("30% off everything"));
}

void TestPushPanel::setType()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->shownMessage().name == QLatin1String("Spring sale"), 20000);
    m_panel->typeCombo()->setCurrentText(QStringLiteral("apns"));
    m_statuses.clear();
    QTest::mouseClick(m_panel->setTypeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_statuses.contains(QStringLiteral("Set the type of “Spring sale” to apns.")), 20000);
    QCOMPARE(serverNamed(QStringLiteral("Spring sale")).text(QStringLiteral("type")),
             QStringLiteral("apns"));
}

void TestPushPanel::sendAfterConfirmation()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->sendButton()->isEnabled(), 20000);
    m_statuses.clear();
    QTest::mouseClick(m_panel->sendButton(), Qt::LeftButton);
    QVERIFY(acceptConfirmation());
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Sent “Spring sale”.")), 20000);
    QVERIFY(!serverNamed(QStringLiteral("Spring sale"), QStringLiteral("sent")).id.isEmpty());
    QVERIFY(serverNamed(QStringLiteral("Spring sale"), QStringLiteral("draft")).id.isEmpty());
    // It moved to the Sent list and can no longer be edited or sent.
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(m_panel->sent(), QStringLiteral("Spring sale")) >= 0, 20000);
    QCOMPARE(rowNamed(m_panel->drafts(), QStringLiteral("Spring sale")), -1);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->shownMessage().text(QStringLiteral("state")) == QLatin1String("sent"), 20000);
    QVERIFY(!m_panel->sendButton()->isEnabled());
    QVERIFY(!m_panel->saveButton()->isEnabled());
    QVERIFY(m_panel->messageEdit()->isReadOnly());
}

void TestPushPanel::multiSelectDelete()
{
    for (const QString &label : { QStringLiteral("old1"), QStringLiteral("old2") })
        QVERIFY(SignedInFixture::finish(pushcalls::create(*m_fx.other->client(), m_fx.groupId,
                                                          m_fx.app.id, label, QStringLiteral("x"),
                                                          QStringLiteral("t"))));
    m_panel->stateTabs()->setCurrentIndex(0);
    m_panel->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(m_panel->drafts(), QStringLiteral("old2")) >= 0, 20000);
    QVERIFY(clickRow(m_panel->drafts(), QStringLiteral("old1")));
    QVERIFY(clickRow(m_panel->drafts(), QStringLiteral("old2"), Qt::ControlModifier));
    m_statuses.clear();
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("deletePushButton")),
                      Qt::LeftButton);
    QVERIFY(acceptConfirmation());
    QTRY_VERIFY_WITH_TIMEOUT(m_statuses.contains(QStringLiteral("Deleted 2 notification(s).")), 20000);
    QVERIFY(serverNamed(QStringLiteral("old1")).id.isEmpty());
    QVERIFY(serverNamed(QStringLiteral("old2")).id.isEmpty());
}

void TestPushPanel::deletedElsewhere404()
{
    auto *job = pushcalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id,
                                  QStringLiteral("ghost"), QStringLiteral("boo"), QStringLiteral("t"));
    QVERIFY(SignedInFixture::finish(job));
    const QString id = job->result().id;
    m_panel->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(m_panel->drafts(), QStringLiteral("ghost")) >= 0, 20000);
    QVERIFY(clickRow(m_panel->drafts(), QStringLiteral("ghost")));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->shownMessage().id == id, 20000);
    QVERIFY(SignedInFixture::finish(
        pushcalls::remove(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, id)));
    m_panel->messageEdit()->setPlainText(QStringLiteral("boo!"));
    QTest::mouseClick(m_panel->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->banner()->isVisible()
                                 && m_panel->banner()->error().errorCode
                                     == QLatin1String("MessageNotFound"),
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(m_panel->drafts(), QStringLiteral("ghost")) < 0, 20000);
}

void TestPushPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("STITCH_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set STITCH_SHOTS_DIR to write screenshots");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(SignedInFixture::finish(pushcalls::create(
        *m_fx.other->client(), m_fx.groupId, m_fx.app.id, QStringLiteral("Weekly digest"),
        QStringLiteral("Your weekly summary is ready."), QStringLiteral("digest"))));
    QVERIFY(SignedInFixture::finish(pushcalls::create(
        *m_fx.other->client(), m_fx.groupId, m_fx.app.id, QStringLiteral("Maintenance"),
        QStringLiteral("We will be down Sunday 02:00-03:00 UTC."), QStringLiteral("status"))));
    for (const bool dark : { false, true }) {
        theme::apply(dark);
        m_panel->stateTabs()->setCurrentIndex(0);
        m_panel->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(clickRow(m_panel->drafts(), QStringLiteral("Weekly digest")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->shownMessage().name == QLatin1String("Weekly digest"), 20000);
        QTest::qWait(200);
        QVERIFY(m_panel->grab().save(dir + (dark ? QStringLiteral("/push-drafts-dark.png")
                                                 : QStringLiteral("/push-drafts-light.png"))));
        m_panel->stateTabs()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(clickRow(m_panel->sent(), QStringLiteral("Spring sale")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->shownMessage().name == QLatin1String("Spring sale"), 20000);
        QVERIFY(m_panel->grab().save(dir + (dark ? QStringLiteral("/push-sent-dark.png")
                                                 : QStringLiteral("/push-sent-light.png"))));
    }
    theme::apply(false);
}

QTEST_MAIN(TestPushPanel)
#include "tst_pushpanel.moc"
