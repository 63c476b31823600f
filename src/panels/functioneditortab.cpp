#include "functioneditortab.h"
#include "autosavestore.h"
#include "editordebugmarks.h"
#include "functioncallers.h"
#include "panelkit.h"
#include "runconsole.h"
#include "saveconflictdialog.h"

#include <api/apiclient.h>
#include <api/callchain.h>
#include <api/functioncalls.h>
#include <session/session.h>
#include <widgets/editor/codeeditor.h>
#include <widgets/editor/jsoneditor.h>
#include <widgets/errorbanner.h>
#include <widgets/statuslabel.h>

#include <QCheckBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// can_evaluate as typed: empty means "no expression"; otherwise it must be a JSON object.
bool readCanEvaluate(const QString &text, QJsonObject *out, QString *why)
{
    *out = QJsonObject();
    if (text.trimmed().isEmpty())
        return true;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        *why = error.errorString();
        return false;
    }
    if (!document.isObject()) {
        *why = FunctionEditorTab::tr("Can evaluate must be a JSON object.");
        return false;
    }
    *out = document.object();
    return true;
}

} // namespace

FunctionEditorTab::FunctionEditorTab(Session *session, AutosaveStore *autosave,
                                     const QString &groupId, const QString &appId,
                                     const StitchFunction &function, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_autosave(autosave)
    , m_groupId(groupId)
    , m_appId(appId)
    , m_server(function)
    , m_banner(new ErrorBanner(this))
    , m_editor(new CodeEditor(this))
    , m_private(new QCheckBox(tr("&Private"), this))
    , m_canEvaluate(new JsonEditor(this))
    , m_canEvaluateStatus(new StatusLabel(tr("Can evaluate validity"), this))
    , m_console(new RunConsole(session, this))
    , m_vertical(new QSplitter(Qt::Vertical, this))
    , m_autosaveTimer(new QTimer(this))
    , m_syntaxChecker(SyntaxChecker::shared())
    , m_syntaxStatus(new StatusLabel(tr("Syntax check"), this))
    , m_syntaxTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("functionEditorTab"));
    setAccessibleName(tr("Function %1").arg(function.name));
    m_banner->setObjectName(QStringLiteral("tabErrorBanner"));
    m_banner->setRetryVisible(false);
    m_editor->setObjectName(QStringLiteral("codeEditor"));
    m_editor->setAccessibleName(tr("Source of %1").arg(function.name));
    m_editor->setText(function.source);
    showFromTheStart();
    m_editor->setModified(false);
    m_editor->SendScintilla(QsciScintilla::SCI_EMPTYUNDOBUFFER);
    m_private->setObjectName(QStringLiteral("privateCheck"));
    m_private->setAccessibleName(tr("Private"));
    m_private->setToolTip(tr("Hidden from client applications; other functions, webhooks and "
                             "triggers can still call it"));
    m_private->setChecked(function.isPrivate);
    m_canEvaluate->setObjectName(QStringLiteral("canEvaluateEditor"));
    m_canEvaluate->setAccessibleName(tr("Can evaluate (JSON expression)"));
    m_canEvaluate->setToolTip(tr("A JSON expression that must evaluate to true for the function "
                                 "to run in response to a request; empty means always"));
    if (!function.canEvaluate.isEmpty())
        m_canEvaluate->setJson(QJsonDocument(function.canEvaluate));
    m_canEvaluateStatus->setObjectName(QStringLiteral("canEvaluateStatus"));
    m_canEvaluateStatus->setWordWrap(true);

    auto *settings = new QWidget(this);
    settings->setObjectName(QStringLiteral("functionSettings"));
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->setContentsMargins(4, 0, 0, 0);
    auto *settingsTitle = new QLabel(tr("Settings"), settings);
    QFont bold = settingsTitle->font();
    bold.setBold(true);
    settingsTitle->setFont(bold);
    auto *canEvaluateLabel = new QLabel(tr("&Can evaluate:"), settings);
    canEvaluateLabel->setBuddy(m_canEvaluate);
    // Saving is a button too, not only Ctrl+S: a new user looks for it before any key.
    auto *saveButton = new QPushButton(tr("&Save"), settings);
    saveButton->setObjectName(QStringLiteral("saveFunctionButton"));
    saveButton->setToolTip(tr("Save the function (%1)")
                                   .arg(QKeySequence(QKeySequence::Save)
                                                .toString(QKeySequence::NativeText)));
    saveButton->setEnabled(false);
    connect(saveButton, &QPushButton::clicked, this, &FunctionEditorTab::save);
    const auto updateSaveButton = [this, saveButton] {
        saveButton->setEnabled(m_dirty && !isSaving());
    };
    connect(this, &FunctionEditorTab::dirtyChanged, saveButton, updateSaveButton);
    connect(this, &FunctionEditorTab::savingChanged, saveButton, updateSaveButton);
    settingsLayout->addWidget(saveButton);
    settingsLayout->addWidget(settingsTitle);
    settingsLayout->addWidget(m_private);
    settingsLayout->addWidget(canEvaluateLabel);
    settingsLayout->addWidget(m_canEvaluate, 1);
    settingsLayout->addWidget(m_canEvaluateStatus);

    m_syntaxStatus->setObjectName(QStringLiteral("syntaxStatus"));
    m_syntaxStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *editorBox = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(2);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_syntaxStatus);

    auto *horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->addWidget(editorBox);
    horizontal->addWidget(settings);
    horizontal->setStretchFactor(0, 4);
    horizontal->setStretchFactor(1, 1);
    horizontal->setSizes({ 640, 200 });
    m_vertical->setObjectName(QStringLiteral("functionEditorSplitter"));
    m_vertical->setChildrenCollapsible(false);
    m_vertical->addWidget(horizontal);
    m_vertical->addWidget(m_console);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_vertical, 1);

    m_console->setFunction(groupId, appId, function.name);
    m_console->setBufferSource([this] { return m_editor->text(); });
    connect(m_console, &RunConsole::errorLineFound, this,
            [this](int line, const QString &message) { m_editor->markErrorLine(line, message); });
    connect(m_console, &RunConsole::runningChanged, this, [this](bool running) {
        if (running)
            m_editor->clearErrorMarks();
    });

    // Scintilla claims some modified keys for itself before the shortcut map sees them; the
    // editors hand Ctrl+S and Ctrl+Enter to the tab here instead.
    for (QWidget *editor :
         { static_cast<QWidget *>(m_editor), static_cast<QWidget *>(m_canEvaluate),
           static_cast<QWidget *>(m_console->argumentsEditor()) })
        editor->installEventFilter(this);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &FunctionEditorTab::save);
    for (const QKeySequence &key :
         { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *run = new QShortcut(key, this);
        run->setContext(Qt::WidgetWithChildrenShortcut);
        connect(run, &QShortcut::activated, m_console, &RunConsole::runBuffer);
    }

    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(AutosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &FunctionEditorTab::writeAutosave);
    m_syntaxTimer->setSingleShot(true);
    m_syntaxTimer->setInterval(SyntaxCheckDelayMs);
    connect(m_syntaxTimer, &QTimer::timeout, this, [this] { checkSyntaxNow(); });
    m_syntaxTimer->start(); // the source as it was saved may be broken already
    setUpDebugger();
    connect(m_editor, &QsciScintilla::textChanged, this, &FunctionEditorTab::onTextChanged);
    connect(m_private, &QCheckBox::toggled, this, &FunctionEditorTab::updateDirty);
    connect(m_canEvaluate, &QsciScintilla::textChanged, this, &FunctionEditorTab::updateDirty);
    connect(m_canEvaluate, &JsonEditor::validityChanged, this,
            [this](bool valid, const QString &message) {
                // An empty box is fine here (no expression), whatever the JSON box thinks.
                QJsonObject object;
                QString why;
                const bool usable = readCanEvaluate(m_canEvaluate->text(), &object, &why);
                m_canEvaluateStatus->setText(usable ? QString() : (valid ? why : message));
                updateDirty();
            });
}

void FunctionEditorTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitSized)
        return;
    m_splitSized = true;
    // Once the tab has its height: the split the user left last time, or one where the run
    // console shows its output at a readable height (at most three fifths of the tab).
    if (panelkit::rememberSplitter(m_vertical, QLatin1String(EditorSplitKey)))
        return;
    const int total = m_vertical->height() - m_vertical->handleWidth();
    const int console = std::min(m_console->preferredHeight(), total * 3 / 5);
    m_vertical->setSizes({ total - console, console });
}

void FunctionEditorTab::showFromTheStart()
{
    // A buffer opens at line 1, column 1: Scintilla keeps the old horizontal scroll otherwise.
    m_editor->setCursorPosition(0, 0);
    m_editor->SendScintilla(QsciScintilla::SCI_SETXOFFSET, 0);
    m_editor->SendScintilla(QsciScintilla::SCI_SETFIRSTVISIBLELINE, 0);
}

bool FunctionEditorTab::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool run = key->modifiers().testFlag(Qt::ControlModifier)
        && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter);
    const bool saving = key->matches(QKeySequence::Save);
    if (!run && !saving)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // deliver it as a key press, which lands below
        return true;
    }
    if (run)
        m_console->runBuffer();
    else
        save();
    return true;
}

FunctionEditorTab::~FunctionEditorTab()
{
    // Deleting the chain drops its call quietly: nobody is left to hear how it ended.
    delete m_saveChain;
    // A buffer still unsaved when the tab goes keeps its autosave only if the timer has not
    // fired yet; write it now so nothing typed is lost.
    if (m_autosaveTimer->isActive() && m_dirty)
        writeAutosave();
}

