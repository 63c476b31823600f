// Run all cases at size: 1,000 cases over the demo app's functions through CaseRunner (the
// production runner, execute_function, four at a time) against stitch-local on its own thread,
// with the results tree filling as verdicts arrive. Prints the wall time, cases per second, the
// UI thread's worst stall (wall and CPU) and the machine's load; also the time to save and to
// load the 1,000 cases (RunCaseModel, on its worker thread).
//
//   bench_runcases [cases]   (default 1000)
#include "stallmeter.h"
#include "threadedlocal.h"

#include <models/cases/caseresultsmodel.h>
#include <models/cases/caserunner.h>
#include <models/cases/runcasemodel.h>

#include <QApplication>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? qMax(10, QByteArray(argv[1]).toInt()) : 1000;
    ThreadedLocal local;
    if (!local.start()) {
        std::fprintf(stderr, "the server did not start\n");
        return 1;
    }
    QList<RunCase> cases;
    for (int i = 0; i < count; ++i) {
        RunCase c;
        c.id = QStringLiteral("case-%1").arg(i);
        c.name = QStringLiteral("case %1").arg(i);
        // Two functions, so the tree has two groups; sum is checked by value.
        c.function = i % 2 == 0 ? QStringLiteral("sum") : QStringLiteral("greet");
        if (i % 2 == 0) {
            c.arguments = { i, 1 };
            c.expect = RunCase::Expect::Equals;
            c.expected = i + 1;
        } else {
            c.arguments = { QStringLiteral("n%1").arg(i) };
            c.expect = RunCase::Expect::Succeeds;
        }
        cases << c;
    }

    // Storage: save and load them all.
    QTemporaryDir dir;
    {
        RunCaseModel model(dir.path());
        model.setMirrorFolder(QString());
        model.setApp(local.app.id, local.app.name);
        ThreadedLocal::waitUntil([&] { return model.isLoaded(); });
        QElapsedTimer saveClock;
        saveClock.start();
        int saves = 0;
        QObject::connect(&model, &RunCaseModel::saved, [&saves] { ++saves; });
        for (const RunCase &c : std::as_const(cases))
            model.addCase(c);
        ThreadedLocal::waitUntil([&] { return !model.isSaving(); });
        std::printf("add %d cases one by one, saved: %.0f ms (%d writes)\n", count,
                    double(saveClock.nsecsElapsed()) / 1e6, saves);
    }
    {
        RunCaseModel model(dir.path());
        model.setMirrorFolder(QString());
        QElapsedTimer loadClock;
        loadClock.start();
        model.setApp(local.app.id, local.app.name);
        ThreadedLocal::waitUntil([&] { return model.isLoaded(); });
        std::printf("load %lld cases: %.1f ms\n", qlonglong(model.rowCount()),
                    double(loadClock.nsecsElapsed()) / 1e6);
    }

    CaseResultsModel results;
    CaseRunner runner(local.session->client(), &results);
    // Warm-up: the Node worker and the functions' first compile.
    runner.start(local.groupId, local.app.id, cases.mid(0, 8));
    ThreadedLocal::waitUntil([&] { return !runner.isRunning(); });

    StallMeter stall;
    stall.start();
    QElapsedTimer clock;
    clock.start();
    runner.start(local.groupId, local.app.id, cases);
    ThreadedLocal::waitUntil([&] { return !runner.isRunning(); });
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    stall.stop();
    std::printf("run all %d cases: %.0f ms (%.0f cases/s), %d passed, %d failed\n", count, ms,
                count * 1000.0 / ms, results.countOf(CaseVerdict::Status::Passed),
                results.failureCount());
    std::printf("UI thread worst stall: %.1f ms wall, %.1f ms CPU\n", stall.worstWallMs(),
                stall.worstCpuMs());
    std::printf("load average: %.2f\n", StallMeter::loadAverage());
    return 0;
}
