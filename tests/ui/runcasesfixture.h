#pragma once

// What the run cases tests share: the Functions panel over the real local server
// (FunctionsPanelDriver), the session's cases kept in a temporary folder, a function that
// throws ("explode"), and small helpers to make cases and wait for their saves.
#include "functionspaneldriver.h"

#include <models/cases/caseresultsmodel.h>
#include <models/cases/caserunner.h>
#include <models/cases/runcasemodel.h>

inline RunCase makeCase(const QString &function, const QString &name, const QJsonArray &arguments,
                        RunCase::Expect expect, const QJsonValue &expected = QJsonValue(),
                        const QString &pattern = QString())
{
    RunCase c;
    c.function = function;
    c.name = name;
    c.arguments = arguments;
    c.expect = expect;
    c.expected = expected;
    c.errorPattern = pattern;
    return c;
}

//! One JSON value from text (any value, scalars included); undefined when it does not parse.
inline QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().first();
}

struct RunCasesFixture : FunctionsPanelDriver
{
    //! Starts the server and the panel; the cases live in m_casesDir. Fails the test on error.
    void setUpCases(const QString &testName)
    {
        QVERIFY(setUp(testName));
        QVERIFY(m_casesDir.isValid());
        m_cases = RunCaseModel::of(m_fx.session.get());
        m_cases->setMirrorFolder(QString());
        m_cases->setDirectory(m_casesDir.path());
        QTRY_VERIFY(m_cases->isLoaded());
        QCOMPARE(m_cases->rowCount(), 0);
        // A function that throws, for the "fails" cases.
        StitchFunction explode;
        explode.name = QStringLiteral("explode");
        explode.source
            = QStringLiteral("exports = function(what) {\n  throw new Error(`boom: ${what}`);\n};\n");
        QVERIFY(SignedInFixture::finish(
            functioncalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, explode)));
        m_panel->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(QStringLiteral("explode")) >= 0, 20000);
    }
    //! Closes dialogs and removes every case (waiting for the write).
    void cleanUpCases()
    {
        closeEverything();
        for (const RunCase &c : m_cases->cases())
            m_cases->removeCase(c.id);
        QVERIFY(waitSaved(m_cases));
    }
    //! Waits until the model's saves reached the disk.
    bool waitSaved(RunCaseModel *model)
    {
        // A round trip through the model's one writer thread: a load queued after the saves.
        QSignalSpy loaded(model, &RunCaseModel::loaded);
        const QList<RunCase> before = model->cases();
        model->setDirectory(model->directory());
        // The answer may come at once (a worker quicker than this thread), or later.
        if (loaded.isEmpty() && !loaded.wait(10000))
            return false;
        return model->cases().size() == before.size();
    }

    CaseResultsModel m_results;
    QTemporaryDir m_casesDir;
    RunCaseModel *m_cases = nullptr;
};
