// Console start to first paint and to idle (signed in to the built-in local server, the demo app
// listed), beside the bare QMainWindow + QsciScintilla of this stack. Prints figures only.
//
//   bench_startup [runs]        (default 5 runs of each; medians are printed)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
struct Sample
{
    double firstPaintMs = -1;
    double idleMs = -1;
    double rssMb = -1;
};

// A benchmark driver, not the console: blocking waits on the child are fine here.
Sample runOnce(const QString &program, const QStringList &arguments, const QString &home)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Keep the user's own settings and data out of it.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);

    Sample sample;
    QElapsedTimer clock;
    clock.start();
    child.start(program, arguments);
    while (child.waitForReadyRead(60000)) {
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (line == "first-paint")
                sample.firstPaintMs = clock.nsecsElapsed() / 1e6;
            else if (line == "idle")
                sample.idleMs = clock.nsecsElapsed() / 1e6;
            else if (line.startsWith("rss-kb "))
                sample.rssMb = line.mid(7).toDouble() / 1024.0;
        }
        if (sample.rssMb >= 0)
            break;
    }
    if (!child.waitForFinished(10000))
        child.kill();
    return sample;
}

double median(std::vector<double> values)
{
    values.erase(std::remove(values.begin(), values.end(), -1.0), values.end());
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct Figures
{
    double firstPaint, idle, rss;
};

Figures mediansOf(const std::vector<Sample> &samples)
{
    std::vector<double> paint, idle, rss;
    for (const Sample &s : samples) {
        paint.push_back(s.firstPaintMs);
        idle.push_back(s.idleMs);
        rss.push_back(s.rssMb);
    }
    return { median(paint), median(idle), median(rss) };
}

void print(const char *name, double value, const char *unit, int decimals = 1)
{
    std::printf("%s: %.*f %s\n", name, decimals, value, unit);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    QTemporaryDir home;

    // Warm: the local server's data folder already holds the demo app.
    const QString localData = home.path() + QStringLiteral("/local-server");
    const QStringList consoleArgs { QStringLiteral("--startup-probe"), QStringLiteral("--profile"),
                                    QStringLiteral("Local"), QStringLiteral("--local-data"),
                                    localData };
    const QString bareProgram = QStringLiteral(BARE_WINDOW_BINARY);
    const QString consoleProgram = QStringLiteral(STITCH_CONSOLE_BINARY);
    runOnce(bareProgram, {}, home.path());
    runOnce(consoleProgram, consoleArgs, home.path());
    // Alternating, so that a machine whose speed drifts during the run (other work, frequency)
    // weighs on both alike: the ratios compare runs made side by side.
    std::vector<Sample> bareSamples, consoleSamples;
    for (int i = 0; i < runs; ++i) {
        bareSamples.push_back(runOnce(bareProgram, {}, home.path()));
        consoleSamples.push_back(runOnce(consoleProgram, consoleArgs, home.path()));
    }
    const Figures bare = mediansOf(bareSamples);
    const Figures console = mediansOf(consoleSamples);

    // Cold: a new data folder each run, so the demo app is made during start-up.
    std::vector<double> coldIdle;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir fresh;
        QStringList args = consoleArgs;
        args.last() = fresh.path();
        coldIdle.push_back(runOnce(consoleProgram, args, home.path()).idleMs);
    }

    std::printf("runs: %d\n", runs);
    print("bare_window_first_paint", bare.firstPaint, "ms");
    print("bare_window_idle", bare.idle, "ms");
    print("bare_window_rss", bare.rss, "MiB");
    print("console_first_paint", console.firstPaint, "ms");
    print("console_idle_signed_in", console.idle, "ms");
    print("console_idle_first_start", median(coldIdle), "ms");
    print("console_rss", console.rss, "MiB");
    print("first_paint_ratio", console.firstPaint / bare.firstPaint, "x", 2);
    print("idle_ratio", console.idle / bare.idle, "x", 2);
    return 0;
}