StitchFunction FunctionEditorTab::bufferVersion() const
{
    StitchFunction function = m_server;
    function.source = m_editor->text();
    function.isPrivate = m_private->isChecked();
    QJsonObject canEvaluate;
    QString why;
    function.canEvaluate = readCanEvaluate(m_canEvaluate->text(), &canEvaluate, &why)
        ? canEvaluate
        : m_server.canEvaluate;
    return function;
}

void FunctionEditorTab::setBufferSource(const QString &source)
{
    m_editor->setText(source);
    showFromTheStart();
}

int FunctionEditorTab::renameCallsInBuffer(const QString &oldName, const QString &newName)
{
    int count = 0;
    const QByteArray renamed
        = functioncallers::renameCalls(m_editor->text(), oldName, newName, &count).toUtf8();
    if (count == 0)
        return 0;
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    const int firstVisible = m_editor->firstVisibleLine();
    m_editor->beginUndoAction();
    m_editor->SendScintilla(QsciScintilla::SCI_SETTARGETRANGE, 0UL,
                            m_editor->SendScintilla(QsciScintilla::SCI_GETLENGTH));
    m_editor->SendScintilla(QsciScintilla::SCI_REPLACETARGET,
                            static_cast<unsigned long>(renamed.size()), renamed.constData());
    m_editor->endUndoAction();
    m_editor->setCursorPosition(line, index);
    m_editor->setFirstVisibleLine(firstVisible);
    return count;
}

void FunctionEditorTab::setCompletionNames(const QStringList &functionNames,
                                           const QStringList &valueNames)
{
    m_editor->setCompletionNames(functionNames, valueNames);
}

void FunctionEditorTab::setPackageNames(const QStringList &packageNames)
{
    m_editor->setPackageNames(packageNames);
}

void FunctionEditorTab::setServerName(const QString &name)
{
    m_server.name = name;
    m_console->setFunction(m_groupId, m_appId, name);
    m_debugMarks->setSettingsKey(EditorDebugMarks::settingsKeyFor(m_appId, name));
    setAccessibleName(tr("Function %1").arg(name));
    emit nameChanged(name);
}

void FunctionEditorTab::markDeletedOnServer()
{
    m_deletedOnServer = true;
    m_banner->showMessage(tr("“%1” was deleted on the server. Your buffer is kept; saving "
                             "creates the function again.")
                              .arg(m_server.name));
    updateDirty();
}

void FunctionEditorTab::discardAutosave()
{
    m_autosaveTimer->stop();
    m_autosave->remove(AutosaveStore::keyFor(m_appId, m_server.id));
    m_autosaved = false;
}

void FunctionEditorTab::onTextChanged()
{
    updateDirty();
    // Restarted on every keystroke: the copy is written once typing pauses, well within two
    // seconds of the last key; the syntax check runs sooner.
    m_autosaveTimer->start();
    m_syntaxTimer->start();
}

void FunctionEditorTab::updateDirty()
{
    QJsonObject canEvaluate;
    QString why;
    const bool canEvaluateChanged = !readCanEvaluate(m_canEvaluate->text(), &canEvaluate, &why)
        || canEvaluate != m_server.canEvaluate;
    const bool dirty = m_deletedOnServer || m_editor->text() != m_server.source
        || m_private->isChecked() != m_server.isPrivate || canEvaluateChanged;
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    emit dirtyChanged(dirty);
}

void FunctionEditorTab::writeAutosave()
{
    if (!m_dirty) {
        if (m_autosaved)
            discardAutosave();
        return;
    }
    AutosaveStore::Record record;
    record.groupId = m_groupId;
    record.appId = m_appId;
    record.functionId = m_server.id;
    record.functionName = m_server.name;
    record.source = m_editor->text();
    record.serverSource = m_server.source;
    m_autosave->save(record);
    m_autosaved = true;
}

void FunctionEditorTab::setSaveChain(CallChain *chain)
{
    const bool was = isSaving();
    m_saveChain = chain;
    if (was != isSaving())
        emit savingChanged(isSaving());
}

