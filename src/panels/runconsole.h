#pragma once

#include <api/apijob.h>
#include <api/functiontypes.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QPointer>
#include <QWidget>

#include <functional>

class BusyIndicator;
class QHBoxLayout;
class JsonEditor;
class JsonTreeModel;
class QComboBox;
class RunAsPicker;
class QLabel;
class StatusLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTreeView;
class Session;

//! The test-run console under a function's editor: arguments as a JSON array (remembered per
//! function), run as System or an app user, Run saved (by name) and Run buffer (the unsaved
//! text), the answer as a JSON tree and raw text with the logs, the error and the time, and a
//! history of the last runs that can be reopened and compared.
class RunConsole : public QWidget
{
    Q_OBJECT
public:
    struct Run
    {
        QDateTime when;
        bool buffer = false;
        QString runAs; //!< what the picker showed
        QJsonArray arguments;
        FunctionRunResult result;
        ApiError error; //!< the call failed (no result)
        QString label() const;
        //! The whole answer as text, for raw view and comparison.
        QString rawText() const;
    };
    static constexpr int HistorySize = 10;
    //! Rows of the result (and lines of the raw answer) the console shows at its default height.
    static constexpr int PreferredOutputLines = 8;
    //! QSettings key of the output panes' widths.
    static constexpr const char *OutputSplitKey = "functions/runOutputSplitter";

    explicit RunConsole(Session *session, QWidget *parent = nullptr);
    ~RunConsole() override;

    void setFunction(const QString &groupId, const QString &appId, const QString &name);
    //! Gives Run buffer its source: the editor's current text.
    void setBufferSource(std::function<QString()> source) { m_bufferSource = std::move(source); }
    void setUsers(const QList<AppUser> &users);
    //! Picks the app user with this id, or System for an empty id.
    bool setRunAsUser(const QString &userId);
    //! "Run again" from a log entry: the logged arguments, and the logged user picked (added to
    //! the picker by id when its page of users is not loaded); the run itself is the user's.
    void replay(const QJsonArray &arguments, const QString &userId);
    RunAs runAs() const;

    JsonEditor *argumentsEditor() const { return m_arguments; }
    QPushButton *runSavedButton() const { return m_runSaved; }
    QPushButton *runBufferButton() const { return m_runBuffer; }
    QPushButton *abandonButton() const { return m_abandon; }
    QComboBox *historyCombo() const { return m_history; }
    RunAsPicker *runAsPicker() const { return m_runAs; }
    JsonTreeModel *resultModel() const { return m_resultModel; }
    QTreeView *resultView() const { return m_resultView; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QPlainTextEdit *logsView() const { return m_logs; }
    StatusLabel *statusLabel() const { return m_status; }
    QSplitter *outputSplitter() const { return m_outputSplit; }
    //! The height that shows PreferredOutputLines of the result: the editor tab's default.
    int preferredHeight() const;
    bool isRunning() const { return m_job != nullptr; }
    QList<Run> history() const { return m_runs; }
    //! Restores runs kept from an earlier tab of the same function (newest first).
    void setHistory(const QList<Run> &runs);

    // A debug run (runconsole_debug.cpp): the editor's debugger makes it, the console shows it.
    //! Puts a button beside Run Saved and Run Buffer (the editor's Debug).
    void addRunButton(QPushButton *button);
    //! Reads and remembers the arguments as a run would; false (and says why) when invalid.
    bool argumentsForRun(QJsonArray *arguments) { return readArguments(arguments); }
    void beginDebugRun(const QJsonArray &arguments);
    //! console.log output of the debug run as it happens.
    void appendLiveLog(const QString &level, const QString &text);
    //! The debug run's result, or failure (no result: the session could not start or died).
    void endDebugRun(const FunctionRunResult &result, const QString &failure,
                     const ApiError &error);
    bool isDebugging() const { return m_debugging; }

public slots:
    void runSaved();
    void runBuffer();
    void abandon();
    //! Opens the chosen earlier run beside the newest one.
    void compareWithLatest();

signals:
    void runningChanged(bool running);
    void runFinished(const RunConsole::Run &run);
    //! A run's error names a line of the source (from 1).
    void errorLineFound(int line, const QString &message);

private:
    bool readArguments(QJsonArray *arguments);
    void start(Job<FunctionRunResult> *job, bool buffer, const QJsonArray &arguments);
    void onFinished(Job<FunctionRunResult> *job);
    void show(const Run &run);
    void showRunAt(int index);
    void updateProgress();
    void setStatus(const QString &text, bool error);
    QString settingsKey() const;

    Session *m_session;
    QString m_groupId;
    QString m_appId;
    QString m_name;
    std::function<QString()> m_bufferSource;

    JsonEditor *m_arguments;
    RunAsPicker *m_runAs;
    QPushButton *m_runSaved;
    QPushButton *m_runBuffer;
    QPushButton *m_abandon;
    BusyIndicator *m_busy;
    StatusLabel *m_progress;
    QSplitter *m_outputSplit;
    JsonTreeModel *m_resultModel;
    QTreeView *m_resultView;
    QPlainTextEdit *m_raw;
    QPlainTextEdit *m_logs;
    StatusLabel *m_status;
    StatusLabel *m_time;
    QComboBox *m_history;
    QPushButton *m_compare;

    QPointer<ApiJob> m_job;
    QHBoxLayout *m_controls = nullptr;
    bool m_debugging = false;
    Run m_pending;
    QElapsedTimer m_elapsed;
    int m_progressTimer = 0;
    QList<Run> m_runs; // newest first

protected:
    void timerEvent(QTimerEvent *event) override;
};
