// Every operation from the console: the operation table of the API layer
// (api/operationtable.h) names, for each of the 90 operations of the reference and the four
// extras stitch-local serves, the call that performs it. This test checks that
//  - the table holds exactly those 94 operations (read from tests/reference/operations.md),
//  - each row's call really sends that method and path, and the server routes it,
//  - every call of the table is declared by an action of a registered panel (built from the
//    PanelRegistry, read from Panel::callUses(), i.e. the actions the palette lists) or by one
//    of the few entry points outside the panels named below, and every declared name is a call
//    of the table.
// With STITCH_OPERATION_TABLE set to a file name it writes the README's operation table there.
#include "signedinfixture.h"

#include <api/apiclient.h>
#include <api/operationtable.h>
#include <panels/panel.h>
#include <panels/panelregistry.h>

#include <QAction>
#include <QFile>
#include <QRegularExpression>

namespace {

//! Calls made outside the panels, with where. Kept short: each is made by the session or the
//! client for every panel alike, so no panel action could own it.
const QList<QPair<QString, QString>> EntryPoints {
    { QStringLiteral("authcalls::login"), QStringLiteral("Sign-in dialog: Sign In") },
    { QStringLiteral("authcalls::profile"), QStringLiteral("Sign-in dialog: Sign In (then)") },
    { QStringLiteral("authcalls::providers"),
      QStringLiteral("Sign-in dialog: Sign In, when the server lacks the profile's provider") },
    { QStringLiteral("authcalls::logout"), QStringLiteral("File: Sign Out") },
    { QStringLiteral("authcalls::refresh"),
      QStringLiteral("any call that finds its access token expired (ApiClient)") },
};

QString keyOf(const QString &method, const QString &path)
{
    return method + QLatin1Char(' ') + path;
}

} // namespace

class TestOperationTable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tableHoldsEveryOperationOnce();
    void everyCallSendsItsOperation();
    void everyCallIsReachedByAnAction();
    void signInNamesTheProvidersTheServerHas();

private:
    //! call → "Panel: action" for every declaration of every registered panel.
    QMultiHash<QString, QString> declaredUses();

    SignedInFixture m_fx;
};

void TestOperationTable::initTestCase()
{
    QVERIFY(m_fx.start());
}

void TestOperationTable::tableHoldsEveryOperationOnce()
{
    QFile list(QStringLiteral(STITCH_OPERATIONS_MD));
    QVERIFY2(list.open(QIODevice::ReadOnly), STITCH_OPERATIONS_MD);
    static const QRegularExpression row(
        QStringLiteral("^\\| (GET|POST|PUT|PATCH|DELETE) \\| `([^`]+)`"),
        QRegularExpression::MultilineOption);
    QStringList expected;
    for (auto it = row.globalMatch(QString::fromUtf8(list.readAll())); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        expected << keyOf(match.captured(1), match.captured(2));
    }
    QCOMPARE(expected.size(), 90);
    const QString app = QStringLiteral("/groups/{groupId}/apps/{appId}");
    const QStringList extras {
        keyOf(QStringLiteral("DELETE"), app + QStringLiteral("/hosting/assets/asset")),
        keyOf(QStringLiteral("PUT"), app + QStringLiteral("/hosting/cache")),
        keyOf(QStringLiteral("GET"), app + QStringLiteral("/drafts/{draftId}")),
        keyOf(QStringLiteral("GET"), app + QStringLiteral("/deployments/{deploymentId}")),
        // Secrets: beyond the reference, same API version (WIRE.md).
        keyOf(QStringLiteral("GET"), app + QStringLiteral("/secrets")),
        keyOf(QStringLiteral("POST"), app + QStringLiteral("/secrets")),
        keyOf(QStringLiteral("PUT"), app + QStringLiteral("/secrets/{secretId}")),
        keyOf(QStringLiteral("DELETE"), app + QStringLiteral("/secrets/{secretId}")),
        keyOf(QStringLiteral("GET"), app + QStringLiteral("/dependencies")),
        keyOf(QStringLiteral("POST"), app + QStringLiteral("/dependencies")),
    };

    QStringList inTable;
    for (const operationtable::Operation &operation : operationtable::operations()) {
        QVERIFY2(!inTable.contains(operation.key()), qPrintable(operation.key()));
        inTable << operation.key();
        QVERIFY2(!operation.call.isEmpty() && operation.invoke, qPrintable(operation.key()));
        QCOMPARE(operation.extra, extras.contains(operation.key()));
    }
    QStringList missing;
    for (const QString &key : expected + extras) {
        if (!inTable.contains(key))
            missing << key;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("no call for:\n  ") + missing.join(QStringLiteral("\n  "))));
    QCOMPARE(inTable.size(), 100);
}

