// Dependencies: POST .../dependencies (a multipart form with a zip, tar or tar.gz of
// node_modules) → 204 and a deployment of origin "dependencies", pending → successful or failed;
// GET .../dependencies lists the packages; function runs require() them. Hostile and broken
// archives are refused with 400 (413 when too big) and nothing is written. Every archive is
// made here, at test time, with libarchive.

#include "functionstestkit.h"

#include <archive.h>
#include <archive_entry.h>

using namespace functionstest;

namespace {

struct Entry
{
    QString path;
    QByteArray data;
    enum Type { File, Dir, Symlink, Hardlink } type = File;
    QString target; //!< of a link
};

Entry file(const QString &path, const QByteArray &data)
{
    return { path, data, Entry::File, QString() };
}

enum class Format { Zip, Tar, TarGz };

QByteArray makeArchive(Format format, const QList<Entry> &entries)
{
    archive *writer = archive_write_new();
    if (format == Format::Zip) {
        archive_write_set_format_zip(writer);
    } else {
        archive_write_set_format_pax_restricted(writer);
        if (format == Format::TarGz)
            archive_write_add_filter_gzip(writer);
    }
    QByteArray out(64 * 1024 * 1024, Qt::Uninitialized);
    size_t used = 0;
    archive_write_set_bytes_in_last_block(writer, 1);
    archive_write_open_memory(writer, out.data(), size_t(out.size()), &used);
    for (const Entry &item : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, item.path.toUtf8().constData());
        archive_entry_set_perm(entry, 0644);
        switch (item.type) {
        case Entry::File:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_size(entry, item.data.size());
            break;
        case Entry::Dir:
            archive_entry_set_filetype(entry, AE_IFDIR);
            archive_entry_set_perm(entry, 0755);
            break;
        case Entry::Symlink:
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink(entry, item.target.toUtf8().constData());
            break;
        case Entry::Hardlink:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_hardlink(entry, item.target.toUtf8().constData());
            break;
        }
        archive_write_header(writer, entry);
        if (item.type == Entry::File && !item.data.isEmpty())
            archive_write_data(writer, item.data.constData(), size_t(item.data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(writer);
    archive_write_free(writer);
    out.truncate(qsizetype(used));
    return out;
}

//! A tiny package: node_modules/<name>/{package.json, index.js}.
QList<Entry> package(const QString &name, const QString &version, const QByteArray &source,
                     bool underNodeModules = true)
{
    const QString root = (underNodeModules ? QStringLiteral("node_modules/") : QString()) + name;
    return { file(root + QStringLiteral("/package.json"),
                  QStringLiteral(R"({"name": "%1", "version": "%2", "main": "index.js"})")
                      .arg(name, version)
                      .toUtf8()),
             file(root + QStringLiteral("/index.js"), source) };
}

const QByteArray kPadSource = "module.exports = (s, n) => String(s).padStart(n, '0');\n";

} // namespace

class tst_FunctionDependencies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyAtFirst();
    void uploadEachFormat_data();
    void uploadEachFormat();
    void functionRequiresPackage();
    void hostileArchives_data();
    void hostileArchives();
    void tooBig();
    void failsWhileUnpacking();
    void laterUploadWins();
    void access();

private:
    Answer upload(const QByteArray &archive, const QString &fileName);
    //! The newest deployment of origin "dependencies", once it is no longer pending.
    QJsonObject settledDeployment(int count);
    int dependencyDeployments();
    QJsonValue run(const QString &source);

    Fixture m_fx;
};

void tst_FunctionDependencies::initTestCase()
{
    QVERIFY(m_fx.start());
}

Answer tst_FunctionDependencies::upload(const QByteArray &archive, const QString &fileName)
{
    const QByteArray boundary = "stitch-dependencies-boundary";
    QByteArray body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName.toUtf8()
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + archive + "\r\n--" + boundary
        + "--\r\n";
    return m_fx.probe.send("POST", m_fx.appPath(QStringLiteral("/dependencies")), m_fx.token(),
                           body, "multipart/form-data; boundary=" + boundary);
}

int tst_FunctionDependencies::dependencyDeployments()
{
    QSqlQuery query(m_fx.store.database());
    m_fx.store.exec(query,
                    QStringLiteral("SELECT count(*) FROM deployments WHERE app_id = ?"
                                   " AND json_extract(doc, '$.origin') = 'dependencies'"),
                    { m_fx.appId });
    return query.next() ? query.value(0).toInt() : -1;
}

QJsonObject tst_FunctionDependencies::settledDeployment(int count)
{
    QJsonObject doc;
    const auto settled = [&] {
        QSqlQuery query(m_fx.store.database());
        m_fx.store.exec(query,
                        QStringLiteral("SELECT doc FROM deployments WHERE app_id = ?"
                                       " AND json_extract(doc, '$.origin') = 'dependencies'"
                                       " ORDER BY rowid"),
                        { m_fx.appId });
        int seen = 0;
        while (query.next()) {
            ++seen;
            doc = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        }
        return seen == count
            && doc.value(QStringLiteral("status")).toString() != QLatin1String("pending");
    };
    if (!QTest::qWaitFor(settled, 20000))
        return {};
    return doc;
}

QJsonValue tst_FunctionDependencies::run(const QString &source)
{
    const Answer answer = m_fx.call(
        "POST", m_fx.appPath(QStringLiteral("/debug/execute_function_source?run_as_system=true")),
        { { QStringLiteral("source"), source } });
    if (answer.status != 200 || answer.object().contains(QStringLiteral("error")))
        qWarning() << answer.status << answer.body;
    return answer.object().value(QStringLiteral("result"));
}

void tst_FunctionDependencies::emptyAtFirst()
{
    const Answer answer = m_fx.call("GET", m_fx.appPath(QStringLiteral("/dependencies")));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.object().value(QStringLiteral("dependencies_list")).toArray(), QJsonArray());
    for (const char *key : { "location", "user_id", "last_modified" })
        QVERIFY2(answer.object().contains(QLatin1String(key)), key);
}

