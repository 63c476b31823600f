#pragma once

// Shared by the drafts tests: a real server with Alice and Bob in one group and Carol in a group
// of her own, and a second connection to its store. Configuration documents are written through
// that connection's ConfigStore, as the admin they belong to, because the routes of each
// resource kind live in other areas.

#include "../servertestkit.h"
#include "server/configstore.h"
#include "server/store.h"

#include <QtTest>

namespace draftstest {

using namespace stitchlocal;
using namespace servertest;

inline const QString kGroup = QStringLiteral("65a000000000000000000001");

inline Resource doc(const QString &kind, const QString &id, const QString &name,
                    const QJsonObject &extra = {}, const QString &parentId = QString())
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("_id"), id);
    object.insert(QStringLiteral("name"), name);
    return { kind, id, parentId, name, object };
}

// Fixed ids, so that expected files can be written out in full.

// Fixed ids, so that expected files can be written out in full.
inline const QString kFunctionId = QStringLiteral("0000000000000000000000f1");
inline const QString kServiceId = QStringLiteral("0000000000000000000000c1");
inline const QString kSource = QStringLiteral("exports = function(a, b) {\n  return a + b;\n};\n");

inline Resource sumFunction(const QString &source = kSource)
{
    return doc(QStringLiteral("function"), kFunctionId, QStringLiteral("sum"),
               { { QStringLiteral("private"), false }, { QStringLiteral("source"), source } });
}

class DraftsFixture
{
protected:
    //! Starts the server, signs the three admins in, opens the second connection; and makes
    //! m_app with one deployment (m_deployment) and an open draft of Alice's (m_aliceDraft).
    void startDraftsServer()
    {
        ServerOptions options = loopbackOptions(m_dir.path());
        options.admins = { user(QStringLiteral("alice"), QStringLiteral("a-pw"), kGroup),
                           user(QStringLiteral("bob"), QStringLiteral("b-pw"), kGroup),
                           user(QStringLiteral("carol"), QStringLiteral("c-pw")) };
        QString error;
        m_server = servertest::startServer(options, &error);
        QVERIFY2(m_server, qPrintable(error));
        m_probe.setRoot(m_server->rootUrl());
        m_alice = m_probe.login(QStringLiteral("local"), QStringLiteral("alice"),
                                QStringLiteral("a-pw"));
        m_bob
            = m_probe.login(QStringLiteral("local"), QStringLiteral("bob"), QStringLiteral("b-pw"));
        m_carol = m_probe.login(QStringLiteral("local"), QStringLiteral("carol"),
                                QStringLiteral("c-pw"));
        QVERIFY(!m_alice.access.isEmpty() && !m_bob.access.isEmpty() && !m_carol.access.isEmpty());
        QCOMPARE(m_probe.groupOf(m_bob.access), kGroup);
        bool created = false;
        QVERIFY2(m_peek.open(m_dir.path(), &error, &created), qPrintable(error));
        m_config = std::make_unique<ConfigStore>(m_peek);

        m_app = newApp(QStringLiteral("shared"));
        m_aliceDraft = newDraft(m_app, m_alice);
        QVERIFY(!m_aliceDraft.isEmpty());
        const Answer deployed = m_probe.send(
            "POST", path(m_app, QStringLiteral("/drafts/%1/deployment").arg(m_aliceDraft)),
            m_alice.access);
        QCOMPARE(deployed.status, 201);
        m_deployment = deployed.object().value(QStringLiteral("_id")).toString();
        m_aliceDraft = newDraft(m_app, m_alice);
        QVERIFY(!m_aliceDraft.isEmpty());
    }

    QString path(const QString &appId, const QString &rest) const
    {
        return QStringLiteral("/groups/%1/apps/%2").arg(kGroup, appId) + rest;
    }

    QString newApp(const QString &name, QString *clientAppId = nullptr)
    {
        const Answer answer = m_probe.post(QStringLiteral("/groups/%1/apps").arg(kGroup),
                                           { { QStringLiteral("name"), name } }, m_alice.access);
        if (clientAppId)
            *clientAppId = answer.object().value(QStringLiteral("client_app_id")).toString();
        return answer.object().value(QStringLiteral("_id")).toString();
    }

    QString newDraft(const QString &appId, const Tokens &who)
    {
        const Answer answer
            = m_probe.send("POST", path(appId, QStringLiteral("/drafts")), who.access);
        return answer.status == 201 ? answer.object().value(QStringLiteral("_id")).toString()
                                    : QString();
    }

    int deploymentCount(const QString &appId)
    {
        return m_probe.get(path(appId, QStringLiteral("/deployments")), m_alice.access)
            .array()
            .size();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalServer> m_server;
    Probe m_probe;
    Tokens m_alice;
    Tokens m_bob; // same group as Alice
    Tokens m_carol; // a group of her own
    QString m_app; // Alice's app with one deployment and her open draft
    QString m_aliceDraft;
    QString m_deployment;
    Store m_peek; // the server's store, through a second connection
    std::unique_ptr<ConfigStore> m_config; // declared after m_peek: goes first
};

} // namespace draftstest
