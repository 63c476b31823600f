#include "runconsole.h"
#include "panelkit.h"
#include "runaspicker.h"

#include <api/apiclient.h>
#include <api/functioncalls.h>
#include <models/json/jsontreemodel.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/statuslabel.h>
#include <widgets/editor/diffview.h>
#include <widgets/editor/jsoneditor.h>

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTextDocument>
#include <QTimerEvent>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

//! "13.0 ms" below a second, "1.25 s" from there; the server's own text when it is no duration.
QString executionTimeText(const FunctionRunResult &result)
{
    const double ms = result.executionMs();
    if (result.executionTime.isEmpty())
        return {};
    if (ms < 0)
        return RunConsole::tr("Execution time: %1").arg(result.executionTime);
    const QLocale locale;
    return ms < 1000 ? RunConsole::tr("Execution time: %1 ms").arg(locale.toString(ms, 'f', 1))
                     : RunConsole::tr("Execution time: %1 s").arg(locale.toString(ms / 1000, 'f', 2));
}

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    // A scalar: wrap it to let QJsonDocument write it, then unwrap.
    const QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

//! A pane of the output splitter: its label (with a mnemonic that focuses it) over it.
QWidget *labelledPane(const QString &title, QWidget *content)
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, pane);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return pane;
}

} // namespace

QString RunConsole::Run::label() const
{
    const QString kind = buffer ? RunConsole::tr("buffer") : RunConsole::tr("saved");
    const QString outcome = error.isError() ? RunConsole::tr("failed")
        : result.hasError()                 ? RunConsole::tr("error")
                                            : result.executionTime;
    return RunConsole::tr("%1 · %2 as %3 · %4")
        .arg(when.toLocalTime().toString(QStringLiteral("HH:mm:ss")), kind, runAs, outcome);
}

QString RunConsole::Run::rawText() const
{
    if (error.isError())
        return error.summary();
    QJsonObject answer { { QStringLiteral("result"), result.result },
                         { QStringLiteral("logs"), QJsonArray::fromStringList(result.logs) },
                         { QStringLiteral("error_logs"),
                           QJsonArray::fromStringList(result.errorLogs) },
                         { QStringLiteral("execution_time"), result.executionTime } };
    if (result.hasError())
        answer.insert(QStringLiteral("error"),
                      QJsonObject { { QStringLiteral("name"), result.errorName },
                                    { QStringLiteral("message"), result.errorMessage } });
    return jsonText(answer);
}

