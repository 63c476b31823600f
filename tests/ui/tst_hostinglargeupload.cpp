// Hosting uploads larger than the 64 MiB every other request is held to: stitch-local writes
// such a body to a file in its data folder as it arrives (never whole in memory) and takes up to
// --max-upload-bytes. A 72 MiB file goes up through the console's own streamed upload and comes
// back byte for byte from its url; the spool file is gone afterwards; any other route still
// answers 413 past 64 MiB, told by Content-Length before a byte of the body is sent.

#include "signedinfixture.h"

#include <api/hostingcalls.h>
#include <models/hostingsync.h>
#include <models/hostingtransfer.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <QTcpSocket>

class TestHostingLargeUpload : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void uploadLargerThanTheBodyLimit();
    void otherRoutesKeepTheBodyLimit();
    void uploadOverItsOwnLimitRefused();

private:
    //! The first line of the server's answer to a request head announcing length body bytes
    //! (with Expect: 100-continue, so an accepted one answers before its body).
    QByteArray statusLineFor(const QByteArray &method, const QByteArray &path, qint64 length);

    SignedInFixture m_fx;
    QTemporaryDir m_local;
};

void TestHostingLargeUpload::initTestCase()
{
    QVERIFY(m_fx.start());
    QVERIFY(m_local.isValid());
}

QByteArray TestHostingLargeUpload::statusLineFor(const QByteArray &method, const QByteArray &path,
                                                 qint64 length)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_fx.server->port());
    if (!socket.waitForConnected(10000))
        return "no connection";
    socket.write(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                 + m_fx.other->client()->accessToken().toUtf8()
                 + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                 + "Content-Length: " + QByteArray::number(length) + "\r\n\r\n");
    // Only the head goes: the server says at once whether it wants the body (100 Continue) or
    // refuses it by its length (413).
    QByteArray answer;
    QSignalSpy ready(&socket, &QTcpSocket::readyRead);
    while (!answer.contains("\r\n") && (socket.bytesAvailable() > 0 || ready.wait(10000)))
        answer += socket.readAll();
    return answer.left(answer.indexOf("\r\n"));
}

void TestHostingLargeUpload::uploadLargerThanTheBodyLimit()
{
    constexpr qint64 size = 72LL * 1024 * 1024; // past the 64 MiB of every other request
    const QStorageInfo disk(m_local.path());
    // The file, the spool copy and the store: three times its size at the most, at once.
    if (disk.bytesAvailable() < 4 * size)
        QSKIP("less than 288 MiB free on the test's disk");
    const QString path = m_local.filePath(QStringLiteral("large.bin"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QRandomGenerator random(12345);
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        for (qint64 done = 0; done < size; done += block.size()) {
            random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            QCOMPARE(file.write(block), qint64(block.size()));
        }
    }
    HostingTransfer::Item item;
    item.local = hostingsync::describeFile(path);
    item.remotePath = QStringLiteral("/big/large.bin");
    QString error;
    item.local.hash = hostingsync::md5OfFile(path, &error);
    QVERIFY2(!item.local.hash.isEmpty(), qPrintable(error));
    QCOMPARE(item.local.size, size);

    HostingTransfer transfer(m_fx.session->client(), m_fx.groupId, m_fx.app.id);
    QSignalSpy finished(&transfer, &HostingTransfer::finished);
    QElapsedTimer timer;
    timer.start();
    transfer.start({ item });
    QVERIFY(finished.wait(300000));
    const qint64 uploadMs = timer.elapsed();
    QCOMPARE(transfer.items().at(0).outcome, HostingTransfer::Outcome::Uploaded);
    QCOMPARE(transfer.bytesDone(), size);

    // The server has it whole, and serves it byte for byte.
    auto *list = hostingcalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id);
    QSignalSpy listed(list, &ApiJob::finished);
    QVERIFY(listed.wait(30000) && list->ok());
    HostingAsset stored;
    for (const HostingAsset &asset : list->result()) {
        if (asset.path == item.remotePath)
            stored = asset;
    }
    QCOMPARE(stored.size, size);
    QCOMPARE(stored.hash, item.local.hash);
    timer.restart();
    auto *served = hostingcalls::fetchServed(*m_fx.other->client(), stored.url);
    QSignalSpy fetched(served, &ApiJob::finished);
    QVERIFY(fetched.wait(300000) && served->ok());
    QCOMPARE(served->body().size(), size);
    QCOMPARE(QString::fromLatin1(
                 QCryptographicHash::hash(served->body(), QCryptographicHash::Md5).toHex()),
             item.local.hash);
    qInfo("72 MiB: upload %lld ms, fetch back %lld ms", uploadMs, timer.elapsed());

    // The body's file in the data folder went with the request.
    const QDir incoming(m_fx.dir.filePath(QStringLiteral("server/incoming")));
    QVERIFY(incoming.exists());
    QCOMPARE(incoming.entryList(QDir::Files), QStringList());
}

void TestHostingLargeUpload::otherRoutesKeepTheBodyLimit()
{
    const QByteArray app = "/api/admin/v3.0/groups/" + m_fx.groupId.toUtf8() + "/apps/"
        + m_fx.app.id.toUtf8();
    const QByteArray status = statusLineFor("POST", app + "/values", 70LL * 1024 * 1024);
    QVERIFY2(status.startsWith("HTTP/1.1 413"), status.constData());
    // The same size on the upload route is taken: the server asks for the body.
    const QByteArray upload = statusLineFor("PUT", app + "/hosting/assets/asset",
                                            70LL * 1024 * 1024);
    QVERIFY2(upload.startsWith("HTTP/1.1 100"), upload.constData());
}

void TestHostingLargeUpload::uploadOverItsOwnLimitRefused()
{
    const QByteArray app = "/api/admin/v3.0/groups/" + m_fx.groupId.toUtf8() + "/apps/"
        + m_fx.app.id.toUtf8();
    const QByteArray status = statusLineFor("PUT", app + "/hosting/assets/asset",
                                            m_fx.serverOptions.maxUploadBytes + 1);
    QVERIFY2(status.startsWith("HTTP/1.1 413"), status.constData());
}

QTEST_MAIN(TestHostingLargeUpload)
#include "tst_hostinglargeupload.moc"