void FunctionEditorTab::saveNow()
{
    if (isSaving())
        return;
    QJsonObject canEvaluate;
    QString why;
    if (!readCanEvaluate(m_canEvaluate->text(), &canEvaluate, &why)) {
        m_banner->showMessage(tr("Can evaluate is not usable: %1").arg(why));
        return;
    }
    m_banner->clear();
    m_editor->clearErrorMarks();
    ApiClient *client = m_session->client();
    const QString groupId = m_groupId;
    const QString appId = m_appId;
    auto *chain = new CallChain(this);
    if (m_deletedOnServer) {
        auto created = std::make_shared<StitchFunction>(bufferVersion());
        chain->then([=] { return functioncalls::create(*client, groupId, appId, *created); },
                    [=](const StitchFunction &answer) { *created = answer; });
        setSaveChain(chain);
        chain->run([this, created](const ApiError &error) {
            setSaveChain(nullptr);
            if (error.isError())
                return showSaveError(error);
            m_autosave->remove(AutosaveStore::keyFor(m_appId, m_server.id));
            m_autosaved = false;
            m_server = *created;
            m_deletedOnServer = false;
            updateDirty();
            emit saved(m_server);
        });
        return;
    }
    // First ask what the server has now: a change since the buffer was opened must not be
    // overwritten unseen. Then put the buffer, unless the user has to choose first.
    const QString functionId = m_server.id;
    auto mine = std::make_shared<StitchFunction>(bufferVersion());
    chain->then([=] { return functioncalls::get(*client, groupId, appId, functionId); },
                [this, chain](const StitchFunction &server) {
                    if (changedSinceOpened(server)) {
                        chain->stop();
                        askAboutConflict(server);
                    }
                })
        ->then([=] { return functioncalls::update(*client, groupId, appId, *mine); });
    setSaveChain(chain);
    chain->run([this, chain, mine](const ApiError &error) { onSaveEnded(error, *mine, chain); });
}

bool FunctionEditorTab::changedSinceOpened(const StitchFunction &server) const
{
    return server.source != m_server.source || server.name != m_server.name
        || server.isPrivate != m_server.isPrivate || server.canEvaluate != m_server.canEvaluate;
}

void FunctionEditorTab::askAboutConflict(const StitchFunction &server)
{
    m_conflict = new SaveConflictDialog(SaveConflictDialog::Mode::Conflict, m_server.name,
                                        m_editor->text(), server.source, this);
    m_conflict->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_conflict, &QDialog::finished, this,
            [this, server](int choice) { onConflictChoice(choice, server); });
    emit savingChanged(true);
    m_conflict->open();
}

void FunctionEditorTab::onConflictChoice(int choice, const StitchFunction &server)
{
    m_conflict = nullptr;
    emit savingChanged(isSaving());
    if (choice == SaveConflictDialog::KeepMine) {
        // The user has seen the server's version: theirs goes on top of it.
        auto mine = std::make_shared<StitchFunction>(bufferVersion());
        mine->name = server.name;
        m_server = server;
        auto *chain = (new CallChain(this))->then([=, client = m_session->client()] {
            return functioncalls::update(*client, m_groupId, m_appId, *mine);
        });
        setSaveChain(chain);
        chain->run([this, chain, mine](const ApiError &error) { onSaveEnded(error, *mine, chain); });
    } else if (choice == SaveConflictDialog::TakeServer) {
        m_server = server;
        m_editor->setText(server.source);
        showFromTheStart();
        m_private->setChecked(server.isPrivate);
        if (server.canEvaluate.isEmpty())
            m_canEvaluate->clear();
        else
            m_canEvaluate->setJson(QJsonDocument(server.canEvaluate));
        updateDirty();
        discardAutosave();
        setServerName(server.name);
    }
}

void FunctionEditorTab::onSaveEnded(const ApiError &error, const StitchFunction &function,
                                    CallChain *chain)
{
    if (m_saveChain == chain)
        setSaveChain(nullptr);
    if (m_conflict)
        return; // stopped to ask; the answer carries on
    if (error.isError()) {
        if (error.httpStatus == 404 && error.errorCode != QLatin1String("InvalidSession")) {
            markDeletedOnServer();
            return;
        }
        return showSaveError(error);
    }
    m_server = function;
    updateDirty();
    if (!m_dirty)
        discardAutosave();
    emit saved(m_server);
}

void FunctionEditorTab::showSaveError(const ApiError &error)
{
    // The buffer stays exactly as it is; only the message and the error mark are added.
    m_banner->showError(error);
    if (error.errorCode == QLatin1String("FunctionSyntaxError")) {
        const int line = errorLineIn(error.message);
        if (line > 0)
            m_editor->markErrorLine(line, error.message);
    }
}
