#include "appdatatestkit.h"

#include <QtTest>

using namespace appdatatest;

class tst_AppDataPush : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createDraft();
    void sendAndFilter();
    void createSent();
    void update();
    void setType();
    void deleteMessage();
    void createBad_data();
    void createBad();
    void badFilter();
    void unknownMessage_data();
    void unknownMessage();

private:
    QJsonObject newDraft(const QString &label)
    {
        return m_world
            .admin("POST", QStringLiteral("/push/notifications"),
                   { { QStringLiteral("label"), label },
                     { QStringLiteral("message"), QStringLiteral("hello") },
                     { QStringLiteral("topic"), QStringLiteral("news") },
                     { QStringLiteral("state"), QStringLiteral("draft") } })
            .object();
    }
    QJsonArray list(const QString &state = QString())
    {
        return (state.isEmpty()
                    ? m_world.admin("GET", QStringLiteral("/push/notifications"))
                    : m_world.adminGet(QStringLiteral("/push/notifications"),
                                       QUrlQuery { { QStringLiteral("state"), state } }))
            .array();
    }
    static QString path(const QString &id, const QString &suffix = {})
    {
        return QStringLiteral("/push/notifications/") + id + suffix;
    }

    World m_world;
};

void tst_AppDataPush::initTestCase()
{
    QString error;
    QVERIFY2(m_world.start(&error), qPrintable(error));
}

void tst_AppDataPush::createDraft()
{
    const Answer created = m_world.admin("POST", QStringLiteral("/push/notifications"),
                                         { { QStringLiteral("label"), QStringLiteral("first") },
                                           { QStringLiteral("message"), QStringLiteral("hi") },
                                           { QStringLiteral("topic"), QStringLiteral("all") } });
    QCOMPARE(created.status, 201);
    const QJsonObject message = created.object();
    QCOMPARE(message.value(QStringLiteral("_id")).toString().size(), 24);
    QCOMPARE(message.value(QStringLiteral("appID")).toString(), m_world.appId);
    QCOMPARE(message.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    QCOMPARE(message.value(QStringLiteral("label")).toString(), QStringLiteral("first"));
    QCOMPARE(message.value(QStringLiteral("message")).toString(), QStringLiteral("hi"));
    QCOMPARE(message.value(QStringLiteral("topic")).toString(), QStringLiteral("all"));
    QVERIFY(QDateTime::fromString(message.value(QStringLiteral("created")).toString(),
                                  Qt::ISODateWithMs)
                .isValid());
    QVERIFY(!message.contains(QStringLiteral("sent")));
    const Answer fetched
        = m_world.admin("GET", path(message.value(QStringLiteral("_id")).toString()));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.object(), message);
}

void tst_AppDataPush::sendAndFilter()
{
    const QString id = newDraft(QStringLiteral("to send")).value(QStringLiteral("_id")).toString();
    const int drafts = list(QStringLiteral("draft")).size();
    const int sentBefore = list(QStringLiteral("sent")).size();
    const int logsBefore = m_world.logs().size();

    const Answer sent = m_world.admin("POST", path(id, QStringLiteral("/send")));
    QCOMPARE(sent.status, 200);
    QCOMPARE(sent.object().value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
    const QDateTime at = QDateTime::fromString(
        sent.object().value(QStringLiteral("sent")).toString(), Qt::ISODateWithMs);
    QVERIFY(at.isValid());
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(m_world.admin("GET", path(id)).object(), sent.object());

    const QJsonArray draftList = list(QStringLiteral("draft"));
    const QJsonArray sentList = list(QStringLiteral("sent"));
    QCOMPARE(draftList.size(), drafts - 1);
    QCOMPARE(sentList.size(), sentBefore + 1);
    for (const QJsonValue &m : draftList)
        QCOMPARE(m[QStringLiteral("state")].toString(), QStringLiteral("draft"));
    for (const QJsonValue &m : sentList)
        QCOMPARE(m[QStringLiteral("state")].toString(), QStringLiteral("sent"));
    QCOMPARE(list().size(), draftList.size() + sentList.size());

    const QList<QJsonObject> logs = m_world.logs();
    QCOMPARE(logs.size(), logsBefore + 1);
    QCOMPARE(logs.last().value(QStringLiteral("type")).toString(), QStringLiteral("PUSH"));
}

void tst_AppDataPush::createSent()
{
    const Answer created = m_world.admin("POST", QStringLiteral("/push/notifications"),
                                         { { QStringLiteral("label"), QStringLiteral("now") },
                                           { QStringLiteral("message"), QStringLiteral("at once") },
                                           { QStringLiteral("topic"), QStringLiteral("all") },
                                           { QStringLiteral("state"), QStringLiteral("sent") } });
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
    QVERIFY(created.object().contains(QStringLiteral("sent")));
}

void tst_AppDataPush::update()
{
    const QJsonObject draft = newDraft(QStringLiteral("before"));
    const QString id = draft.value(QStringLiteral("_id")).toString();
    const Answer updated
        = m_world.admin("PUT", path(id), { { QStringLiteral("label"), QStringLiteral("after") } });
    QCOMPARE(updated.status, 200);
    QJsonObject expected = draft;
    expected.insert(QStringLiteral("label"), QStringLiteral("after"));
    QCOMPARE(updated.object(), expected);
    QCOMPARE(m_world.admin("GET", path(id)).object(), expected);

    const Answer wrongType = m_world.adminRaw("PUT", path(id), R"({"topic":3})");
    QCOMPARE(wrongType.status, 400);
    QCOMPARE(wrongType.errorCode(), QStringLiteral("InvalidParameter"));
    QCOMPARE(m_world.adminRaw("PUT", path(id), "{").status, 400);
    QCOMPARE(m_world.admin("GET", path(id)).object(), expected);

    // A message that went out cannot be rewritten.
    QCOMPARE(m_world.admin("POST", path(id, QStringLiteral("/send"))).status, 200);
    const Answer late = m_world.admin("PUT", path(id),
                                      { { QStringLiteral("label"), QStringLiteral("too late") } });
    QCOMPARE(late.status, 400);
    QCOMPARE(m_world.admin("GET", path(id)).object().value(QStringLiteral("label")).toString(),
             QStringLiteral("after"));
}

void tst_AppDataPush::setType()
{
    const QString id = newDraft(QStringLiteral("typed")).value(QStringLiteral("_id")).toString();
    const Answer typed = m_world.admin("PUT", path(id, QStringLiteral("/type")),
                                       { { QStringLiteral("type"), QStringLiteral("gcm") } });
    QCOMPARE(typed.status, 200);
    QCOMPARE(typed.object().value(QStringLiteral("type")).toString(), QStringLiteral("gcm"));
    QCOMPARE(m_world.admin("GET", path(id)).object().value(QStringLiteral("type")).toString(),
             QStringLiteral("gcm"));
    const Answer missing = m_world.admin("PUT", path(id, QStringLiteral("/type")));
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), QStringLiteral("MissingParameter"));
}

