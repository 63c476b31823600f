// The Router's async handler form that the functions area relies on: a Responder answers once,
// copies share that one answer, a handler may answer after it returned, and sync handlers and
// guard refusals still answer at once through the same path.

#include "server/router.h"

#include <QtTest>

#include <functional>

using namespace stitchlocal;

class tst_FunctionAsyncRouter : public QObject
{
    Q_OBJECT

private slots:
    void responderAnswersOnce();
    void deferredAnswer();
    void syncFormsUnchanged_data();
    void syncFormsUnchanged();
};

namespace {

Request post(const QString &path)
{
    Request request;
    request.method = Method::Post;
    request.path = path;
    return request;
}

} // namespace

void tst_FunctionAsyncRouter::responderAnswersOnce()
{
    QList<int> sent;
    Responder respond([&sent](Reply reply) { sent.append(reply.status); });
    const Responder copy = respond;
    QVERIFY(!copy.answered());
    copy(Reply::noContent());
    respond(Reply::json(QJsonObject(), 201));
    QCOMPARE(sent, QList<int> { 204 });
    QVERIFY(respond.answered());
    Responder empty;
    empty(Reply::noContent()); // no sender: nothing happens, nothing crashes
}

void tst_FunctionAsyncRouter::deferredAnswer()
{
    Router router;
    Responder kept;
    QString seenId;
    router.addAsync(Method::Post, QStringLiteral("/things/{id}"), Access::Public,
                    [&](Call &call, Responder respond) {
                        // The call is gone once the handler returns: keep copies only.
                        seenId = call.param(QStringLiteral("id"));
                        kept = std::move(respond);
                    });
    QList<int> sent;
    router.dispatch(QStringLiteral("/api"), post(QStringLiteral("/api/things/a%20b")),
                    Responder([&sent](Reply reply) { sent.append(reply.status); }));
    QCOMPARE(seenId, QStringLiteral("a b"));
    QVERIFY(sent.isEmpty());
    kept(Reply::json(QJsonObject(), 201));
    QCOMPARE(sent, QList<int> { 201 });

    // The synchronous form cannot wait: it says so instead of hanging.
    const Reply sync
        = router.dispatch(QStringLiteral("/api"), post(QStringLiteral("/api/things/x")));
    QCOMPARE(sync.status, 500);
}

void tst_FunctionAsyncRouter::syncFormsUnchanged_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("status");
    QTest::newRow("sync handler") << QStringLiteral("/api/sync") << QStringLiteral("t") << 200;
    QTest::newRow("async handler answering at once")
        << QStringLiteral("/api/now") << QStringLiteral("t") << 202;
    QTest::newRow("guard refuses") << QStringLiteral("/api/sync") << QString() << 401;
    QTest::newRow("no such path") << QStringLiteral("/api/none") << QStringLiteral("t") << 404;
}

void tst_FunctionAsyncRouter::syncFormsUnchanged()
{
    QFETCH(QString, path);
    QFETCH(QString, token);
    QFETCH(int, status);
    Router router;
    router.add(Method::Post, QStringLiteral("/sync"), Access::AccessToken,
               [](Call &) { return Reply::json(QJsonObject()); });
    router.addAsync(Method::Post, QStringLiteral("/now"), Access::AccessToken,
                    [](Call &, Responder respond) { respond(Reply::json(QJsonObject(), 202)); });
    router.setGuard([](Access, Call &call) -> Failure {
        if (call.request.bearerToken().isEmpty())
            return Reply::invalidSession();
        return std::nullopt;
    });
    Request request = post(path);
    if (!token.isEmpty())
        request.headers.append({ "Authorization", "Bearer " + token.toUtf8() });
    QList<int> sent;
    router.dispatch(QStringLiteral("/api"), request,
                    Responder([&sent](Reply reply) { sent.append(reply.status); }));
    QCOMPARE(sent, QList<int> { status });
    QCOMPARE(router.dispatch(QStringLiteral("/api"), request).status, status);
}

QTEST_GUILESS_MAIN(tst_FunctionAsyncRouter)
#include "tst_functionasyncrouter.moc"