void tst_FunctionDependencies::uploadEachFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("rooted");
    QTest::newRow("zip") << int(Format::Zip) << QStringLiteral("node_modules.zip") << true;
    QTest::newRow("tar") << int(Format::Tar) << QStringLiteral("deps.tar") << true;
    QTest::newRow("tar.gz") << int(Format::TarGz) << QStringLiteral("deps.tar.gz") << true;
    QTest::newRow("tgz, packages at the top")
        << int(Format::TarGz) << QStringLiteral("d.tgz") << false;
}

void tst_FunctionDependencies::uploadEachFormat()
{
    QFETCH(int, format);
    QFETCH(QString, fileName);
    QFETCH(bool, rooted);
    const int before = dependencyDeployments();
    QList<Entry> entries
        = package(QStringLiteral("pad-lite"), QStringLiteral("1.2.3"), kPadSource, rooted);
    entries += package(QStringLiteral("@acme/util"), QStringLiteral("0.1.0"),
                       "module.exports = { twice: (x) => x * 2 };\n", rooted);
    // As npm lays them out: a link in .bin to a package's file, inside the folder.
    entries.append({ (rooted ? QStringLiteral("node_modules/") : QString())
                         + QStringLiteral(".bin/pad-lite"),
                     {}, Entry::Symlink, QStringLiteral("../pad-lite/index.js") });
    const Answer answer = upload(makeArchive(Format(format), entries), fileName);
    QCOMPARE(answer.status, 204);
    const QJsonObject deployment = settledDeployment(before + 1);
    QCOMPARE(deployment.value(QStringLiteral("status")).toString(), QStringLiteral("successful"));
    QCOMPARE(deployment.value(QStringLiteral("origin")).toString(), QStringLiteral("dependencies"));

    const QJsonObject listed
        = m_fx.call("GET", m_fx.appPath(QStringLiteral("/dependencies"))).object();
    QCOMPARE(
        listed.value(QStringLiteral("dependencies_list")).toArray(),
        (QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("@acme/util") },
                                    { QStringLiteral("version"), QStringLiteral("0.1.0") } },
                      QJsonObject { { QStringLiteral("name"), QStringLiteral("pad-lite") },
                                    { QStringLiteral("version"), QStringLiteral("1.2.3") } } }));
    QVERIFY(!listed.value(QStringLiteral("user_id")).toString().isEmpty());
    QVERIFY(listed.value(QStringLiteral("last_modified")).toInteger() > 0);
}

void tst_FunctionDependencies::functionRequiresPackage()
{
    const int before = dependencyDeployments();
    QCOMPARE(upload(makeArchive(
                        Format::Zip,
                        package(QStringLiteral("pad-lite"), QStringLiteral("1.2.3"), kPadSource)),
                    QStringLiteral("node_modules.zip"))
                 .status,
             204);
    QCOMPARE(settledDeployment(before + 1).value(QStringLiteral("status")).toString(),
             QStringLiteral("successful"));
    QCOMPARE(run(QStringLiteral("exports = () => require('pad-lite')('7', 3);")),
             QJsonValue(QStringLiteral("007")));

    // A new upload replaces the packages: the next run gets the new code, not a cached one.
    QCOMPARE(upload(makeArchive(Format::Zip,
                                package(QStringLiteral("pad-lite"), QStringLiteral("2.0.0"),
                                        "module.exports = (s) => `v2:${s}`;\n")),
                    QStringLiteral("node_modules.zip"))
                 .status,
             204);
    QCOMPARE(settledDeployment(before + 2).value(QStringLiteral("status")).toString(),
             QStringLiteral("successful"));
    QCOMPARE(run(QStringLiteral("exports = () => require('pad-lite')('7', 3);")),
             QJsonValue(QStringLiteral("v2:7")));
    QCOMPARE(run(QStringLiteral("exports = () => { try { require('not-uploaded'); return 'found'; }"
                                " catch (e) { return e.code; } };")),
             QJsonValue(QStringLiteral("MODULE_NOT_FOUND")));
}