void tst_AppDataPush::deleteMessage()
{
    const QString id = newDraft(QStringLiteral("bye")).value(QStringLiteral("_id")).toString();
    const int before = list().size();
    QCOMPARE(m_world.admin("DELETE", path(id)).status, 204);
    QCOMPARE(m_world.admin("GET", path(id)).status, 404);
    QCOMPARE(list().size(), before - 1);
}

void tst_AppDataPush::createBad_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("malformed") << QByteArray("{\"label\":") << "InvalidParameter";
    QTest::newRow("no topic") << QByteArray(R"({"label":"l","message":"m"})") << "MissingParameter";
    QTest::newRow("message a number")
        << QByteArray(R"({"label":"l","message":1,"topic":"t"})") << "InvalidParameter";
    QTest::newRow("label of 300 characters")
        << R"({"label":")" + QByteArray(300, 'l') + R"(","message":"m","topic":"t"})"
        << "InvalidParameter";
    QTest::newRow("message of 5,000 characters")
        << R"({"label":"l","message":")" + QByteArray(5000, 'm') + R"(","topic":"t"})"
        << "InvalidParameter";
    QTest::newRow("topic of 300 characters")
        << R"({"label":"l","message":"m","topic":")" + QByteArray(300, 't') + R"("})"
        << "InvalidParameter";
    QTest::newRow("unknown state")
        << QByteArray(R"({"label":"l","message":"m","topic":"t","state":"queued"})")
        << "InvalidParameter";
}

void tst_AppDataPush::createBad()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const int before = list().size();
    const Answer answer = m_world.adminRaw("POST", QStringLiteral("/push/notifications"), body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), code);
    QCOMPARE(list().size(), before);
}

void tst_AppDataPush::badFilter()
{
    const Answer answer
        = m_world.adminGet(QStringLiteral("/push/notifications"),
                           QUrlQuery { { QStringLiteral("state"), QStringLiteral("lost") } });
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), QStringLiteral("InvalidParameter"));
}

void tst_AppDataPush::unknownMessage_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("get") << QByteArray("GET") << QString();
    QTest::newRow("put") << QByteArray("PUT") << QString();
    QTest::newRow("delete") << QByteArray("DELETE") << QString();
    QTest::newRow("type") << QByteArray("PUT") << "/type";
    QTest::newRow("send") << QByteArray("POST") << "/send";
}

void tst_AppDataPush::unknownMessage()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, suffix);
    const Answer answer
        = m_world.admin(verb, path(QStringLiteral("5f0000000000000000000000"), suffix));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.errorCode(), QStringLiteral("MessageNotFound"));
}

QTEST_GUILESS_MAIN(tst_AppDataPush)
#include "tst_appdatapush.moc"
