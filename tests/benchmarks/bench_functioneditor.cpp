// Figures for the Functions panel: opening a 5,000-line function (GET, editor, highlighting
// through the first paint) and the round trip of "Run buffer" on `return 1`, against the
// in-process local server and its Node.js runtime. Prints `name: value unit`; never fails on speed.
#include "../ui/signedinfixture.h"

#include <panels/functioneditortab.h>
#include <panels/functionspanel.h>
#include <panels/runconsole.h>
#include <widgets/editor/codeeditor.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void print(const char *name, double value, const char *unit)
{
    QTextStream(stdout) << name << ": " << QString::number(value, 'f', 2) << ' ' << unit << '\n';
}

QString bigSource(int lines)
{
    QString source = QStringLiteral("exports = function(arg) {\n  let total = 0;\n");
    for (int i = 0; i < lines - 4; ++i)
        source
            += QStringLiteral("  total += context.values.get(\"v%1\") ?? %1; // line %1\n").arg(i);
    source += QStringLiteral("  return total;\n};\n");
    return source;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("bench_functioneditor"));
    SignedInFixture fx;
    if (!fx.start()) {
        qWarning("cannot start the local server");
        return 1;
    }
    QTemporaryDir autosave;
    FunctionsPanel panel(fx.session.get(), autosave.path());
    panel.resize(1200, 800);
    panel.show();

    StitchFunction big;
    big.name = QStringLiteral("big5000");
    big.source = bigSource(5000);
    QElapsedTimer clock;
    clock.start();
    if (!SignedInFixture::finish(
            functioncalls::create(*fx.session->client(), fx.groupId, fx.app.id, big))) {
        qWarning("cannot create the big function");
        return 1;
    }
    print("create_5000_line_function", clock.elapsed(), "ms");
    const QString bigId = fx.idOf(big.name);

    QList<double> opens;
    for (int round = 0; round < 5; ++round) {
        panel.discardAll();
        QCoreApplication::processEvents();
        clock.restart();
        panel.openFunction(bigId);
        while (!panel.tabFor(bigId))
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents); // sleeps, not spins
        FunctionEditorTab *tab = panel.tabFor(bigId);
        tab->editor()->repaint(); // the first paint lexes the visible part
        opens.append(clock.nsecsElapsed() / 1e6);
        if (tab->editor()->lines() < 5000)
            qWarning("the editor shows %d lines", tab->editor()->lines());
    }
    print("open_5000_line_function_median", median(opens), "ms");

    // The editor alone: setText of 5,000 lines plus a full lex (no network).
    CodeEditor editor;
    editor.resize(900, 600);
    editor.show();
    clock.restart();
    editor.setText(big.source);
    editor.SendScintilla(QsciScintilla::SCI_COLOURISE, 0, -1);
    editor.repaint();
    print("editor_settext_and_colourise_5000_lines", clock.nsecsElapsed() / 1e6, "ms");

    FunctionEditorTab *tab = panel.tabFor(bigId);
    tab->editor()->setText(QStringLiteral("exports = function() { return 1; };\n"));
    RunConsole *console = tab->runConsole();
    QList<double> runs;
    for (int round = 0; round < 12; ++round) {
        clock.restart();
        console->runBuffer();
        while (console->isRunning())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents); // sleeps, not spins
        const double ms = clock.nsecsElapsed() / 1e6;
        if (round >= 2) // the first runs warm the Node.js worker up
            runs.append(ms);
        else
            print(round == 0 ? "run_buffer_return_1_first" : "run_buffer_return_1_second", ms,
                  "ms");
    }
    print("run_buffer_return_1_median", median(runs), "ms");
    print("run_buffer_return_1_min", *std::min_element(runs.begin(), runs.end()), "ms");
    const auto history = console->history();
    if (!history.isEmpty())
        QTextStream(stdout) << "run_buffer_server_execution_time: "
                            << history.first().result.executionTime << '\n';
    panel.discardAll();
    return 0;
}
