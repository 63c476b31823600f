#pragma once

// What the Hosting panel's tests share (tst_hostingpanel, tst_hostingsync, tst_hostingbatch): a
// signed-in fixture with a local folder, a fresh panel per test (its tree model under
// QAbstractItemModelTester), and helpers that make local files and read back what the server
// holds and serves through the fixture's second client. A test class derives from QObject and
// this.

#include "signedinfixture.h"

#include <api/hostingcalls.h>
#include <models/assettreemodel.h>
#include <models/hostingtransfer.h>
#include <panels/hostingpanel.h>

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <memory>

class HostingTestFixture
{
protected:
    //! initTestCase(): the server and the local folder.
    void startFixture()
    {
        QVERIFY(m_fx.start());
        QVERIFY(m_local.isValid());
    }
    //! init(): a panel, shown and loaded.
    void openPanel()
    {
        m_panel = std::make_unique<HostingPanel>(m_fx.session.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_panel->resize(1200, 820);
        QSignalSpy reloaded(m_panel->model(), &AssetTreeModel::reloaded);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QVERIFY(reloaded.wait(20000));
    }
    //! cleanup()
    void closePanel()
    {
        m_tester.reset();
        m_panel.reset();
    }

    QString makeFile(const QString &relative, const QByteArray &bytes);
    static QString md5(const QByteArray &bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
    }
    HostingAsset fetch(const QString &path);
    QByteArray served(const HostingAsset &asset, QByteArray *contentType = nullptr);
    bool waitBatch();
    bool waitTree();
    QList<HostingAsset> serverAssets(const QString &prefix);
    static QByteArray pseudoRandom(qint64 size, quint32 seed);

    SignedInFixture m_fx;
    QTemporaryDir m_local;
    std::unique_ptr<HostingPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

inline QString HostingTestFixture::makeFile(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_local.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(bytes);
    return path;
}

inline QByteArray HostingTestFixture::pseudoRandom(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

inline HostingAsset HostingTestFixture::fetch(const QString &path)
{
    auto *job = hostingcalls::get(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, path);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(30000) || !job->ok())
        return {};
    return job->result();
}

inline QByteArray HostingTestFixture::served(const HostingAsset &asset, QByteArray *contentType)
{
    auto *job = hostingcalls::fetchServed(*m_fx.other->client(), asset.url);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(60000) || !job->ok())
        return QByteArray("<not served>");
    if (contentType)
        *contentType = job->responseHeader("Content-Type");
    return job->body();
}

inline QList<HostingAsset> HostingTestFixture::serverAssets(const QString &prefix)
{
    auto *job = hostingcalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(30000) || !job->ok())
        return {};
    QList<HostingAsset> found;
    for (const HostingAsset &asset : job->result()) {
        if (asset.path.startsWith(prefix))
            found << asset;
    }
    return found;
}

inline bool HostingTestFixture::waitBatch()
{
    QSignalSpy finished(m_panel.get(), &HostingPanel::transferFinished);
    return finished.wait(120000);
}

inline bool HostingTestFixture::waitTree()
{
    QSignalSpy reloaded(m_panel->model(), &AssetTreeModel::reloaded);
    return reloaded.wait(20000);
}
