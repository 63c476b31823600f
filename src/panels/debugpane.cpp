#include "debugpane.h"

#include <models/callstackmodel.h>
#include <models/variablesmodel.h>
#include <widgets/statuslabel.h>

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QPushButton *stepButton(const QString &text, const QString &objectName, const QString &tip,
                        const QKeySequence &key, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(u'&'));
    button->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return button;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *extra = nullptr)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *label = new QLabel(title, box);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    if (extra)
        layout->addWidget(extra);
    return box;
}

} // namespace

DebugPane::DebugPane(FunctionDebugger *debugger, QWidget *parent)
    : QWidget(parent)
    , m_debugger(debugger)
    , m_continue(stepButton(tr("Co&ntinue"), QStringLiteral("debugContinueButton"),
                            tr("Run on to the next breakpoint"), QKeySequence(Qt::Key_F8), this))
    , m_stepOver(stepButton(tr("Step &Over"), QStringLiteral("debugStepOverButton"),
                            tr("Run the current line"), QKeySequence(Qt::Key_F10), this))
    , m_stepInto(stepButton(tr("Step &Into"), QStringLiteral("debugStepIntoButton"),
                            tr("Step into the function called on this line"),
                            QKeySequence(Qt::Key_F11), this))
    , m_stepOut(stepButton(tr("Step O&ut"), QStringLiteral("debugStepOutButton"),
                           tr("Run to the end of this function"),
                           QKeySequence(Qt::SHIFT | Qt::Key_F11), this))
    , m_stop(stepButton(tr("Sto&p"), QStringLiteral("debugStopButton"),
                        tr("End the debug run"), QKeySequence(Qt::SHIFT | Qt::Key_F5), this))
    , m_pauseOnExceptions(new QCheckBox(tr("Pause on e&xceptions"), this))
    , m_status(new StatusLabel(tr("Debugger status"), this))
    , m_stackView(new QListView(this))
    , m_variablesView(new QTreeView(this))
    , m_watches(new QTreeWidget(this))
    , m_watchEdit(new QLineEdit(this))
    , m_evaluateEdit(new QLineEdit(this))
    , m_evaluateOutput(new QPlainTextEdit(this))
    , m_stale(new QWidget(this))
    , m_restart(new QPushButton(tr("&Restart"), m_stale))
{
    setObjectName(QStringLiteral("debugPane"));
    setAccessibleName(tr("Debugger"));
    m_pauseOnExceptions->setObjectName(QStringLiteral("pauseOnExceptionsCheck"));
    m_pauseOnExceptions->setToolTip(tr("Stop where an exception is thrown, caught or not"));
    m_status->setObjectName(QStringLiteral("debugStatusLabel"));

    m_stackView->setObjectName(QStringLiteral("callStackView"));
    m_stackView->setAccessibleName(tr("Call stack"));
    m_stackView->setModel(debugger->callStack());
    m_variablesView->setObjectName(QStringLiteral("variablesView"));
    m_variablesView->setAccessibleName(tr("Variables"));
    m_variablesView->setModel(debugger->variables());
    m_variablesView->setAlternatingRowColors(true);
    m_variablesView->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_variablesView->header()->setStretchLastSection(true);
    m_watches->setObjectName(QStringLiteral("watchList"));
    m_watches->setAccessibleName(tr("Watches"));
    m_watches->setHeaderLabels({ tr("Expression"), tr("Value") });
    m_watches->setRootIsDecorated(false);
    m_watches->setToolTip(tr("Delete removes the selected watch"));
    m_watches->installEventFilter(this);
    m_watchEdit->setObjectName(QStringLiteral("watchEdit"));
    m_watchEdit->setAccessibleName(tr("New watch expression"));
    m_watchEdit->setPlaceholderText(tr("Add a watch expression…"));
    m_evaluateEdit->setObjectName(QStringLiteral("evaluateEdit"));
    m_evaluateEdit->setAccessibleName(tr("Expression to evaluate"));
    m_evaluateEdit->setPlaceholderText(tr("Evaluate in the selected frame, then Enter"));
    m_evaluateOutput->setObjectName(QStringLiteral("evaluateOutput"));
    m_evaluateOutput->setAccessibleName(tr("Evaluation results"));
    m_evaluateOutput->setReadOnly(true);
    m_evaluateOutput->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_evaluateOutput->setMaximumBlockCount(500);

    auto *buttons = new QHBoxLayout;
    for (QWidget *w : { static_cast<QWidget *>(m_continue), static_cast<QWidget *>(m_stepOver),
                        static_cast<QWidget *>(m_stepInto), static_cast<QWidget *>(m_stepOut),
                        static_cast<QWidget *>(m_stop) })
        buttons->addWidget(w);
    buttons->addWidget(m_pauseOnExceptions);
    buttons->addWidget(m_status, 1);

    auto *evaluate = new QWidget(this);
    auto *evaluateLayout = new QVBoxLayout(evaluate);
    evaluateLayout->setContentsMargins(0, 0, 0, 0);
    evaluateLayout->setSpacing(2);
    evaluateLayout->addWidget(m_evaluateOutput, 1);
    evaluateLayout->addWidget(m_evaluateEdit);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("debugSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(titled(tr("Call stac&k:"), m_stackView));
    split->addWidget(titled(tr("&Variables:"), m_variablesView));
    split->addWidget(titled(tr("Watch&es:"), m_watches, m_watchEdit));
    split->addWidget(titled(tr("Evalua&te:"), evaluate));
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setStretchFactor(3, 3);

    // Editing while paused changes nothing in the run: say so, and offer to start over.
    m_stale->setObjectName(QStringLiteral("debugSourceChanged"));
    auto *staleLayout = new QHBoxLayout(m_stale);
    staleLayout->setContentsMargins(0, 0, 0, 0);
    auto *staleText = new QLabel(tr("The source has changed: the paused run still executes the "
                                    "text as it was when Debug started."),
                                 m_stale);
    staleText->setWordWrap(true);
    QFont bold = staleText->font();
    bold.setBold(true);
    staleText->setFont(bold);
    m_restart->setObjectName(QStringLiteral("debugRestartButton"));
    m_restart->setAccessibleName(tr("Restart the debug run with the edited source"));
    staleLayout->addWidget(staleText, 1);
    staleLayout->addWidget(m_restart);
    m_stale->setVisible(false);
    connect(m_restart, &QPushButton::clicked, this, &DebugPane::restartRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_stale);
    layout->addWidget(split, 1);

    connect(m_continue, &QPushButton::clicked, debugger, &FunctionDebugger::resume);
    connect(m_stepOver, &QPushButton::clicked, debugger, &FunctionDebugger::stepOver);
    connect(m_stepInto, &QPushButton::clicked, debugger, &FunctionDebugger::stepInto);
    connect(m_stepOut, &QPushButton::clicked, debugger, &FunctionDebugger::stepOut);
    connect(m_stop, &QPushButton::clicked, debugger, &FunctionDebugger::stop);
    connect(m_pauseOnExceptions, &QCheckBox::toggled, debugger,
            &FunctionDebugger::setPauseOnExceptions);
    const auto pick = [this](const QModelIndex &index) {
        m_debugger->selectFrame(index.row());
        emit frameActivated(index.data(CallStackModel::FunctionRole).toString(),
                            index.data(CallStackModel::LineRole).toInt());
    };
    connect(m_stackView, &QListView::activated, this, pick);
    connect(m_stackView, &QListView::clicked, this, pick);
    connect(debugger, &FunctionDebugger::stateChanged, this, &DebugPane::updateState);
    connect(debugger, &FunctionDebugger::frameSelected, this, [this] {
        m_stackView->setCurrentIndex(
            m_debugger->callStack()->index(m_stackView->currentIndex().row() < 0
                                               ? 0
                                               : m_stackView->currentIndex().row()));
        // The innermost scope open, as debuggers show it.
        const QModelIndex first = m_debugger->variables()->index(0, 0);
        if (first.isValid())
            m_variablesView->expand(first);
        refreshWatches();
    });
    connect(m_watchEdit, &QLineEdit::returnPressed, this, [this] {
        const QString expression = m_watchEdit->text().trimmed();
        if (expression.isEmpty())
            return;
        addWatch(expression);
        m_watchEdit->clear();
    });
    connect(m_evaluateEdit, &QLineEdit::returnPressed, this, &DebugPane::evaluateTyped);
    updateState();
}

void DebugPane::updateState()
{
    const FunctionDebugger::State state = m_debugger->state();
    const bool paused = state == FunctionDebugger::State::Paused;
    for (QPushButton *button : { m_continue, m_stepOver, m_stepInto, m_stepOut })
        button->setEnabled(paused);
    m_stop->setEnabled(state != FunctionDebugger::State::Idle);
    m_evaluateEdit->setEnabled(paused);
    switch (state) {
    case FunctionDebugger::State::Idle:
        m_status->setText(QString());
        break;
    case FunctionDebugger::State::Starting:
        m_status->setText(tr("Starting the debug run…"));
        break;
    case FunctionDebugger::State::Running:
        m_status->setText(tr("Running…"));
        for (int i = 0; i < m_watches->topLevelItemCount(); ++i)
            m_watches->topLevelItem(i)->setText(1, QString());
        break;
    case FunctionDebugger::State::Paused: {
        const CallFrame frame = m_debugger->selectedFrame();
        m_status->setText(tr("Paused in %1 at line %2").arg(frame.appFunction()).arg(frame.line + 1));
        break;
    }
    }
}

void DebugPane::setSourceChanged(bool changed)
{
    m_stale->setVisible(changed);
}

bool DebugPane::sourceChangedShown() const
{
    return !m_stale->isHidden();
}

bool DebugPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watches && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        delete m_watches->currentItem();
        emit watchesChanged();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QStringList DebugPane::watches() const
{
    QStringList expressions;
    for (int i = 0; i < m_watches->topLevelItemCount(); ++i)
        expressions.append(m_watches->topLevelItem(i)->text(0));
    return expressions;
}

void DebugPane::setWatches(const QStringList &expressions)
{
    m_watches->clear();
    for (const QString &expression : expressions)
        m_watches->addTopLevelItem(new QTreeWidgetItem({ expression, QString() }));
    refreshWatches();
}

void DebugPane::addWatch(const QString &expression)
{
    m_watches->addTopLevelItem(new QTreeWidgetItem({ expression, QString() }));
    refreshWatches();
    emit watchesChanged();
}

void DebugPane::refreshWatches()
{
    if (m_debugger->state() != FunctionDebugger::State::Paused)
        return;
    for (int i = 0; i < m_watches->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_watches->topLevelItem(i);
        const QString expression = item->text(0);
        m_debugger->evaluate(expression, this, [this, expression, i](const QString &text, bool error) {
            QTreeWidgetItem *now = m_watches->topLevelItem(i);
            if (!now || now->text(0) != expression)
                return;
            now->setText(1, error ? tr("<%1>").arg(text) : text);
            now->setToolTip(1, text);
        });
    }
    updateState();
}

void DebugPane::evaluateTyped()
{
    const QString expression = m_evaluateEdit->text().trimmed();
    if (expression.isEmpty())
        return;
    m_evaluateOutput->appendPlainText(QStringLiteral("> ") + expression);
    m_debugger->evaluate(expression, this, [this](const QString &text, bool error) {
        m_evaluateOutput->appendPlainText(error ? tr("Error: %1").arg(text) : text);
    });
    m_evaluateEdit->clear();
}
