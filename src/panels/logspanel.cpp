#include "logspanel.h"
#include "ui_logspanel.h"

#include "logarchiveview.h"

#include <models/json/jsontreemodel.h>
#include <models/logmodel.h>
#include <session/session.h>

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTimer>

namespace {

const char *const kTypes[]
    = { "FUNCTION",          "WEBHOOK",          "AUTH", "DB_TRIGGER", "AUTH_TRIGGER",
        "SCHEDULED_TRIGGER", "SERVICE_FUNCTION", "PUSH", "API",        "API_KEY" };

// Search matches get a tint of the palette's highlight; user and request ids look like links,
// because a click on them filters by them.
class LogDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(LogModel::MatchRole).toBool()) {
            QColor tint = option->palette.color(QPalette::Highlight);
            tint.setAlpha(70);
            option->backgroundBrush = tint;
        }
        const int column = index.column();
        if ((column == LogModel::UserColumn || column == LogModel::RequestColumn)
            && !option->text.isEmpty()) {
            option->font.setUnderline(true);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
        }
        if (index.data(LogModel::ErrorRole).toBool()
            && (column == LogModel::StatusColumn || column == LogModel::ErrorCodeColumn
                || column == LogModel::TypeColumn))
            option->font.setBold(true);
        if (index.data(LogModel::MalformedRole).toBool())
            option->font.setItalic(true);
    }
};

} // namespace

LogsPanel::LogsPanel(Session *session, QWidget *parent)
    : Panel(session, ContextChange | AppDataChange, parent)
    , m_ui(std::make_unique<Ui::LogsPanel>())
    , m_session(session)
    , m_model(new LogModel(session->client(), this))
    , m_callModel(new JsonTreeModel(this))
    , m_typeMenu(new QMenu(this))
    , m_filterTimer(new QTimer(this))
    , m_histogramTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("logsPanel"));
    QFont title = m_ui->logsTitleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_ui->logsTitleLabel->setFont(title);
    m_ui->loadAllBox->hide();
    m_ui->logsExportBox->hide();
    m_ui->liveLabel->hide();
    m_ui->callTree->setModel(m_callModel);

    // Bursts of edits (typing a user id, ticking three types) become one reload.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(300);
    connect(m_filterTimer, &QTimer::timeout, this,
            [this] { m_model->setFilter(filterFromControls()); });
    m_histogramTimer->setSingleShot(true);
    m_histogramTimer->setInterval(150);
    connect(m_histogramTimer, &QTimer::timeout, this, [this] {
        const LogModel::Histogram h = m_model->histogram(80);
        m_ui->histogram->setCounts(h.fromMs, h.toMs, h.entries, h.errors);
    });

    setUpTable();
    setUpFilters();
    setUpShortcuts();
    setUpArchive();

    connect(m_ui->logsRefreshButton, &QPushButton::clicked, this, &LogsPanel::refresh);
    declareCalls(bindAction(m_ui->logsRefreshButton), { QStringLiteral("logcalls::page") });
    declareCalls(bindAction(m_ui->loadAllButton), { QStringLiteral("logcalls::page") });
    connect(m_ui->loadAllButton, &QPushButton::clicked, m_model, &LogModel::loadAll);
    connect(m_ui->loadAllCancelButton, &QPushButton::clicked, m_model, &LogModel::cancelLoadAll);
    connect(m_ui->tailButton, &QPushButton::toggled, m_model, &LogModel::setTailing);
    connect(m_model, &LogModel::tailingChanged, m_ui->tailButton, &QPushButton::setChecked);
    connect(m_model, &LogModel::tailingChanged, this, &LogsPanel::onTailingChanged);
    connect(m_model, &LogModel::tailPolled, this, &LogsPanel::onTailPolled);
    connect(m_model, &LogModel::tailPollFailed, this, &LogsPanel::onTailPollFailed);
    connect(m_ui->logsExportButton, &QPushButton::clicked, this, &LogsPanel::exportEntries);
    connect(m_ui->logsExportCancelButton, &QPushButton::clicked, this, &LogsPanel::cancelExport);
    connect(&m_export, &QFutureWatcher<QString>::finished, this, &LogsPanel::onExportDone);
    connect(&m_export, &QFutureWatcher<QString>::progressValueChanged, m_ui->logsExportProgress,
            &QProgressBar::setValue);
    connect(&m_export, &QFutureWatcher<QString>::progressRangeChanged, m_ui->logsExportProgress,
            &QProgressBar::setRange);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_model, &LogModel::setSearchText);
    connect(m_ui->nextMatchButton, &QToolButton::clicked, this, &LogsPanel::nextMatch);
    connect(m_ui->previousMatchButton, &QToolButton::clicked, this, &LogsPanel::previousMatch);
    connect(m_ui->logsErrorBanner, &ErrorBanner::retryRequested, this, [this] {
        m_ui->logsErrorBanner->clear();
        if (m_model->hasFailed() && m_model->rowCount() > 0)
            m_model->retry();
        else
            refresh();
    });
    connect(m_ui->detailBrowser, &QTextBrowser::anchorClicked, this, &LogsPanel::onDetailLink);

    connect(m_model, &LogModel::loadingChanged, this, &LogsPanel::updateStatus);
    connect(m_model, &LogModel::pageLoaded, this, &LogsPanel::updateStatus);
    connect(m_model, &LogModel::searchChanged, this, &LogsPanel::updateStatus);
    connect(m_model, &LogModel::loadAllChanged, this, &LogsPanel::onLoadAllChanged);
    connect(m_model, &LogModel::loadAllProgress, this, &LogsPanel::onLoadAllProgress);
    connect(m_model, &LogModel::errorOccurred, this, [this](const ApiError &error) {
        m_ui->logsErrorBanner->setRetryVisible(true);
        m_ui->logsErrorBanner->showError(error);
        updateStatus();
    });
    connect(m_model, &LogModel::modelReset, this, [this] {
        m_ui->logsErrorBanner->clear();
        showDetails();
        scheduleHistogram();
        updateStatus();
    });
    connect(
        m_model, &LogModel::rowsAboutToBeInserted, this,
        [this](const QModelIndex &, int first, int last) { onRowsAboutToBeInserted(first, last); });
    connect(m_model, &LogModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });

    connect(m_session, &Session::signedOut, m_model, &LogModel::clear);
    reloadForContext();
    markFresh();
}