RunConsole::RunConsole(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_arguments(new JsonEditor(this))
    , m_runAs(new RunAsPicker(this))
    , m_runSaved(new QPushButton(tr("Run &Saved"), this))
    , m_runBuffer(new QPushButton(tr("Run &Buffer"), this))
    , m_abandon(new QPushButton(tr("Abandon"), this))
    , m_busy(new BusyIndicator(this))
    , m_progress(new StatusLabel(tr("Run progress"), this))
    , m_outputSplit(new QSplitter(Qt::Horizontal, this))
    , m_resultModel(new JsonTreeModel(this))
    , m_resultView(new QTreeView(this))
    , m_raw(new QPlainTextEdit(this))
    , m_logs(new QPlainTextEdit(this))
    , m_status(new StatusLabel(tr("Run status"), this))
    , m_time(new StatusLabel(tr("Execution time"), this))
    , m_history(new QComboBox(this))
    , m_compare(new QPushButton(tr("Compare…"), this))
{
    setObjectName(QStringLiteral("runConsole"));
    setAccessibleName(tr("Run console"));
    m_arguments->setObjectName(QStringLiteral("argumentsEditor"));
    m_arguments->setAccessibleName(tr("Arguments (JSON array)"));
    m_arguments->setRequireArray(true);
    m_arguments->setText(QStringLiteral("[]"));
    m_arguments->setMaximumHeight(64);
    m_arguments->setToolTip(tr("The arguments as a JSON array, e.g. [1, \"two\", {\"three\": 3}]"));
    m_runSaved->setObjectName(QStringLiteral("runSavedButton"));
    m_runSaved->setAccessibleName(tr("Run saved function"));
    m_runSaved->setToolTip(tr("Run the function as saved on the server"));
    m_runBuffer->setObjectName(QStringLiteral("runBufferButton"));
    m_runBuffer->setAccessibleName(tr("Run buffer"));
    m_runBuffer->setToolTip(tr("Run the editor's text, saved or not (Ctrl+Enter)"));
    m_abandon->setObjectName(QStringLiteral("abandonRunButton"));
    m_abandon->setAccessibleName(tr("Abandon run"));
    m_abandon->setToolTip(tr("Stop waiting for the run"));
    m_abandon->setVisible(false);
    m_busy->setAccessibleName(tr("Running"));
    m_progress->setObjectName(QStringLiteral("runProgressLabel"));

    m_resultView->setObjectName(QStringLiteral("resultTree"));
    m_resultView->setAccessibleName(tr("Result tree"));
    m_resultView->setModel(m_resultModel);
    m_resultView->setAlternatingRowColors(true);
    m_resultView->header()->setStretchLastSection(false);
    m_resultView->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *text : { m_raw, m_logs }) {
        text->setReadOnly(true);
        text->setFont(mono);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_raw->setObjectName(QStringLiteral("rawResult"));
    m_raw->setAccessibleName(tr("Raw result"));
    m_logs->setObjectName(QStringLiteral("runLogs"));
    m_logs->setAccessibleName(tr("Captured logs"));
    m_logs->setPlaceholderText(tr("console.log output appears here"));
    m_status->setObjectName(QStringLiteral("runStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_time->setObjectName(QStringLiteral("runTimeLabel"));
    m_history->setObjectName(QStringLiteral("runHistoryCombo"));
    m_history->setAccessibleName(tr("Run history"));
    m_history->setPlaceholderText(tr("No runs yet"));
    m_history->setMinimumContentsLength(24);
    m_history->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compare->setObjectName(QStringLiteral("compareRunsButton"));
    m_compare->setAccessibleName(tr("Compare with the latest run"));
    m_compare->setToolTip(tr("Compare the chosen run with the latest one"));
    m_compare->setEnabled(false);

    auto *argsLabel = new QLabel(tr("&Arguments:"), this);
    argsLabel->setBuddy(m_arguments);
    auto *runAsLabel = new QLabel(tr("Run &as:"), this);
    runAsLabel->setBuddy(m_runAs);
    auto *historyLabel = new QLabel(tr("&History:"), this);
    historyLabel->setBuddy(m_history);

    auto *controls = new QHBoxLayout;
    m_controls = controls;
    controls->addWidget(runAsLabel);
    controls->addWidget(m_runAs);
    controls->addStretch();
    controls->addWidget(m_busy);
    controls->addWidget(m_progress);
    controls->addWidget(m_abandon);
    controls->addWidget(m_runSaved);
    controls->addWidget(m_runBuffer);

    // Result, raw answer and logs side by side, each as wide as the user drags it: the tree and
    // the text used to share one tab, and neither could be seen beside the other.
    m_outputSplit->setObjectName(QStringLiteral("runOutputSplitter"));
    m_outputSplit->setAccessibleName(tr("Run output"));
    m_outputSplit->setChildrenCollapsible(false);
    m_outputSplit->addWidget(labelledPane(tr("Res&ult:"), m_resultView));
    m_outputSplit->addWidget(labelledPane(tr("Ra&w:"), m_raw));
    m_outputSplit->addWidget(labelledPane(tr("&Logs:"), m_logs));
    m_outputSplit->setStretchFactor(0, 3);
    m_outputSplit->setStretchFactor(1, 3);
    m_outputSplit->setStretchFactor(2, 2);
    panelkit::rememberSplitter(m_outputSplit, QLatin1String(OutputSplitKey));
    // Never squeezed below a few lines, whatever the splitter above does.
    for (QWidget *pane : { static_cast<QWidget *>(m_resultView), static_cast<QWidget *>(m_raw),
                           static_cast<QWidget *>(m_logs) })
        pane->setMinimumHeight(pane->fontMetrics().lineSpacing() * 3);

    auto *status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_time);
    status->addSpacing(12);
    status->addWidget(historyLabel);
    status->addWidget(m_history);
    status->addWidget(m_compare);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(argsLabel);
    layout->addWidget(m_arguments);
    layout->addLayout(controls);
    layout->addWidget(m_outputSplit, 1);
    layout->addLayout(status);

    connect(m_runSaved, &QPushButton::clicked, this, &RunConsole::runSaved);
    connect(m_runBuffer, &QPushButton::clicked, this, &RunConsole::runBuffer);
    connect(m_abandon, &QPushButton::clicked, this, &RunConsole::abandon);
    connect(m_compare, &QPushButton::clicked, this, &RunConsole::compareWithLatest);
    connect(m_history, &QComboBox::activated, this, &RunConsole::showRunAt);
    connect(m_arguments, &JsonEditor::validityChanged, this,
            [this](bool valid, const QString &message) {
                if (!valid)
                    setStatus(tr("Arguments: %1").arg(message), true);
                else if (m_status->property("argumentsError").toBool())
                    setStatus(QString(), false);
            });
}

RunConsole::~RunConsole()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->abandon();
    }
}

