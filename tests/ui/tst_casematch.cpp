// The matching rules of run cases (casematch), pure: Extended JSON in a result read as the
// values the user wrote, equality, and the subset rule for objects and arrays.
#include <models/cases/runcase.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
QJsonValue json(const QString &text)
{
    return QJsonDocument::fromJson("[" + text.toUtf8() + "]").array().first();
}
} // namespace

class TestCaseMatch : public QObject
{
    Q_OBJECT
private slots:
    void matchRules_data();
    void matchRules();
    void diffTextIsPlain();
};

void TestCaseMatch::matchRules_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("matches");
    QTest::newRow("double 800 equals 800") << "equals"
                                           << R"({"$numberDouble": "800"})"
                                           << "800" << true;
    QTest::newRow("canonical 800.0 equals 800") << "equals"
                                                << R"({"$numberDouble": "800.0"})"
                                                << "800" << true;
    QTest::newRow("int equals") << "equals"
                                << R"({"$numberInt": "7"})"
                                << "7" << true;
    QTest::newRow("long equals") << "equals"
                                 << R"({"$numberLong": "9"})"
                                 << "9" << true;
    QTest::newRow("800 is not 801") << "equals"
                                    << R"({"$numberDouble": "800"})"
                                    << "801" << false;
    QTest::newRow("string is not number") << "equals"
                                          << R"("800")"
                                          << "800" << false;
    QTest::newRow("object equals nested")
        << "equals"
        << R"({"a": {"$numberDouble": "1"}, "b": [{"$numberInt": "2"}]})"
        << R"({"b": [2], "a": 1})" << true;
    QTest::newRow("object with extra key is not equal") << "equals"
                                                        << R"({"a": 1, "b": 2})"
                                                        << R"({"a": 1})" << false;
    QTest::newRow("expected written as EJSON") << "equals"
                                               << "5"
                                               << R"({"$numberDouble": "5"})" << true;
    QTest::newRow("subset of object") << "contains"
                                      << R"({"a": {"$numberDouble": "1"}, "b": {"c": 2, "d": 3}})"
                                      << R"({"b": {"d": 3}})" << true;
    QTest::newRow("missing key") << "contains"
                                 << R"({"a": 1})"
                                 << R"({"b": 1})" << false;
    QTest::newRow("wrong nested value") << "contains"
                                        << R"({"b": {"d": 4}})"
                                        << R"({"b": {"d": 3}})" << false;
    QTest::newRow("array subsequence") << "contains"
                                       << "[1, 2, 3, 4]"
                                       << "[2, 4]" << true;
    QTest::newRow("array order matters") << "contains"
                                         << "[1, 2, 3, 4]"
                                         << "[4, 2]" << false;
    QTest::newRow("array of objects by subset") << "contains"
                                                << R"([{"id": 1, "x": 0}, {"id": 2, "x": 5}])"
                                                << R"([{"id": 2}])" << true;
    QTest::newRow("array element used once") << "contains"
                                             << "[1, 2]"
                                             << "[1, 1]" << false;
    QTest::newRow("scalar must be equal") << "contains"
                                          << "3"
                                          << "3" << true;
}

void TestCaseMatch::matchRules()
{
    QFETCH(QString, kind);
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QFETCH(bool, matches);
    const QJsonValue a = json(actual);
    const QJsonValue e = json(expected);
    QVERIFY(!a.isUndefined() && !e.isUndefined());
    QCOMPARE(kind == QLatin1String("equals") ? casematch::equals(a, e) : casematch::contains(a, e),
             matches);
}

void TestCaseMatch::diffTextIsPlain()
{
    // The diff view shows numbers as the user writes them, keys sorted, indented.
    QCOMPARE(casematch::text(json(R"({"b": {"$numberDouble": "800.0"}, "a": [1]})")),
             QStringLiteral("{\n    \"a\": [\n        1\n    ],\n    \"b\": 800\n}\n"));
    QCOMPARE(casematch::text(json(R"("x")")), QStringLiteral("\"x\"\n"));
    QCOMPARE(casematch::text(json(R"({"$oid": "5f0c"})")), QStringLiteral("\"5f0c\"\n"));
}

QTEST_MAIN(TestCaseMatch)
#include "tst_casematch.moc"
