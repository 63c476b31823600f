// Large answers are decoded on a pool thread and handed back on the job's thread; small ones are
// decoded at once. Against the real local server: a value big enough to cross the line.

#include "localserverfixture.h"

#include <api/apiclient.h>
#include <api/appcalls.h>
#include <api/authcalls.h>
#include <api/valuecalls.h>

#include <QSemaphore>
#include <QThread>
#include <QtTest>

#include <atomic>

class TestBackgroundDecode : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void largeAnswerDecodesOffTheUiThread();
    void smallAnswerDecodesAtOnce();
    void parseErrorFoundOffThreadIsReported();
    void abandonWhileDecodingFinishesOnceAsCancelled();
    void jobGoneWhileDecodingIsHarmless();

private:
    //! GET of the big value, decoded by parser.
    template<typename T> Job<T> *getBigValue(typename Job<T>::Parser parser)
    {
        return m_client.send(new Job<T>(QStringLiteral("GET"),
                                        m_client.urlFor({ QStringLiteral("groups"), m_group,
                                                          QStringLiteral("apps"), m_app,
                                                          QStringLiteral("values"), m_valueId }),
                                        std::move(parser)));
    }

    LocalServerFixture m_fixture;
    ApiClient m_client;
    QString m_group;
    QString m_app;
    QString m_valueId;
    QString m_bigText;
};

void TestBackgroundDecode::initTestCase()
{
    QVERIFY(m_fixture.start());
    m_client.setBaseUrl(m_fixture.root());
    Job<LoginResult> *login = authcalls::login(
        m_client, QStringLiteral("mongodb-cloud"), QString::fromLatin1(LocalServerFixture::PublicKey),
        QString::fromLatin1(LocalServerFixture::PrivateKey));
    QSignalSpy loggedIn(login, &ApiJob::finished);
    QVERIFY(loggedIn.wait());
    QVERIFY(login->ok());
    m_client.setTokens(login->result().accessToken, login->result().refreshToken);

    Job<AdminProfile> *profile = authcalls::profile(m_client);
    QSignalSpy profiled(profile, &ApiJob::finished);
    QVERIFY(profiled.wait());
    m_group = profile->result().groupIds().value(0);
    QVERIFY(!m_group.isEmpty());

    Job<App> *app = appcalls::create(m_client, m_group, NewApp { QStringLiteral("decode") });
    QSignalSpy created(app, &ApiJob::finished);
    QVERIFY(created.wait());
    QVERIFY2(app->ok(), qPrintable(app->error().details()));
    m_app = app->result().id;

    // 200 KB: well past the line, still a quick answer.
    m_bigText = QString(200 * 1024, u'x');
    StitchValue value;
    value.name = QStringLiteral("big");
    value.value = m_bigText;
    Job<StitchValue> *stored = valuecalls::create(m_client, m_group, m_app, value);
    QSignalSpy storedDone(stored, &ApiJob::finished);
    QVERIFY(storedDone.wait());
    QVERIFY2(stored->ok(), qPrintable(stored->error().details()));
    m_valueId = stored->result().id;
    QVERIFY(!m_valueId.isEmpty());
}