QString RunConsole::settingsKey() const
{
    return QStringLiteral("functions/arguments/%1/%2")
        .arg(m_appId, QString::fromLatin1(m_name.toUtf8().toBase64(QByteArray::Base64UrlEncoding)));
}

void RunConsole::setFunction(const QString &groupId, const QString &appId, const QString &name)
{
    const bool first = m_name.isEmpty();
    m_groupId = groupId;
    m_appId = appId;
    m_name = name;
    if (first) {
        const QString saved = QSettings().value(settingsKey()).toString();
        if (!saved.isEmpty())
            m_arguments->setText(saved);
    }
}

int RunConsole::preferredHeight() const
{
    // Everything but the output panes at its size hint, and the panes tall enough for
    // PreferredOutputLines rows of the tree and lines of the raw text (the taller of the two).
    const int others = sizeHint().height() - m_outputSplit->sizeHint().height();
    const int treeRow
        = std::max(m_resultView->fontMetrics().height() + 4, m_resultView->sizeHintForRow(0));
    const int tree = m_resultView->header()->sizeHint().height() + treeRow * PreferredOutputLines;
    const int text = m_raw->fontMetrics().lineSpacing() * PreferredOutputLines
        + 2 * int(m_raw->document()->documentMargin());
    const int label = fontMetrics().height();
    const int chrome = 2 * m_raw->frameWidth()
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_raw);
    return others + label + std::max(tree, text) + chrome;
}

void RunConsole::setUsers(const QList<AppUser> &users)
{
    m_runAs->setUsers(users);
}

bool RunConsole::setRunAsUser(const QString &userId)
{
    return m_runAs->setUserId(userId);
}

void RunConsole::replay(const QJsonArray &arguments, const QString &userId)
{
    m_arguments->setText(
        QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Indented)));
    if (!userId.isEmpty() && !setRunAsUser(userId))
        m_runAs->addUserById(userId, tr("User %1 (from the log)").arg(userId));
    if (userId.isEmpty())
        setRunAsUser(QString());
    setStatus(tr("Arguments and user from the log entry: press Run to run it again."), false);
}

RunAs RunConsole::runAs() const
{
    return RunAs { m_runAs->userId() };
}

bool RunConsole::readArguments(QJsonArray *arguments)
{
    if (!m_arguments->validateNow()) {
        setStatus(tr("Arguments: %1").arg(m_arguments->errorMessage()), true);
        m_status->setProperty("argumentsError", true);
        m_arguments->setFocus(Qt::OtherFocusReason);
        return false;
    }
    *arguments = m_arguments->json().array();
    QSettings().setValue(settingsKey(), m_arguments->text().trimmed());
    return true;
}

void RunConsole::runSaved()
{
    QJsonArray arguments;
    if (isRunning() || m_name.isEmpty() || !readArguments(&arguments))
        return;
    start(functioncalls::execute(*m_session->client(), m_groupId, m_appId, m_name, arguments,
                                 runAs()),
          false, arguments);
}

void RunConsole::runBuffer()
{
    QJsonArray arguments;
    if (isRunning() || !m_bufferSource || !readArguments(&arguments))
        return;
    start(functioncalls::executeSource(*m_session->client(), m_groupId, m_appId, m_bufferSource(),
                                       functioncalls::evalSourceFor(arguments), runAs(), m_name),
          true, arguments);
}

void RunConsole::start(Job<FunctionRunResult> *job, bool buffer, const QJsonArray &arguments)
{
    m_job = job;
    m_pending = Run();
    m_pending.when = QDateTime::currentDateTimeUtc();
    m_pending.buffer = buffer;
    m_pending.runAs = m_runAs->userLabel();
    m_pending.arguments = arguments;
    job->onFinished(this, [this](Job<FunctionRunResult> *job) { onFinished(job); });
    m_elapsed.start();
    m_progressTimer = startTimer(100);
    m_busy->setRunning(true);
    m_abandon->setVisible(true);
    m_runSaved->setEnabled(false);
    m_runBuffer->setEnabled(false);
    m_status->setProperty("argumentsError", false);
    setStatus(tr("Running…"), false);
    updateProgress();
    emit runningChanged(true);
}