void tst_FunctionDependencies::hostileArchives_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("why");
    const QList<Entry> good = package(QStringLiteral("ok"), QStringLiteral("1.0.0"), "1;");
    QTest::newRow("absolute path") << makeArchive(
        Format::Tar, good + QList<Entry> { file(QStringLiteral("/tmp/stitch-evil"), "x") })
                                   << QStringLiteral("a.tar") << QStringLiteral("outside");
    QTest::newRow("dot dot") << makeArchive(
        Format::Zip,
        good + QList<Entry> { file(QStringLiteral("node_modules/../../evil.js"), "x") })
                             << QStringLiteral("a.zip") << QStringLiteral("outside");
    QTest::newRow("symlink out") << makeArchive(
        Format::Tar,
        good
            + QList<Entry> { { QStringLiteral("node_modules/ok/etc"),
                               {},
                               Entry::Symlink,
                               QStringLiteral("../../../../etc") } })
                                 << QStringLiteral("a.tar") << QStringLiteral("link");
    // Each link alone stays inside; followed one after the other, the second reaches above the
    // folder, and the file written through it would land there.
    QTest::newRow("symlink chain out")
        << makeArchive(Format::Tar,
                       good
                           + QList<Entry> {
                               { QStringLiteral("node_modules/ok/up"), {}, Entry::Symlink,
                                 QStringLiteral("..") },
                               { QStringLiteral("node_modules/ok/up/out"), {}, Entry::Symlink,
                                 QStringLiteral("../..") },
                               file(QStringLiteral("node_modules/ok/up/out/stitch-evil"), "x") })
        << QStringLiteral("a.tar") << QStringLiteral("link");
    QTest::newRow("absolute symlink")
        << makeArchive(Format::TarGz,
                       good
                           + QList<Entry> { { QStringLiteral("node_modules/ok/passwd"),
                                              {},
                                              Entry::Symlink,
                                              QStringLiteral("/etc/passwd") } })
        << QStringLiteral("a.tgz") << QStringLiteral("link");
    QTest::newRow("hard link out")
        << makeArchive(Format::Tar,
                       good
                           + QList<Entry> { { QStringLiteral("node_modules/ok/h"),
                                              {},
                                              Entry::Hardlink,
                                              QStringLiteral("../../x") } })
        << QStringLiteral("a.tar") << QStringLiteral("link");
    QTest::newRow("corrupt") << QByteArrayLiteral("PK\x03\x04 this is not really a zip at all")
                             << QStringLiteral("broken.zip") << QStringLiteral("archive");
    QByteArray truncated = makeArchive(Format::TarGz, good);
    truncated.chop(truncated.size() / 2);
    QTest::newRow("truncated tar.gz")
        << truncated << QStringLiteral("cut.tar.gz") << QStringLiteral("archive");
    QTest::newRow("wrong kind of file")
        << makeArchive(Format::Zip, good) << QStringLiteral("deps.rar") << QStringLiteral(".zip");
    QTest::newRow("empty") << makeArchive(Format::Tar, {}) << QStringLiteral("e.tar")
                           << QStringLiteral("empty");
}

// Refused at once, before anything is written: no deployment, no folder, the list unchanged.
void tst_FunctionDependencies::hostileArchives()
{
    QFETCH(QByteArray, archive);
    QFETCH(QString, fileName);
    QFETCH(QString, why);
    const int before = dependencyDeployments();
    const QByteArray listed = m_fx.call("GET", m_fx.appPath(QStringLiteral("/dependencies"))).body;
    const Answer answer = upload(archive, fileName);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.errorCode(), QStringLiteral("InvalidParameter"));
    QVERIFY2(answer.object().value(QStringLiteral("error")).toString().contains(why),
             answer.body.constData());
    QCOMPARE(dependencyDeployments(), before);
    QCOMPARE(m_fx.call("GET", m_fx.appPath(QStringLiteral("/dependencies"))).body, listed);
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/stitch-evil")));
}