void TestOperationTable::everyCallSendsItsOperation()
{
    // A client with no session: each call goes out, and the server answers it before anything
    // is touched (401 for a call that needs a token). The router answers NotFound or 405 only
    // when no route has that method and path.
    ApiClient client;
    client.setBaseUrl(m_fx.server->rootUrl());
    const QString prefix = QStringLiteral("/api/admin/v3.0");
    for (const operationtable::Operation &operation : operationtable::operations()) {
        ApiJob *job = operation.invoke(client);
        QVERIFY2(job, qPrintable(operation.key()));
        QCOMPARE(job->method(), operation.method);
        QString path = job->url().path(QUrl::FullyDecoded);
        QVERIFY2(path.startsWith(prefix),
                 qPrintable(operation.key() + QLatin1String(" → ") + path));
        path = path.mid(prefix.size());
        QVERIFY2(operationtable::pathMatches(operation.path, path),
                 qPrintable(operation.call + QLatin1String(" sends ") + path
                            + QLatin1String(", not ") + operation.path));
        QSignalSpy done(job, &ApiJob::finished);
        QVERIFY(done.wait(20000));
        const ApiError error = job->error();
        if (error.kind == ApiError::LocalFile)
            continue; // the upload's placeholder file does not exist: nothing was sent
        QVERIFY2(error.httpStatus > 0,
                 qPrintable(operation.key() + QLatin1String(": ") + error.summary()));
        QVERIFY2(error.httpStatus != 405 && error.errorCode != QLatin1String("NotFound"),
                 qPrintable(operation.key() + QLatin1String(": the server has no such route: ")
                            + error.summary()));
    }
}

QMultiHash<QString, QString> TestOperationTable::declaredUses()
{
    QMultiHash<QString, QString> uses;
    for (const PanelSpec &spec : panelRegistry()) {
        std::unique_ptr<Panel> panel(spec.create(m_fx.session.get(), nullptr));
        for (const Panel::CallUse &use : panel->callUses()) {
            for (const QString &call : use.calls)
                uses.insert(call, spec.title + QLatin1String(": ") + use.trigger);
        }
    }
    return uses;
}

void TestOperationTable::everyCallIsReachedByAnAction()
{
    QMultiHash<QString, QString> uses = declaredUses();
    QVERIFY(!uses.isEmpty());
    // Every name a panel declares is a call of the table (a typo is not a declaration).
    QStringList unknown;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (!operationtable::byCall(it.key()))
            unknown << it.key() + QLatin1String(" (") + it.value() + QLatin1Char(')');
    }
    QVERIFY2(unknown.isEmpty(),
             qPrintable(QStringLiteral("not calls of the table:\n  ")
                        + unknown.join(QStringLiteral("\n  "))));
    for (const auto &[call, where] : EntryPoints) {
        QVERIFY2(operationtable::byCall(call), qPrintable(call));
        QVERIFY2(!uses.contains(call), qPrintable(call + QLatin1String(" is a panel's too")));
        uses.insert(call, where);
    }

    QStringList unreached;
    QStringList lines;
    for (const operationtable::Operation &operation : operationtable::operations()) {
        QStringList where = uses.values(operation.call);
        if (where.isEmpty()) {
            unreached << operation.key() + QLatin1String(" (") + operation.call + QLatin1Char(')');
            continue;
        }
        where.sort();
        where.removeDuplicates();
        lines << QStringLiteral("| %1 | `%2` | `%3` | %4 |")
                     .arg(operation.method, operation.path, operation.call,
                          where.join(QStringLiteral("; ")));
    }
    QVERIFY2(unreached.isEmpty(),
             qPrintable(QStringLiteral("reached by no action:\n  ")
                        + unreached.join(QStringLiteral("\n  "))));

    const QString out = qEnvironmentVariable("STITCH_OPERATION_TABLE");
    if (!out.isEmpty()) {
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    }
}

void TestOperationTable::signInNamesTheProvidersTheServerHas()
{
    // The entry point of GET /auth/providers: a profile whose provider the server lacks.
    Session session;
    Profile profile;
    profile.id = QStringLiteral("wrong-provider");
    profile.provider = QStringLiteral("no-such-provider");
    profile.username = QStringLiteral("functions-tester");
    profile.baseUrl = m_fx.server->rootUrl();
    QSignalSpy failed(&session, &Session::signInFailed);
    session.signIn(profile, m_fx.server->rootUrl(), QStringLiteral("functions-tester-secret"));
    QVERIFY(failed.wait(20000));
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.httpStatus, 404);
    QVERIFY2(error.message.contains(QLatin1String("This server signs in with: ")),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("mongodb-cloud")), qPrintable(error.message));
}

QTEST_MAIN(TestOperationTable)
#include "tst_operationtable.moc"