void RunConsole::abandon()
{
    if (!m_job)
        return;
    // The Cancelled finish lands in onFinished and ends the run like any other answer.
    m_job->abandon();
}

void RunConsole::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_progressTimer)
        updateProgress();
    else
        QWidget::timerEvent(event);
}

void RunConsole::updateProgress()
{
    m_progress->setText(
        m_job ? tr("%1 s").arg(QString::number(m_elapsed.elapsed() / 1000.0, 'f', 1)) : QString());
}

void RunConsole::onFinished(Job<FunctionRunResult> *job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    killTimer(m_progressTimer);
    m_progressTimer = 0;
    m_busy->setRunning(false);
    m_abandon->setVisible(false);
    m_runSaved->setEnabled(true);
    m_runBuffer->setEnabled(true);
    updateProgress();
    Run run = m_pending;
    if (job->ok())
        run.result = job->result();
    else
        run.error = job->error();
    // A run writes a log entry (and may change data): panels showing those are stale now.
    m_session->notifyAppDataChanged();
    QList<Run> runs = m_runs;
    runs.prepend(run);
    setHistory(runs);
    show(run);
    emit runningChanged(false);
    emit runFinished(run);
    const QString errorText = run.error.isError() ? run.error.message : run.result.errorMessage;
    const int line = errorLineIn(errorText);
    if (line > 0)
        emit errorLineFound(line, errorText);
}

void RunConsole::show(const Run &run)
{
    m_resultModel->setJson(run.error.isError() ? QJsonValue(QJsonValue::Undefined)
                                               : run.result.result);
    m_resultView->expandToDepth(1);
    m_resultView->resizeColumnToContents(JsonTreeModel::KeyColumn);
    m_raw->setPlainText(run.rawText());
    QStringList lines = run.result.logs;
    for (const QString &line : run.result.errorLogs)
        lines.append(tr("[error] %1").arg(line));
    m_logs->setPlainText(lines.join(QLatin1Char('\n')));
    m_time->setText(executionTimeText(run.result));
    if (run.error.kind == ApiError::Cancelled)
        setStatus(tr("Run abandoned."), true);
    else if (run.error.isError())
        setStatus(tr("The run failed: %1").arg(run.error.summary()), true);
    else if (run.result.hasError())
        setStatus(
            tr("%1: %2").arg(run.result.errorName.isEmpty() ? tr("Error") : run.result.errorName,
                             run.result.errorMessage),
            true);
    else
        setStatus(tr("Finished."), false);
}

void RunConsole::setHistory(const QList<Run> &runs)
{
    m_runs = runs.mid(0, HistorySize);
    m_history->clear();
    for (const Run &earlier : std::as_const(m_runs))
        m_history->addItem(earlier.label());
    m_history->setCurrentIndex(m_runs.isEmpty() ? -1 : 0);
    m_compare->setEnabled(m_runs.size() > 1);
}

void RunConsole::showRunAt(int index)
{
    if (index >= 0 && index < m_runs.size())
        show(m_runs.at(index));
}

void RunConsole::compareWithLatest()
{
    const int index = m_history->currentIndex();
    if (m_runs.size() < 2)
        return;
    const int other = index <= 0 ? 1 : index;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("compareRunsDialog"));
    dialog->setWindowTitle(tr("Compare Runs"));
    auto *diff = new DiffView(dialog);
    diff->setAccessibleName(tr("Two runs side by side"));
    diff->setTitles(m_runs.at(other).label(), m_runs.at(0).label());
    diff->setTexts(m_runs.at(other).rawText(), m_runs.at(0).rawText());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(diff);
    layout->addWidget(buttons);
    dialog->resize(860, 520);
    dialog->open();
}

void RunConsole::setStatus(const QString &text, bool error)
{
    // Bold rather than a colour of our own: the palette decides colours, in dark mode too.
    m_status->setText(text);
    QFont font = m_status->font();
    font.setBold(error);
    m_status->setFont(font);
    m_status->setProperty("isError", error);
}
