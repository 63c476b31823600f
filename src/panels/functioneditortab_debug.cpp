// The function editor's debugger: Debug beside Run, breakpoints in the margin, the paused line,
// the debug pane between the editor and the run console, and the keys (Qt Creator's where they
// do not clash with the console's own: F5 is Refresh here, so Debug is Ctrl+F5 and Continue F8).
#include "functioneditortab.h"
#include "debughover.h"
#include "debugpane.h"
#include "editordebugmarks.h"
#include "functiondebugger.h"
#include "runconsole.h"

#include <models/serverfeatures.h>
#include <models/sharedmodels.h>
#include <widgets/editor/codeeditor.h>

#include <QCheckBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>

namespace {

QString watchesKey(const QString &appId, const QString &name)
{
    return QStringLiteral("functions/watches/%1/%2")
        .arg(appId, QString::fromLatin1(name.toUtf8().toBase64(QByteArray::Base64UrlEncoding)));
}

} // namespace

void FunctionEditorTab::setUpDebugger()
{
    m_debugger = new FunctionDebugger(m_session, this);
    m_debugMarks
        = new EditorDebugMarks(m_editor, EditorDebugMarks::settingsKeyFor(m_appId, m_server.name),
                               this);
    m_debugPane = new DebugPane(m_debugger, this);
    m_debugHover = new DebugHover(m_editor, m_debugger, this);
    m_debugPane->setWatches(QSettings().value(watchesKey(m_appId, m_server.name)).toStringList());
    m_debugPane->setVisible(false);
    // Under the run console, so that the editor and the console keep their places (and the
    // remembered split) whether or not a debug run is on.
    m_vertical->addWidget(m_debugPane);
    m_vertical->setStretchFactor(2, 2);

    m_debugButton = new QPushButton(tr("&Debug"), this);
    m_debugButton->setObjectName(QStringLiteral("debugButton"));
    m_debugButton->setAccessibleName(tr("Debug the buffer"));
    m_console->addRunButton(m_debugButton);
    // Offered where the server says it can debug (stitch-local); elsewhere off, saying why.
    ServerFeatures *features = SharedModels::of(m_session)->serverFeatures();
    const auto askFeatures = [this, features] {
        const QString name = QStringLiteral("debug-runs");
        setDebugAvailable(features->has(name), features->whyAbsent(name));
    };
    connect(features, &ServerFeatures::changed, this, askFeatures);
    askFeatures();
    connect(m_debugButton, &QPushButton::clicked, this, &FunctionEditorTab::debugOrContinue);

    const auto shortcut = [this](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F5), [this] { debugOrContinue(); });
    shortcut(QKeySequence(Qt::Key_F8), [this] { m_debugger->resume(); });
    shortcut(QKeySequence(Qt::Key_F9), [this] { m_debugMarks->toggleAtCursor(); });
    shortcut(QKeySequence(Qt::Key_F10), [this] { m_debugger->stepOver(); });
    shortcut(QKeySequence(Qt::Key_F11), [this] { m_debugger->stepInto(); });
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F11), [this] { m_debugger->stepOut(); });
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5), [this] { m_debugger->stop(); });

    connect(m_debugMarks, &EditorDebugMarks::breakpointsChanged, this,
            [this] { m_debugger->setBreakpoints(m_debugMarks->breakpoints()); });
    connect(m_debugger, &FunctionDebugger::breakpointMoved, m_debugMarks, &EditorDebugMarks::move);
    connect(m_debugger, &FunctionDebugger::stateChanged, this,
            &FunctionEditorTab::onDebugStateChanged);
    connect(m_debugger, &FunctionDebugger::pausedAt, this,
            [this](const QString &function, int line) { onDebugPaused(function, line); });
    connect(m_debugger, &FunctionDebugger::frameSelected, this,
            [this](const QString &function, int line) { onDebugPaused(function, line); });
    connect(m_debugPane, &DebugPane::frameActivated, this,
            [this](const QString &function, int line) {
                if (function != m_server.name)
                    emit debugFrameOpened(function, line);
            });
    connect(m_debugger, &FunctionDebugger::consoleMessage, m_console,
            &RunConsole::appendLiveLog);
    connect(m_debugger, &FunctionDebugger::finished, this,
            [this](const FunctionRunResult &result, const QString &failure,
                   const ApiError &error) {
                m_console->endDebugRun(result, failure, error);
                // A server without the route: Debug stays off, saying why.
                if (error.httpStatus == 404 && error.errorCode != QLatin1String("FunctionNotFound"))
                    setDebugAvailable(false, tr("This server cannot debug functions: it has no "
                                                "debugger route (only stitch-local has one)."));
            });
    connect(m_debugPane, &DebugPane::watchesChanged, this, [this] {
        QSettings().setValue(watchesKey(m_appId, m_server.name), m_debugPane->watches());
    });
    connect(m_debugPane, &DebugPane::restartRequested, this, [this] {
        // Once the old run is gone, the edited text starts afresh.
        if (!m_debugger->isActive())
            return debugOrContinue();
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_debugger, &FunctionDebugger::finished, this, [this, connection] {
            disconnect(*connection);
            QMetaObject::invokeMethod(this, &FunctionEditorTab::debugOrContinue,
                                      Qt::QueuedConnection);
        });
        m_debugger->stop();
    });
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (m_debugger->isActive())
            m_debugPane->setSourceChanged(m_editor->text() != m_debugger->startedSource());
    });
}

