// The run console's part in a debug run: the editor's FunctionDebugger runs it; the console
// takes its arguments, shows its console output as it comes and its result like any run's.
#include "runconsole.h"
#include "runaspicker.h"

#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/statuslabel.h>

#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>

void RunConsole::addRunButton(QPushButton *button)
{
    m_controls->addWidget(button);
}

void RunConsole::beginDebugRun(const QJsonArray &arguments)
{
    m_debugging = true;
    m_pending = Run();
    m_pending.when = QDateTime::currentDateTimeUtc();
    m_pending.buffer = true;
    m_pending.runAs = m_runAs->userLabel();
    m_pending.arguments = arguments;
    m_runSaved->setEnabled(false);
    m_runBuffer->setEnabled(false);
    m_busy->setRunning(true);
    m_logs->clear();
    m_status->setProperty("argumentsError", false);
    setStatus(tr("Debugging…"), false);
    emit runningChanged(true);
}

void RunConsole::appendLiveLog(const QString &level, const QString &text)
{
    const bool error = level == QLatin1String("error") || level == QLatin1String("warning");
    m_logs->appendPlainText(error ? tr("[error] %1").arg(text) : text);
}

void RunConsole::endDebugRun(const FunctionRunResult &result, const QString &failure,
                             const ApiError &error)
{
    if (!m_debugging)
        return;
    m_debugging = false;
    m_busy->setRunning(false);
    m_runSaved->setEnabled(true);
    m_runBuffer->setEnabled(true);
    Run run = m_pending;
    if (!failure.isEmpty()) {
        // Nothing to keep in the history: the run never finished.
        setStatus(tr("The debug run ended: %1").arg(error.isError() ? error.summary() : failure),
                  true);
        emit runningChanged(false);
        return;
    }
    run.result = result;
    m_session->notifyAppDataChanged();
    QList<Run> runs = m_runs;
    runs.prepend(run);
    setHistory(runs);
    show(run);
    emit runningChanged(false);
    emit runFinished(run);
}