void tst_FunctionDependencies::tooBig()
{
    const int before = dependencyDeployments();
    // Over the upload limit (16 MiB): 413.
    QByteArray noise(17 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919) >> 3);
    Answer answer
        = upload(makeArchive(Format::Tar, { file(QStringLiteral("node_modules/big/x"), noise) }),
                 QStringLiteral("big.tar"));
    QCOMPARE(answer.status, 413);
    QVERIFY(answer.isJsonError());
    // Small, but unpacking to more than the limit (128 MiB of zeros): refused from its headers.
    answer = upload(makeArchive(Format::TarGz,
                                { file(QStringLiteral("node_modules/bomb/x"),
                                       QByteArray(129 * 1024 * 1024, '\0')) }),
                    QStringLiteral("bomb.tgz"));
    QCOMPARE(answer.status, 400);
    QVERIFY(
        answer.object().value(QStringLiteral("error")).toString().contains(QLatin1String("MiB")));
    QCOMPARE(dependencyDeployments(), before);
}

// An archive whose entries look fine but whose data is broken passes the check; the worker
// finds out, and the deployment fails with the reason; the packages in use stay.
void tst_FunctionDependencies::failsWhileUnpacking()
{
    const int before = dependencyDeployments();
    const QByteArray listed = m_fx.call("GET", m_fx.appPath(QStringLiteral("/dependencies"))).body;
    QByteArray zip = makeArchive(Format::Zip,
                                 package(QStringLiteral("pad-lite"), QStringLiteral("3.0.0"),
                                         QByteArray(4096, 'a') + kPadSource));
    // The first file's compressed data starts after its 30-byte local header, its name and its
    // extra field (their lengths are at offsets 26 and 28, little-endian).
    const auto u16 = [&zip](int at) { return int(uchar(zip[at])) | int(uchar(zip[at + 1])) << 8; };
    const qsizetype data = 30 + u16(26) + u16(28);
    for (qsizetype i = data; i < data + 12 && i < zip.size(); ++i)
        zip[i] = char(zip[i] ^ 0x5a);
    const Answer answer = upload(zip, QStringLiteral("node_modules.zip"));
    QCOMPARE(answer.status, 204);
    const QJsonObject deployment = settledDeployment(before + 1);
    QCOMPARE(deployment.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY(!deployment.value(QStringLiteral("status_error_message")).toString().isEmpty());
    QCOMPARE(m_fx.call("GET", m_fx.appPath(QStringLiteral("/dependencies"))).body, listed);
}

// Two uploads unpacked at once: a large one sent first, a small one sent second, which is ready
// first. The second stays in place whatever order they finish in.
void tst_FunctionDependencies::laterUploadWins()
{
    const int before = dependencyDeployments();
    QList<Entry> large = package(QStringLiteral("pad-lite"), QStringLiteral("4.0.0-large"), kPadSource);
    large.append(file(QStringLiteral("node_modules/pad-lite/ballast.bin"),
                      QByteArray(96 * 1024 * 1024, '\0')));
    QCOMPARE(upload(makeArchive(Format::TarGz, large), QStringLiteral("large.tgz")).status, 204);
    QCOMPARE(upload(makeArchive(Format::Zip, package(QStringLiteral("pad-lite"),
                                                     QStringLiteral("5.0.0-small"), kPadSource)),
                    QStringLiteral("small.zip"))
                 .status,
             204);
    // Both settle (the large one may fail as superseded); the small one, sent last, is in use.
    const auto settledBoth = [&] {
        QSqlQuery query(m_fx.store.database());
        m_fx.store.exec(query,
                        QStringLiteral("SELECT count(*) FROM deployments WHERE app_id = ? AND"
                                       " json_extract(doc, '$.origin') = 'dependencies' AND"
                                       " json_extract(doc, '$.status') <> 'pending'"),
                        { m_fx.appId });
        return query.next() && query.value(0).toInt() == before + 2;
    };
    QVERIFY(QTest::qWaitFor(settledBoth, 30000));
    const QJsonArray listed = m_fx.call("GET", m_fx.appPath(QStringLiteral("/dependencies")))
                                  .object()
                                  .value(QStringLiteral("dependencies_list"))
                                  .toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("version")).toString(),
             QStringLiteral("5.0.0-small"));
}

void tst_FunctionDependencies::access()
{
    const QString path = m_fx.appPath(QStringLiteral("/dependencies"));
    QCOMPARE(m_fx.probe.get(path).status, 401);
    QCOMPARE(
        m_fx.probe.send("POST", path, QString(), "x", "multipart/form-data; boundary=b").status,
        401);
    const QString theirs
        = QStringLiteral("/groups/%1/apps/%2/dependencies").arg(m_fx.otherGroup, m_fx.appId);
    QCOMPARE(m_fx.probe.get(theirs, m_fx.token(m_fx.other)).status, 404);
    QCOMPARE(m_fx.probe.get(path, m_fx.token(m_fx.other)).status, 404);
}

QTEST_GUILESS_MAIN(tst_FunctionDependencies)
#include "tst_functiondependencies.moc"