void FunctionEditorTab::setDebugAvailable(bool available, const QString &whyNot)
{
    m_debugAvailable = available;
    m_debugWhyNot = whyNot;
    m_debugButton->setEnabled(available && !m_console->isRunning());
    m_debugButton->setToolTip(available
                                  ? tr("Run the editor's text in the debugger, stopping at "
                                       "breakpoints (Ctrl+F5; F9 sets a breakpoint)")
                                  : whyNot);
}

void FunctionEditorTab::debugOrContinue()
{
    if (m_debugger->state() == FunctionDebugger::State::Paused) {
        m_debugger->resume();
        return;
    }
    if (m_debugger->isActive() || !m_debugAvailable || m_console->isRunning())
        return;
    QJsonArray arguments;
    if (!m_console->argumentsForRun(&arguments))
        return;
    DebugRunRequest request;
    request.name = m_server.name;
    request.source = m_editor->text();
    request.arguments = arguments;
    request.runAs = m_console->runAs();
    m_console->beginDebugRun(arguments);
    m_editor->clearErrorMarks();
    m_debugger->start(m_groupId, m_appId, request, m_debugMarks->breakpoints(),
                      m_debugPane->pauseOnExceptionsCheck()->isChecked());
}

void FunctionEditorTab::onDebugStateChanged()
{
    const FunctionDebugger::State state = m_debugger->state();
    const bool active = state != FunctionDebugger::State::Idle;
    m_debugPane->setVisible(active);
    if (!active) {
        m_debugMarks->setCurrentLine(0);
        m_debugPane->setSourceChanged(false);
        emit debugFrameOpened(QString(), 0);
    } else if (state == FunctionDebugger::State::Running) {
        m_debugMarks->setCurrentLine(0);
    }
    m_debugButton->setEnabled(m_debugAvailable
                              && (state == FunctionDebugger::State::Idle
                                  || state == FunctionDebugger::State::Paused));
    m_debugButton->setText(state == FunctionDebugger::State::Paused ? tr("Co&ntinue")
                                                                    : tr("&Debug"));
}

void FunctionEditorTab::onDebugPaused(const QString &function, int line)
{
    if (function == m_server.name) {
        m_debugMarks->setCurrentLine(line);
        return;
    }
    // Another app function's frame: picking it in the call stack opens that function's tab
    // at the line (switching tabs at every step would hide these controls).
    m_debugMarks->setCurrentLine(0);
}

void FunctionEditorTab::showDebugLine(int line)
{
    m_debugMarks->setCurrentLine(line);
}