LogsPanel::~LogsPanel()
{
    // The worker writes from its own snapshot of the store; cancelled, it stops soon by itself.
    cancelExport();
}

void LogsPanel::setUpTable()
{
    QTableView *table = m_ui->logTable;
    table->setModel(m_model);
    table->setItemDelegate(new LogDelegate(table));
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Widths from typical contents, so times and ids show whole without a resize pass over
    // a hundred thousand rows.
    const QFontMetrics fm = table->fontMetrics();
    const QString samples[] = { QStringLiteral("2026-11-29 06:34:21.153  "),
                                QStringLiteral("SERVICE_FUNCTION"),
                                QStringLiteral("Status "),
                                QStringLiteral("orderPlaced → summarizeOrders"),
                                QStringLiteral("0123456789abcdef01234567"),
                                QStringLiteral("Duration "),
                                QStringLiteral("FunctionExecutionError"),
                                QStringLiteral("0123456789abcdef01234567") };
    for (int c = 0; c < LogModel::ColumnCount; ++c)
        header->resizeSection(c, fm.horizontalAdvance(samples[c]) + 16);
    m_ui->logsSplitter->setStretchFactor(0, 3);
    m_ui->logsSplitter->setStretchFactor(1, 1);
    // The panel's width is known once shown: showEvent gives the details their default then.
    m_detailWidthChosen
        = rememberSplitter(m_ui->logsSplitter, QStringLiteral("logs/detailSplitter"));
    rememberSplitter(m_ui->detailSplitter, QStringLiteral("logs/callTreeSplitter"));
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogsPanel::showDetails);
    connect(table, &QTableView::activated, this, &LogsPanel::openDetails);
    connect(table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QString value = index.data(LogModel::FilterValueRole).toString();
        if (value.isEmpty())
            return;
        if (index.column() == LogModel::UserColumn)
            filterByUser(value);
        else if (index.column() == LogModel::RequestColumn)
            filterByRequest(value);
    });
}