void TestBackgroundDecode::largeAnswerDecodesOffTheUiThread()
{
    auto decodedOn = std::make_shared<std::atomic<QThread *>>(nullptr);
    Job<QString> *job = getBigValue<QString>([decodedOn](const QJsonDocument &doc, QString *) {
        decodedOn->store(QThread::currentThread());
        return doc.object().value(QStringLiteral("value")).toString();
    });
    QString result;
    QThread *finishedOn = nullptr;
    job->onFinished(this, [&](Job<QString> *done) {
        result = done->result();
        finishedOn = QThread::currentThread();
    });
    QTRY_VERIFY(finishedOn);
    QVERIFY(decodedOn->load());
    QVERIFY(decodedOn->load() != QThread::currentThread());
    QCOMPARE(finishedOn, QThread::currentThread());
    QCOMPARE(result.size(), m_bigText.size());
    QCOMPARE(result, m_bigText);

    // The production parser gives the same through the same path.
    Job<StitchValue> *typed = valuecalls::get(m_client, m_group, m_app, m_valueId);
    StitchValue value;
    bool done = false;
    typed->onFinished(this, [&](Job<StitchValue> *finished) {
        value = finished->result();
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(value.name, QStringLiteral("big"));
    QCOMPARE(value.value.toString(), m_bigText);
}

void TestBackgroundDecode::smallAnswerDecodesAtOnce()
{
    auto decodedOn = std::make_shared<std::atomic<QThread *>>(nullptr);
    auto *job = m_client.send(new Job<int>(
        QStringLiteral("GET"), m_client.urlFor({ QStringLiteral("auth"), QStringLiteral("profile") }),
        [decodedOn](const QJsonDocument &doc, QString *) {
            decodedOn->store(QThread::currentThread());
            return int(doc.object().size());
        }));
    QSignalSpy finished(job, &ApiJob::finished);
    QVERIFY(finished.wait());
    QCOMPARE(decodedOn->load(), QThread::currentThread());
}

void TestBackgroundDecode::parseErrorFoundOffThreadIsReported()
{
    Job<QString> *job = getBigValue<QString>([](const QJsonDocument &, QString *why) {
        *why = QStringLiteral("no such shape");
        return QString();
    });
    ApiError error;
    bool done = false;
    job->onFinished(this, [&](Job<QString> *finished) {
        error = finished->error();
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(error.kind, ApiError::Parse);
    QVERIFY2(error.message.contains(QLatin1String("no such shape")), qPrintable(error.message));
    QCOMPARE(error.httpStatus, 200);
    QVERIFY(!error.bodySample.isEmpty());
    QVERIFY(error.bodySample.size() <= 2048);
}

void TestBackgroundDecode::abandonWhileDecodingFinishesOnceAsCancelled()
{
    // The parser holds the pool thread until the test lets it go.
    auto started = std::make_shared<QSemaphore>();
    auto gate = std::make_shared<QSemaphore>();
    Job<QString> *job = getBigValue<QString>([started, gate](const QJsonDocument &, QString *) {
        started->release();
        gate->tryAcquire(1, 10000);
        return QStringLiteral("late");
    });
    int finishes = 0;
    int status = -1;
    ApiError error;
    QString result;
    job->onFinished(this, [&](Job<QString> *finished) {
        ++finishes;
        status = finished->httpStatus();
        error = finished->error();
        result = finished->result();
    });
    QTRY_VERIFY(started->available() == 1);
    QVERIFY(!job->isFinished());
    job->abandon();
    QCOMPARE(finishes, 1);
    QCOMPARE(error.kind, ApiError::Cancelled);
    QCOMPARE(status, 0);
    QVERIFY(result.isEmpty());

    gate->release();
    // The pool thread's late answer must reach nobody.
    QTRY_COMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    QCOMPARE(finishes, 1);
}

void TestBackgroundDecode::jobGoneWhileDecodingIsHarmless()
{
    auto started = std::make_shared<QSemaphore>();
    auto gate = std::make_shared<QSemaphore>();
    auto owner = std::make_unique<QObject>();
    Job<QString> *job = getBigValue<QString>([started, gate](const QJsonDocument &, QString *) {
        started->release();
        gate->tryAcquire(1, 10000);
        return QStringLiteral("late");
    });
    job->setParent(owner.get());
    QTRY_VERIFY(started->available() == 1);
    owner.reset(); // deletes the job mid-decode
    gate->release();
    QTRY_COMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    QCoreApplication::processEvents();
    // Still serving: the next call works.
    Job<QString> *next = getBigValue<QString>([](const QJsonDocument &doc, QString *) {
        return doc.object().value(QStringLiteral("name")).toString();
    });
    QSignalSpy finished(next, &ApiJob::finished);
    QVERIFY(finished.wait());
    QCOMPARE(next->result(), QStringLiteral("big"));
}

QTEST_GUILESS_MAIN(TestBackgroundDecode)
#include "tst_backgrounddecode.moc"
