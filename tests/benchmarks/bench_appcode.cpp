// App as code over an app of 1,000 functions, 200 values, 50 triggers and 1,000 hosting files on
// an in-process stitch-local (on the same thread: times include the server's work). The app is
// seeded by a push of a generated folder (itself timed), then: pull to a folder, compare the
// unchanged folder, push it unchanged (calls and bytes), push one changed function. Prints
// `name: value unit` lines; never fails on speed.

#include "appcodetesthelpers.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace appcode;
using namespace appcodetest;

namespace {

void print(const char *name, double value, const char *unit)
{
    std::printf("%s: %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

QByteArray json(const QJsonObject &object)
{
    return jsonBytes(object);
}

// The folder the app is seeded from.
void generate(const QString &root, int functions, int values, int triggers, int files)
{
    writeFile(root + QStringLiteral("/stitch.json"),
              json({ { QStringLiteral("name"), QStringLiteral("bench") },
                     { QStringLiteral("config_version"), 20180301 } }));
    for (int i = 0; i < functions; ++i) {
        const QString name = QStringLiteral("fn%1").arg(i, 4, 10, QLatin1Char('0'));
        writeFile(root + QStringLiteral("/functions/%1/config.json").arg(name),
                  json({ { QStringLiteral("name"), name }, { QStringLiteral("private"), false } }));
        writeFile(root + QStringLiteral("/functions/%1/source.js").arg(name),
                  QStringLiteral("exports = function(a, b) {\n  return a + b + %1;\n};\n")
                      .arg(i)
                      .toUtf8());
    }
    for (int i = 0; i < values; ++i) {
        const QString name = QStringLiteral("value%1").arg(i, 3, 10, QLatin1Char('0'));
        writeFile(root + QStringLiteral("/values/%1.json").arg(name),
                  json({ { QStringLiteral("name"), name },
                         { QStringLiteral("private"), false },
                         { QStringLiteral("value"), QJsonObject { { QStringLiteral("n"), i } } } }));
    }
    for (int i = 0; i < triggers; ++i) {
        const QString name = QStringLiteral("trigger%1").arg(i, 2, 10, QLatin1Char('0'));
        writeFile(root + QStringLiteral("/triggers/%1.json").arg(name),
                  json({ { QStringLiteral("name"), name },
                         { QStringLiteral("type"), QStringLiteral("SCHEDULED") },
                         { QStringLiteral("disabled"), true },
                         { QStringLiteral("function_name"), QStringLiteral("fn0000") },
                         { QStringLiteral("config"),
                           QJsonObject { { QStringLiteral("schedule"),
                                           QStringLiteral("*/5 * * * *") } } } }));
    }
    for (int i = 0; i < files; ++i)
        writeFile(root + QStringLiteral("/hosting/files/d%1/page%2.html").arg(i / 100).arg(i),
                  QStringLiteral("<p>page %1</p>\n").arg(i).repeated(40).toUtf8());
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int scale = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 1000;
    SignedInFixture fx;
    if (!fx.start())
        return 1;
    Session &session = *fx.session;
    const QString group = fx.groupId;
    QTemporaryDir dir;
    const QString seedFolder = dir.filePath(QStringLiteral("seed"));
    generate(seedFolder, scale, scale / 5, scale / 20, scale);

    const QString appId = makeApp(session, group, QStringLiteral("bench"));
    if (appId.isEmpty())
        return 1;

    QElapsedTimer clock;
    clock.start();
    const Snapshot seed = readFolder(seedFolder);
    print("read_generated_folder", clock.elapsed(), "ms");
    if (!seed.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(seed.problems.join(u'\n')));
        return 1;
    }
    clock.restart();
    const PushResult seeded = push(session, group, appId, seed);
    print("seed_push_calls", seeded.writes, "calls");
    print("seed_push_time", clock.elapsed(), "ms");
    if (seeded.error.isError() || !deploy(session, group, appId, seeded.draftId)) {
        std::fprintf(stderr, "seed failed: %s\n", qPrintable(seeded.error.summary()));
        return 1;
    }

    // Pull.
    const QString folder = dir.filePath(QStringLiteral("pulled"));
    int reads = 0;
    clock.restart();
    const Snapshot pulled = read(session, group, appId, true, &reads);
    const qint64 readTime = clock.elapsed();
    int written = 0;
    writeFolder(folder, pulled, &written);
    print("pull_time", clock.elapsed(), "ms");
    print("pull_read_time", readTime, "ms");
    print("pull_read_calls", reads, "calls");
    print("pull_files_written", written, "files");
    clock.restart();
    writeFolder(folder, pulled, &written);
    print("second_write_time", clock.elapsed(), "ms");
    print("second_write_files_written", written, "files");

    // Compare, unchanged.
    clock.restart();
    const Snapshot local = readFolder(folder);
    const qint64 folderTime = clock.elapsed();
    const Snapshot current = read(session, group, appId, false, &reads);
    const qint64 appTime = clock.elapsed() - folderTime;
    const Comparison unchanged = compare(current, local);
    print("compare_unchanged_time", clock.elapsed(), "ms");
    print("compare_read_folder_time", folderTime, "ms");
    print("compare_read_app_time", appTime, "ms");
    print("compare_read_app_calls", reads, "calls");
    print("compare_unchanged_changes", unchanged.changes.size(), "changes");

    // Push, unchanged: reads only.
    clock.restart();
    PushResult none = push(session, group, appId, local, &current);
    print("push_unchanged_time", clock.elapsed(), "ms");
    print("push_unchanged_write_calls", none.writes, "calls");
    print("push_unchanged_bytes_sent", none.bytes, "bytes");

    // Push, one function changed.
    writeFile(folder
                  + QStringLiteral("/functions/fn%1/source.js").arg(scale / 2, 4, 10, QLatin1Char('0')),
              "exports = function(a, b) {\n  return a * b;\n};\n");
    clock.restart();
    const Snapshot changed = readFolder(folder);
    const Snapshot before = read(session, group, appId);
    const Comparison one = compare(before, changed);
    const qint64 compareTime = clock.elapsed();
    const PushResult pushed = push(session, group, appId, changed, &before);
    print("push_one_change_compare_time", compareTime, "ms");
    print("push_one_change_time", clock.elapsed(), "ms (compare + push with its re-read)");
    print("push_one_change_changes", one.changes.size(), "changes");
    print("push_one_change_write_calls", pushed.writes, "calls");
    print("push_one_change_bytes_sent", pushed.bytes, "bytes");
    if (pushed.error.isError())
        std::fprintf(stderr, "push failed: %s\n", qPrintable(pushed.error.summary()));
    return 0;
}