void LogsPanel::setUpFilters()
{
    for (const char *type : kTypes) {
        QAction *action = m_typeMenu->addAction(QString::fromLatin1(type));
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this] {
            updateTypeButton();
            scheduleFilter();
        });
    }
    m_ui->typeButton->setMenu(m_typeMenu);
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->startEdit->setDateTime(now.addDays(-1));
    m_ui->endEdit->setDateTime(now);
    m_ui->startEdit->setEnabled(false);
    m_ui->endEdit->setEnabled(false);
    connect(m_ui->errorsOnlyCheck, &QCheckBox::toggled, this, &LogsPanel::scheduleFilter);
    connect(m_ui->userEdit, &QLineEdit::textChanged, this, &LogsPanel::scheduleFilter);
    connect(m_ui->requestEdit, &QLineEdit::textChanged, this, &LogsPanel::scheduleFilter);
    connect(m_ui->startCheck, &QCheckBox::toggled, m_ui->startEdit, &QWidget::setEnabled);
    connect(m_ui->endCheck, &QCheckBox::toggled, m_ui->endEdit, &QWidget::setEnabled);
    connect(m_ui->startCheck, &QCheckBox::toggled, this, &LogsPanel::scheduleFilter);
    connect(m_ui->endCheck, &QCheckBox::toggled, this, &LogsPanel::scheduleFilter);
    connect(m_ui->startEdit, &QDateTimeEdit::dateTimeChanged, this, &LogsPanel::scheduleFilter);
    connect(m_ui->endEdit, &QDateTimeEdit::dateTimeChanged, this, &LogsPanel::scheduleFilter);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, &LogsPanel::clearFilters);
}

void LogsPanel::setUpShortcuts()
{
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::Key_F3), [this] { nextMatch(); });
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), [this] { previousMatch(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_T), [this] { m_ui->tailButton->toggle(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { m_model->loadAll(); });
    // An action rather than a bare shortcut, so the palette and the keyboard help list it.
    bindAction(m_ui->logsExportButton, QKeySequence(Qt::CTRL | Qt::Key_E));
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
             [this] { m_ui->errorsOnlyCheck->toggle(); });
}

void LogsPanel::reloadForContext()
{
    const App app = m_session->currentApp();
    const QString groupId = app.groupId.isEmpty() ? m_session->currentGroupId() : app.groupId;
    m_ui->logsErrorBanner->clear();
    m_model->reload(app.isNull() ? QString() : groupId, app.id, filterFromControls());
    m_ui->logsTitleLabel->setText(app.isNull() ? tr("Logs") : tr("Logs of %1").arg(app.name));
    openArchiveForContext();
    updateStatus();
}

void LogsPanel::refresh()
{
    markFresh();
    m_ui->logsErrorBanner->clear();
    m_filterTimer->stop();
    m_model->reload(m_model->groupId(), m_model->appId(), filterFromControls());
}

void LogsPanel::focusFilter()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

LogFilter LogsPanel::filterFromControls() const
{
    LogFilter f;
    f.errorsOnly = m_ui->errorsOnlyCheck->isChecked();
    for (const QAction *action : m_typeMenu->actions()) {
        if (action->isChecked())
            f.types.append(action->text());
    }
    f.userId = m_ui->userEdit->text().trimmed();
    f.coId = m_ui->requestEdit->text().trimmed();
    if (m_ui->startCheck->isChecked())
        f.start = m_ui->startEdit->dateTime();
    if (m_ui->endCheck->isChecked())
        f.end = m_ui->endEdit->dateTime();
    return f;
}

void LogsPanel::applyFilter(const LogFilter &filter)
{
    m_settingControls = true;
    m_ui->errorsOnlyCheck->setChecked(filter.errorsOnly);
    for (QAction *action : m_typeMenu->actions())
        action->setChecked(filter.types.contains(action->text()));
    m_ui->userEdit->setText(filter.userId);
    m_ui->requestEdit->setText(filter.coId);
    m_ui->startCheck->setChecked(filter.start.isValid());
    if (filter.start.isValid())
        m_ui->startEdit->setDateTime(filter.start.toLocalTime());
    m_ui->endCheck->setChecked(filter.end.isValid());
    if (filter.end.isValid())
        m_ui->endEdit->setDateTime(filter.end.toLocalTime());
    m_settingControls = false;
    updateTypeButton();
    m_filterTimer->stop();
    m_ui->logsErrorBanner->clear();
    m_model->setFilter(filterFromControls());
    m_archiveView->setFilter(filterFromControls());
}

void LogsPanel::filterByUser(const QString &userId)
{
    LogFilter f = filterFromControls();
    f.userId = userId;
    applyFilter(f);
}

void LogsPanel::filterByRequest(const QString &coId)
{
    LogFilter f = filterFromControls();
    f.coId = coId;
    applyFilter(f);
}

void LogsPanel::openItem(const QString &id)
{
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? QString() : id.left(colon);
    const QString name = colon < 0 ? id : id.mid(colon + 1);
    LogFilter f;
    if (kind == QLatin1String("trigger")) {
        f.types = { QStringLiteral("AUTH_TRIGGER"), QStringLiteral("DB_TRIGGER"),
                    QStringLiteral("SCHEDULED_TRIGGER") };
    }
    applyFilter(f);
    m_ui->searchEdit->setText(name);
}

