// Figures for the Deploy panel's review: a draft changing 1,000 functions, against the
// in-process local server. GET drafts/{id}/diff, the file list (parse), and the whole draft's
// patch (10,000+ lines) computed and shown by DiffView in the unified and the side-by-side
// layout through the first paint; and the worst stall of the UI thread meanwhile (a 1 ms timer's
// longest gap). Prints `name: value unit`; never fails on speed.
#include "threadedlocal.h"

#include <api/functioncalls.h>

#include <api/draftcalls.h>
#include <models/draftfilemodel.h>
#include <widgets/editor/diffview.h>

#include <Qsci/qsciscintilla.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

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

//! The longest gap between ticks of a 1 ms timer: how long the UI thread was busy at once.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_worst = qMax(m_worst, m_clock.nsecsElapsed() / 1e6);
            m_clock.restart();
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return qMax(m_worst, m_clock.nsecsElapsed() / 1e6);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_worst = 0;
};

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
    QApplication app(argc, argv);
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
    DraftFileModel files;
    StallMeter meter;
    QElapsedTimer clock;

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
    const double fetchStall = meter.stop();

    meter.start();
    clock.restart();
    files.setDiff(diff);
    const double parseMs = clock.nsecsElapsed() / 1e6;
    const QString all = diff.diffs.join(QLatin1Char('\n'));
    const int lines = int(all.count(QLatin1Char('\n')) + 1);

    double renderMs[2] = { 0, 0 };
    double stall[2] = { 0, 0 };
    int shownLines[2] = { 0, 0 };
    for (const DiffView::Layout layout :
         { DiffView::Layout::Unified, DiffView::Layout::SideBySide }) {
        const int k = layout == DiffView::Layout::Unified ? 0 : 1;
        view.setLayout(layout);
        if (k > 0)
            meter.start();
        // Let the meter tick once before the work, so a stall from the first moment counts.
        QCoreApplication::processEvents();
        clock.restart();
        QSignalSpy ready(&view, &DiffView::diffReady);
        view.setPatch(all, DiffView::Syntax::JavaScript);
        if (!ready.wait(120000))
            return 1;
        view.repaint(); // the first paint, colouring what shows
        renderMs[k] = clock.nsecsElapsed() / 1e6;
        stall[k] = meter.stop();
        shownLines[k] = (k == 0 ? view.unifiedEditor() : view.leftEditor())->lines();
    }
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
    const double perFileStall = meter.stop();

    print("draft_files", files.rowCount(), "files");
    print("draft_patch_lines", lines, "lines");
    print("fetch_diff", fetchMs, "ms");
    print("fetch_worst_ui_stall", fetchStall, "ms");
    print("parse_file_list", parseMs, "ms");
    print("render_unified_whole_draft", renderMs[0], "ms");
    print("render_unified_worst_ui_stall", stall[0], "ms");
    print("render_unified_lines_shown", shownLines[0], "lines");
    print("render_side_by_side_whole_draft", renderMs[1], "ms");
    print("render_side_by_side_worst_ui_stall", stall[1], "ms");
    print("render_side_by_side_lines_shown", shownLines[1], "lines");
    print("render_one_file", perFile, "ms");
    print("render_one_file_worst_ui_stall", perFileStall, "ms");
    return 0;
}
