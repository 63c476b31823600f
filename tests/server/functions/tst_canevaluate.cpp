#include "server/functions/canevaluate.h"

#include <QJsonDocument>
#include <QtTest>

using stitchlocal::EvaluationScope;

//! A function's can_evaluate rule, as functions/call checks it before a run: what each form
//! allows and denies, and that a rule it cannot read denies (fail closed).
class tst_CanEvaluate : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
};

void tst_CanEvaluate::rules_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("explained"); //!< denied with a reason (a rule it cannot read)
    const auto row = [](const char *name, const char *rule, bool allowed, bool explained = false) {
        QTest::newRow(name) << QByteArray(rule) << allowed << explained;
    };
    row("empty", "{}", true);
    row("true", R"({"%%true": true})", true);
    row("false", R"({"%%true": false})", false);
    row("user id", R"({"%%user.id": "u1"})", true);
    row("other user", R"({"%%user.id": "u2"})", false);
    row("user data", R"({"%%user.data.role": "admin"})", true);
    row("argument", R"({"%%args.0": 5})", true);
    row("argument against user", R"({"%%args.1": "%%user.id"})", true);
    row("value", R"({"%%values.plan": "gold"})", true);
    row("in", R"({"%%user.data.role": {"%in": ["admin", "owner"]}})", true);
    row("nin", R"({"%%user.data.role": {"%nin": ["admin"]}})", false);
    row("ne", R"({"%%args.0": {"%ne": 6}})", true);
    row("exists", R"({"%%user.data.missing": {"%exists": false}})", true);
    row("or", R"({"%or": [{"%%user.id": "x"}, {"%%args.0": 5}]})", true);
    row("or none", R"({"%or": [{"%%user.id": "x"}, {"%%args.0": 6}]})", false);
    row("and", R"({"%and": [{"%%user.id": "u1"}, {"%%args.0": 6}]})", false);
    row("all fields", R"({"%%user.id": "u1", "%%args.0": 6})", false);
    row("unknown operator", R"({"%%args.0": {"%gt": 1}})", false, true);
    row("unknown top level", R"({"%function": {"name": "x"}})", false, true);
    row("unknown inside or", R"({"%or": [{"%%args.0": {"%regex": "."}}, {"%%true": true}]})", false,
        true);
}

void tst_CanEvaluate::rules()
{
    QFETCH(QByteArray, rule);
    QFETCH(bool, allowed);
    QFETCH(bool, explained);
    const EvaluationScope scope {
        QJsonObject { { QStringLiteral("id"), QStringLiteral("u1") },
                      { QStringLiteral("data"),
                        QJsonObject { { QStringLiteral("role"), QStringLiteral("admin") } } } },
        QJsonArray { 5, QStringLiteral("u1") },
        QJsonObject { { QStringLiteral("plan"), QStringLiteral("gold") } }
    };
    QString why;
    QCOMPARE(stitchlocal::canEvaluate(QJsonDocument::fromJson(rule).object(), scope, &why),
             allowed);
    QCOMPARE(!why.isEmpty(), explained);
}

QTEST_GUILESS_MAIN(tst_CanEvaluate)
#include "tst_canevaluate.moc"