void LogsPanel::clearFilters()
{
    applyFilter(LogFilter());
}

void LogsPanel::scheduleFilter()
{
    if (!m_settingControls)
        m_filterTimer->start();
}

void LogsPanel::updateTypeButton()
{
    QStringList checked;
    for (const QAction *action : m_typeMenu->actions()) {
        if (action->isChecked())
            checked.append(action->text());
    }
    m_ui->typeButton->setText(checked.isEmpty() ? tr("T&ypes: all")
                                  : checked.size() == 1
                                  ? tr("T&ype: %1").arg(checked.first())
                                  : tr("T&ypes: %n", nullptr, int(checked.size())));
    // Room for the menu arrow too, so a longer label is not clipped when the row is tight.
    m_ui->typeButton->setMinimumWidth(
        m_ui->typeButton->sizeHint().width()
        + m_ui->typeButton->fontMetrics().horizontalAdvance(QLatin1Char('M')));
}

void LogsPanel::nextMatch()
{
    const int row = m_model->nextMatch(m_ui->logTable->currentIndex().row());
    if (row >= 0)
        m_ui->logTable->selectRow(row);
}

void LogsPanel::previousMatch()
{
    const int current = m_ui->logTable->currentIndex().row();
    const int row = m_model->nextMatch(current < 0 ? 0 : current, true);
    if (row >= 0)
        m_ui->logTable->selectRow(row);
}

void LogsPanel::updateStatus()
{
    const QLocale locale;
    const bool haveApp = !m_model->appId().isEmpty();
    QString text = !haveApp ? tr("Choose an app in Apps to see its logs.")
                            : tr("%1 entries loaded").arg(locale.toString(m_model->rowCount()));
    if (haveApp && m_model->atEnd() && !m_model->isLoading())
        text += tr(" · all loaded");
    else if (haveApp && m_model->isLoading())
        text += tr(" · loading…");
    if (m_model->malformedCount() > 0)
        text += tr(" · %n malformed (shown in italics)", nullptr, m_model->malformedCount());
    if (m_model->hasFailed())
        text += tr(" · a page failed");
    // In archive mode the line speaks of the archive (the live rows are hidden).
    m_ui->statusLabel->setText(isArchiveMode() ? m_archiveView->summary() : text);
    const bool searching = !m_model->searchText().isEmpty();
    // The search reads the pages loaded so far; the filters above it are the server's. Say
    // which, so that no match is taken as absent while pages remain (Load all is beside it).
    m_ui->matchLabel->setText(
        !searching ? QString()
            : m_model->atEnd()
            ? tr("%Ln match(es)", nullptr, m_model->matchCount())
            : tr("%Ln match(es) in the loaded entries", nullptr, m_model->matchCount()));
    m_ui->nextMatchButton->setEnabled(m_model->matchCount() > 0);
    m_ui->previousMatchButton->setEnabled(m_model->matchCount() > 0);
    m_ui->logsBusyIndicator->setRunning(m_model->isLoading() || isExporting());
    m_ui->loadAllButton->setEnabled(haveApp && !m_model->atEnd() && !m_model->isLoadingAll());
    m_ui->logsExportButton->setEnabled(m_model->rowCount() > 0 && !isExporting());
    m_ui->logsRefreshButton->setEnabled(haveApp);
    m_ui->tailButton->setEnabled(haveApp);
}

void LogsPanel::scheduleHistogram()
{
    if (!m_histogramTimer->isActive())
        m_histogramTimer->start();
}

void LogsPanel::onRowsAboutToBeInserted(int first, int)
{
    m_scrollBefore = first == 0 ? m_ui->logTable->verticalScrollBar()->value() : -1;
}

void LogsPanel::onRowsInserted(int first, int last)
{
    // Rows from the tail go in above: keep the rows the user is looking at where they are,
    // unless the view is at the very top, where following the newest entries is the point.
    if (first == 0 && m_scrollBefore > 0) {
        QScrollBar *bar = m_ui->logTable->verticalScrollBar();
        const int rowHeight = qMax(1, m_ui->logTable->verticalHeader()->defaultSectionSize());
        const int step = m_ui->logTable->verticalScrollMode() == QAbstractItemView::ScrollPerItem
            ? 1
            : rowHeight;
        bar->setMaximum(bar->maximum() + (last - first + 1) * step);
        bar->setValue(m_scrollBefore + (last - first + 1) * step);
    }
    scheduleHistogram();
    updateStatus();
}
