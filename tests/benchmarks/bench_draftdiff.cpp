// Figures for the Deploy panel's review: a draft changing 1,000 functions, against the
// in-process local server. GET drafts/{id}/diff, the file list (parse), and the whole draft's
// patch (10,000+ lines) computed and shown by DiffView in the unified and the side-by-side
// layout through the first paint; and the worst stall of the UI thread meanwhile (a 1 ms timer's
// longest gap). Prints `name: value unit`; never fails on speed.
#include "stallmeter.h"
#include "threadedlocal.h"

#include <api/functioncalls.h>

#include <api/draftcalls.h>
#include <models/draftfilemodel.h>
#include <widgets/editor/diffview.h>
#include <widgets/editor/reviewview.h>

#include <Qsci/qsciscintilla.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QStandardPaths>
#include <QTextStream>

#include <functional>

namespace {

void print(const char *name, double value, const char *unit)
{
    QTextStream(stdout) << name << ": " << QString::number(value, 'f', 2) << ' ' << unit << '\n';
}

QString source(int n, bool changed)
{
    QString text = QStringLiteral("exports = function(arg) {\n  let total = %1;%2\n")
                       .arg(n)
                       .arg(changed ? QStringLiteral(" // start") : QString());
    for (int i = 0; i < 8; ++i)
        text += QStringLiteral("  total += context.values.get(\"v%1\") ?? %1;\n").arg(i);
    text += changed ? QStringLiteral("  return total * 2; // changed\n")
                    : QStringLiteral("  return total;\n");
    text += QStringLiteral("};\n");
    return text;
}

//! Waits for calls in flight together; a finished job deletes itself, so results are taken as
//! they come.
bool batch(const QList<ApiJob *> &jobs, const std::function<void(ApiJob *)> &take = {})
{
    int pending = int(jobs.size());
    bool ok = true;
    QObject context;
    for (ApiJob *job : jobs) {
        QObject::connect(job, &ApiJob::finished, &context, [&, job] {
            --pending;
            if (!job->ok()) {
                qWarning("%s", qPrintable(job->error().summary()));
                ok = false;
            } else if (take) {
                take(job);
            }
        });
    }
    QElapsedTimer clock;
    clock.start();
    while (pending > 0 && clock.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return ok && pending == 0;
}

} // namespace

int main(int argc, char **argv)
{
    TracingApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    // The server on a thread of its own, as the console's Local profile runs it: the stall
    // figures are the UI thread's, not the server's computing the diff.
    ThreadedLocal fx;
    if (!fx.start()) {
        qWarning("cannot start the local server");
        return 1;
    }
    const int count = qEnvironmentVariableIntValue("BENCH_FUNCTIONS") > 0
        ? qEnvironmentVariableIntValue("BENCH_FUNCTIONS")
        : 1000;
    ApiClient &client = *fx.session->client();
    QList<StitchFunction> made;
    for (int start = 0; start < count; start += 50) {
        QList<ApiJob *> jobs;
        for (int i = start; i < qMin(count, start + 50); ++i) {
            StitchFunction f;
            f.name = QStringLiteral("bench%1").arg(i, 4, 10, QLatin1Char('0'));
            f.source = source(i, false);
            jobs.append(functioncalls::create(client, fx.groupId, fx.app.id, f));
        }
        if (!batch(jobs, [&made](ApiJob *job) {
                made.append(static_cast<Job<StitchFunction> *>(job)->result());
            }))
            return 1;
    }
    auto *draftJob = draftcalls::create(client, fx.groupId, fx.app.id);
    QSignalSpy drafted(draftJob, &ApiJob::finished);
    if (!drafted.wait(30000) || !draftJob->ok())
        return 1;
    const QString draftId = draftJob->result().id;
    // Without an id from create, look the functions up by name.
    if (made.value(0).id.isEmpty()) {
        auto *list = functioncalls::list(client, fx.groupId, fx.app.id);
        QSignalSpy listed(list, &ApiJob::finished);
        listed.wait(60000);
        made.clear();
        for (const StitchFunction &f : list->result())
            if (f.name.startsWith(QLatin1String("bench")))
                made.append(f);
    }
    for (int start = 0; start < made.size(); start += 50) {
        QList<ApiJob *> jobs;
        for (int i = start; i < qMin(int(made.size()), start + 50); ++i) {
            StitchFunction f = made.at(i);
            f.source = source(f.name.mid(5).toInt(), true);
            jobs.append(functioncalls::update(client, fx.groupId, fx.app.id, f));
        }
        if (!batch(jobs)) {
            qWarning("update failed");
            return 1;
        }
    }

    DiffView view;
    view.resize(1200, 800);
    view.show();
    // The window's first expose and paint (backing store, fonts) is not the review's.
    QTest::qWaitForWindowExposed(&view);
    QCoreApplication::processEvents();
    DraftFileModel files;
    StallMeter meter;
    QElapsedTimer clock;
    const auto stallFigures = [&meter](const char *phase) {
        const QByteArray name(phase);
        print((name + "_worst_ui_stall_wall").constData(), meter.worstWallMs(), "ms");
        print((name + "_worst_ui_stall_thread_cpu").constData(), meter.worstCpuMs(), "ms");
    };

    print("load_average_before", StallMeter::loadAverage(), "(1 min)");
    meter.start();
    clock.start();
    auto *diffJob = draftcalls::diff(client, fx.groupId, fx.app.id, draftId);
    QSignalSpy fetched(diffJob, &ApiJob::finished);
    if (!fetched.wait(120000) || !diffJob->ok()) {
        qWarning("diff failed");
        return 1;
    }
    const double fetchMs = clock.nsecsElapsed() / 1e6;
    const DraftDiff diff = diffJob->result();
    meter.stop();
    print("fetch_diff", fetchMs, "ms");
    stallFigures("fetch");

    clock.restart();
    files.setDiff(diff);
    const double parseMs = clock.nsecsElapsed() / 1e6;
    const QString all = diff.diffs.join(QLatin1Char('\n'));
    const int lines = int(all.count(QLatin1Char('\n')) + 1);
    print("draft_files", files.rowCount(), "files");
    print("draft_patch_lines", lines, "lines");
    print("parse_file_list", parseMs, "ms");

    // The whole draft's patch in one view: the worst case of one big file.
    for (const DiffView::Layout layout :
         { DiffView::Layout::Unified, DiffView::Layout::SideBySide }) {
        const bool unified = layout == DiffView::Layout::Unified;
        view.setLayout(layout);
        // The switch's own slices and first paint are measured below, not here.
        ThreadedLocal::waitUntil([&view] { return view.isDiffReady(); });
        QCoreApplication::processEvents();
        meter.start();
        // Let the meter tick once before the work, so a stall from the first moment counts.
        QCoreApplication::processEvents();
        clock.restart();
        QSignalSpy ready(&view, &DiffView::diffReady);
        QSignalSpy shown(&view, &DiffView::firstSliceShown);
        view.setPatch(all, DiffView::Syntax::JavaScript);
        if (!shown.count() && !shown.wait(120000))
            return 1;
        view.repaint(); // the first paint, colouring what shows
        const double firstMs = clock.nsecsElapsed() / 1e6;
        if (!ready.count() && !ready.wait(120000))
            return 1;
        const double allMs = clock.nsecsElapsed() / 1e6;
        meter.stop();
        const QByteArray name = unified ? "render_unified" : "render_side_by_side";
        print((name + "_first_render").constData(), firstMs, "ms");
        print((name + "_whole_draft").constData(), allMs, "ms");
        stallFigures(name.constData());
        // A paint of the view as it stands, for scale: the part of a stall no slicing removes.
        double cpu = StallMeter::threadCpuMs();
        view.repaint();
        print((name + "_repaint_thread_cpu").constData(), StallMeter::threadCpuMs() - cpu, "ms");
        print((name + "_lines_shown").constData(),
              (unified ? view.unifiedEditor() : view.leftEditor())->lines(), "lines");
    }

    // Switching layout with the whole draft shown: the other layout's documents go in.
    meter.start();
    QCoreApplication::processEvents();
    clock.restart();
    view.setLayout(DiffView::Layout::Unified);
    view.repaint();
    const double switchFirst = clock.nsecsElapsed() / 1e6;
    ThreadedLocal::waitUntil([&view] { return view.isDiffReady(); });
    const double switchAll = clock.nsecsElapsed() / 1e6;
    meter.stop();
    print("switch_layout_first_render", switchFirst, "ms");
    print("switch_layout_whole_draft", switchAll, "ms");
    stallFigures("switch_layout");

    // One file at a time, as the panel shows them.
    clock.restart();
    meter.start();
    for (int i = 0; i < 20; ++i) {
        QSignalSpy ready(&view, &DiffView::diffReady);
        view.setPatch(files.fileAt(i).patch, DiffView::Syntax::JavaScript);
        ready.wait(10000);
        view.repaint();
    }
    const double perFile = clock.nsecsElapsed() / 1e6 / 20;
    meter.stop();
    print("render_one_file", perFile, "ms");
    stallFigures("render_one_file");

    // The review as the Deploy panel shows it: the file list filled, the first file shown.
    ReviewView review;
    review.resize(1200, 800);
    review.show();
    QTest::qWaitForWindowExposed(&review);
    QCoreApplication::processEvents();
    for (const DiffView::Layout layout :
         { DiffView::Layout::Unified, DiffView::Layout::SideBySide }) {
        const bool unified = layout == DiffView::Layout::Unified;
        review.layoutCombo()->setCurrentIndex(unified ? 0 : 1);
        review.showMessage(QString());
        QCoreApplication::processEvents();
        meter.start();
        QCoreApplication::processEvents();
        clock.restart();
        QSignalSpy ready(review.diffView(), &DiffView::diffReady);
        review.setDiff(diff, QString());
        if (!ready.count() && !ready.wait(120000))
            return 1;
        review.repaint();
        const double ms = clock.nsecsElapsed() / 1e6;
        meter.stop();
        const QByteArray name = unified ? "review_unified" : "review_side_by_side";
        print((name + "_file_list_and_first_file").constData(), ms, "ms");
        stallFigures(name.constData());
    }
    print("load_average_after", StallMeter::loadAverage(), "(1 min)");
    return 0;
}
