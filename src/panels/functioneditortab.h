#pragma once

#include <api/callchain.h>
#include <api/functiontypes.h>

#include "saveconflictdialog.h"
#include "syntaxchecker.h"

#include <QPointer>
#include <QWidget>

class AutosaveStore;
class CodeEditor;
class DebugHover;
class DebugPane;
class EditorDebugMarks;
class FunctionDebugger;
class QPushButton;
class ErrorBanner;
class JsonEditor;
class QCheckBox;
class QLabel;
class QMessageBox;
class QSplitter;
class QTimer;
class RunConsole;
class StatusLabel;

class Session;

//! One open function: its code in a CodeEditor, its settings (private, can_evaluate) beside it,
//! the run console under it. Saves with a conflict check, autosaves unsaved buffers, keeps the
//! buffer through every failure.
class FunctionEditorTab : public QWidget
{
    Q_OBJECT
public:
    static constexpr int AutosaveDelayMs = 1500;
    //! The pause after the last key before the syntax check runs.
    static constexpr int SyntaxCheckDelayMs = 300;
    //! QSettings key of the split between the editor and the run console.
    static constexpr const char *EditorSplitKey = "functions/editorSplitter";

    FunctionEditorTab(Session *session, AutosaveStore *autosave, const QString &groupId,
                      const QString &appId, const StitchFunction &function,
                      QWidget *parent = nullptr);
    ~FunctionEditorTab() override;

    QString functionId() const { return m_server.id; }
    QString functionName() const { return m_server.name; }
    QString groupId() const { return m_groupId; }
    QString appId() const { return m_appId; }
    //! What the server had when the buffer was opened or last saved.
    StitchFunction serverVersion() const { return m_server; }
    //! The function as the editor and settings show it now.
    StitchFunction bufferVersion() const;
    //! The buffer differs from the server's version.
    bool isDirty() const { return m_dirty; }
    bool isSaving() const { return m_saveChain || m_conflict; }
    bool isDeletedOnServer() const { return m_deletedOnServer; }

    CodeEditor *editor() const { return m_editor; }
    JsonEditor *canEvaluateEditor() const { return m_canEvaluate; }
    QCheckBox *privateCheck() const { return m_private; }
    RunConsole *runConsole() const { return m_console; }
    QSplitter *editorSplitter() const { return m_vertical; }
    ErrorBanner *errorBanner() const { return m_banner; }
    SaveConflictDialog *conflictDialog() const { return m_conflict; }
    //! The line under the editor that names the first syntax error ("Line 3: …").
    StatusLabel *syntaxStatus() const { return m_syntaxStatus; }
    //! "Save anyway?" while it asks (the buffer has a syntax error), else null.
    QMessageBox *saveAnywayQuestion() const;
    //! The syntax check's latest answer, if it is about the buffer as it is now.
    SyntaxChecker::Result syntaxResult() const;
    //! Rewrites the buffer's calls of oldName to call newName (one undoable step, the view kept
    //! where it is); returns how many changed.
    int renameCallsInBuffer(const QString &oldName, const QString &newName);
    //! Another checker than the shared one (tests: one without node or acorn).
    void setSyntaxChecker(SyntaxChecker *checker);

    //! Replaces the buffer (a recovered one); the tab stays dirty until saved.
    void setBufferSource(const QString &source);
    void setCompletionNames(const QStringList &functionNames, const QStringList &valueNames);
    void setPackageNames(const QStringList &packageNames);
    //! The function was renamed elsewhere in the panel; the buffer stays as it is.
    void setServerName(const QString &name);
    //! Someone deleted it: the next save creates it again.
    void markDeletedOnServer();
    //! Forgets the autosaved copy (the user discarded the buffer).
    void discardAutosave();

    // The debugger (functioneditortab_debug.cpp).
    FunctionDebugger *debugger() const { return m_debugger; }
    DebugPane *debugPane() const { return m_debugPane; }
    EditorDebugMarks *debugMarks() const { return m_debugMarks; }
    DebugHover *debugHover() const { return m_debugHover; }
    QPushButton *debugButton() const { return m_debugButton; }
    //! Whether the server can debug (its features); whyNot is the button's tooltip otherwise.
    void setDebugAvailable(bool available, const QString &whyNot = QString());
    //! Marks a line (from 1) where another tab's debug run is paused in this function; 0 clears.
    void showDebugLine(int line);

public slots:
    //! Debug (Ctrl+F5): starts a debug run of the buffer; continues when paused.
    void debugOrContinue();

public slots:
    //! Asks first when the buffer has a syntax error; then checks the server's version (a
    //! change there opens the conflict dialog) and saves.
    void save();

signals:
    void dirtyChanged(bool dirty);
    void savingChanged(bool saving);
    //! The server has the buffer now (PUT, or POST after a deletion).
    void saved(const StitchFunction &function);
    void nameChanged(const QString &name);
    //! A call-stack frame of another app function was picked: open it at line (from 1).
    void debugFrameOpened(const QString &functionName, int line);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onTextChanged();
    void updateDirty();
    void showFromTheStart();
    void writeAutosave();
    bool changedSinceOpened(const StitchFunction &server) const;
    void askAboutConflict(const StitchFunction &server);
    void onConflictChoice(int choice, const StitchFunction &server);
    void onSaveEnded(const ApiError &error, const StitchFunction &function, CallChain *chain);
    void showSaveError(const ApiError &error);
    //! save() once the buffer's syntax is known and, with an error, the user said so.
    void saveNow();
    void askSaveAnyway();
    //! Checks the buffer as it is now; then (if set) is called once the answer is in.
    void checkSyntaxNow(std::function<void()> then = {});
    void showSyntaxResult(const QString &source, const SyntaxChecker::Result &result);
    void setSaveChain(CallChain *chain);
    void setUpDebugger();
    void onDebugStateChanged();
    void onDebugPaused(const QString &function, int line);

    FunctionDebugger *m_debugger = nullptr;
    DebugPane *m_debugPane = nullptr;
    EditorDebugMarks *m_debugMarks = nullptr;
    DebugHover *m_debugHover = nullptr;
    QPushButton *m_debugButton = nullptr;
    bool m_debugAvailable = true;
    QString m_debugWhyNot;

    Session *m_session;
    AutosaveStore *m_autosave;
    QString m_groupId;
    QString m_appId;
    StitchFunction m_server;
    bool m_dirty = false;
    bool m_deletedOnServer = false;
    bool m_autosaved = false;
    bool m_splitSized = false;

    ErrorBanner *m_banner;
    CodeEditor *m_editor;
    QCheckBox *m_private;
    JsonEditor *m_canEvaluate;
    StatusLabel *m_canEvaluateStatus;
    RunConsole *m_console;
    QSplitter *m_vertical;
    QTimer *m_autosaveTimer;
    QPointer<CallChain> m_saveChain;
    QPointer<SaveConflictDialog> m_conflict;

    SyntaxChecker *m_syntaxChecker;
    StatusLabel *m_syntaxStatus;
    QTimer *m_syntaxTimer;
    quint64 m_syntaxGeneration = 0; // answers to an older check are dropped
    QString m_syntaxSource; // what m_syntax is about
    SyntaxChecker::Result m_syntax;
    bool m_checkingToSave = false;
    QPointer<QMessageBox> m_saveAnyway;
};
