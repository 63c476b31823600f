#include "logarchiveview.h"

#include "logarchivedialog.h"

#include <models/logarchivemodel.h>
#include <models/logarchivesync.h>
#include <models/logmodel.h>
#include <widgets/loghistogram.h>

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>

#include <algorithm>

namespace {

const QString kBackgroundKey = QStringLiteral("logs/archiveBackgroundSync");
const int kBackgroundIntervalMs = 60 * 1000;

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

LogArchiveView::LogArchiveView(ApiClient *client, LogArchive *archive, QWidget *parent)
    : QWidget(parent)
    , m_archive(archive)
    , m_model(new LogArchiveModel(archive, this))
    , m_sync(new LogArchiveSync(client, archive, this))
    , m_searchTimer(new QTimer(this))
    , m_backgroundTimer(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("logArchiveView"));
    buildLayout();
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &LogArchiveView::search);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &LogArchiveView::search);
    connect(m_model, &LogArchiveModel::firstPageLoaded, this, &LogArchiveView::updateResult);
    connect(m_model, &LogArchiveModel::countChanged, this, &LogArchiveView::updateResult);
    connect(m_model, &LogArchiveModel::failed, this, &LogArchiveView::updateResult);
    connect(m_model, &LogArchiveModel::modelReset, this, &LogArchiveView::showDetails);

    connect(m_syncButton, &QPushButton::clicked, this, [this] { startSync(false); });
    connect(m_everythingButton, &QPushButton::clicked, this, [this] { startSync(true); });
    connect(m_manageButton, &QPushButton::clicked, this, &LogArchiveView::openManageDialog);
    connect(m_exportButton, &QPushButton::clicked, this, &LogArchiveView::exportResult);
    connect(m_recreateButton, &QPushButton::clicked, m_archive, &LogArchive::recreate);
    connect(m_sync, &LogArchiveSync::progress, this, &LogArchiveView::onSyncProgress);
    connect(m_sync, &LogArchiveSync::finished, this, &LogArchiveView::onSyncFinished);
    connect(m_sync, &LogArchiveSync::runningChanged, this, &LogArchiveView::updateButtons);
    connect(m_archive, &LogArchive::stateChanged, this, &LogArchiveView::onStateChanged);
    connect(m_archive, &LogArchive::pruned, this, &LogArchiveView::search);
    // What the panel and the sync write shows up here, without a refresh on every page.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(1500);
    connect(m_archive, &LogArchive::written, this, [this](int added) {
        if (added > 0 && !m_refreshTimer->isActive())
            m_refreshTimer->start();
    });
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        // Only a result still on its first page is run again: further down, the user reads.
        if (isVisible() && m_model->rowCount() <= 100)
            search();
    });
    connect(&m_export, &QFutureWatcher<QString>::finished, this, [this] {
        const QFuture<QString> future = m_export.future();
        const QString error = future.resultCount() > 0 ? future.result() : QString();
        const bool ok = error.isEmpty();
        if (ok)
            emit statusMessage(tr("Exported %Ln entries to %1", nullptr, m_exportCount)
                                   .arg(QDir::toNativeSeparators(m_exportPath)));
        else
            showBanner(tr("Could not save %1: %2")
                           .arg(QDir::toNativeSeparators(m_exportPath), error));
        updateButtons();
        emit exportFinished(ok, m_exportPath);
    });
    m_backgroundTimer->setInterval(kBackgroundIntervalMs);
    connect(m_backgroundTimer, &QTimer::timeout, this, [this] {
        if (!m_sync->isRunning() && m_archive->isWritable())
            startSync(false);
    });
    connect(m_backgroundCheck, &QCheckBox::toggled, this, &LogArchiveView::setBackgroundSync);
    m_backgroundCheck->setChecked(QSettings().value(kBackgroundKey, false).toBool());
    updateButtons();
}

LogArchiveView::~LogArchiveView()
{
    if (m_export.isRunning())
        m_export.cancel();
}

void LogArchiveView::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("archiveSearchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(
        tr("Search the archive: words, \"phrases\", prefix*, AND, OR, NOT"));
    m_searchEdit->setAccessibleName(tr("Search the archive"));
    m_searchEdit->setToolTip(
        tr("SQLite FTS5 syntax over messages, errors, error codes, function names, types, user "
           "ids and request ids; column:word searches one of them (function_name:sum)."));
    tools->addWidget(m_searchEdit, 1);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("archiveResultLabel"));
    tools->addWidget(m_resultLabel);
    m_syncButton = button(tr("&Sync archive"), "archiveSyncButton", this);
    m_syncButton->setToolTip(tr("Fetch what the archive is missing since its newest complete "
                                "range, and the gaps between ranges"));
    tools->addWidget(m_syncButton);
    m_everythingButton = button(tr("Fetch e&verything"), "archiveEverythingButton", this);
    m_everythingButton->setToolTip(tr("Fetch everything the service still has for this app"));
    tools->addWidget(m_everythingButton);
    m_backgroundCheck = new QCheckBox(tr("Sync in the &background"), this);
    m_backgroundCheck->setObjectName(QStringLiteral("archiveBackgroundCheck"));
    m_backgroundCheck->setToolTip(tr("While the console runs, sync this archive every minute"));
    tools->addWidget(m_backgroundCheck);
    m_manageButton = button(tr("&Manage…"), "archiveManageButton", this);
    tools->addWidget(m_manageButton);
    m_exportButton = button(tr("E&xport…"), "archiveExportButton", this);
    m_exportButton->setToolTip(tr("Export every match as JSON Lines or CSV"));
    tools->addWidget(m_exportButton);
    layout->addLayout(tools);

    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("archiveBanner"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    m_bannerLabel = new QLabel(m_banner);
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerLayout->addWidget(m_bannerLabel, 1);
    m_recreateButton = button(tr("Move it aside and start a new archive"),
                              "archiveRecreateButton", m_banner);
    bannerLayout->addWidget(m_recreateButton);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_syncBox = new QWidget(this);
    m_syncBox->setObjectName(QStringLiteral("archiveSyncBox"));
    auto *syncLayout = new QHBoxLayout(m_syncBox);
    syncLayout->setContentsMargins(0, 0, 0, 0);
    m_syncLabel = new QLabel(m_syncBox);
    syncLayout->addWidget(m_syncLabel);
    m_syncProgress = new QProgressBar(m_syncBox);
    m_syncProgress->setAccessibleName(tr("Archive sync progress"));
    syncLayout->addWidget(m_syncProgress, 1);
    QPushButton *cancel = button(tr("Cancel"), "archiveSyncCancelButton", m_syncBox);
    cancel->setAccessibleName(tr("Cancel the archive sync"));
    connect(cancel, &QPushButton::clicked, m_sync, &LogArchiveSync::cancel);
    syncLayout->addWidget(cancel);
    m_syncBox->hide();
    layout->addWidget(m_syncBox);

    m_histogram = new LogHistogram(this);
    m_histogram->setObjectName(QStringLiteral("archiveHistogram"));
    m_histogram->setAccessibleName(tr("Archived entries over time"));
    layout->addWidget(m_histogram);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("archiveTable"));
    m_table->setAccessibleName(tr("Archived log entries"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(LogModel::TimeColumn,
                            fm.horizontalAdvance(QStringLiteral("2026-11-29 06:34:21.153  ")));
    m_table->setColumnWidth(LogModel::TypeColumn,
                            fm.horizontalAdvance(QStringLiteral("SERVICE_FUNCTION  ")));
    // A trigger's entries name the trigger and its function (as the Logs panel's sample).
    m_table->setColumnWidth(
        LogModel::NameColumn,
        std::max(fm.horizontalAdvance(LogModel::columnTitle(LogModel::NameColumn)),
                 fm.horizontalAdvance(QStringLiteral("orderPlaced → summarizeOrders")))
            + 24);
    m_table->setColumnWidth(LogModel::ErrorCodeColumn,
                            fm.horizontalAdvance(QStringLiteral("FunctionExecutionError  ")));
    m_table->setColumnWidth(LogModel::UserColumn, fm.horizontalAdvance(u'0') * 26);
    // Whether the service still has an entry is read beside its time, not at the far right.
    m_table->horizontalHeader()->moveSection(LogArchiveModel::KeptColumn, 1);
    m_table->setColumnWidth(LogArchiveModel::KeptColumn,
                            fm.horizontalAdvance(tr("archive only")) + 16);
    m_table->setColumnWidth(LogModel::RequestColumn, fm.horizontalAdvance(u'0') * 26);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogArchiveView::showDetails);
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("archiveDetails"));
    m_details->setAccessibleName(tr("Archived entry details"));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
}

void LogArchiveView::setApp(const QString &groupId, const QString &appId)
{
    if (m_sync->isRunning())
        m_sync->cancel();
    m_groupId = groupId;
    m_appId = appId;
    updateButtons();
}

void LogArchiveView::setFilter(const LogFilter &filter)
{
    m_filter = filter;
    search();
}

void LogArchiveView::search()
{
    m_searchTimer->stop();
    const LogArchive::State state = m_archive->state();
    // Hidden, the search waits until shown: a filter change in the live view costs nothing here.
    if (!isVisible() || (state != LogArchive::State::Open && state != LogArchive::State::ReadOnly))
        return;
    const LogArchiveQuery query { m_searchEdit->text().trimmed(), m_filter };
    m_model->setQuery(query);
    m_resultLabel->setText(tr("Searching…"));
    m_archive->histogram(query, 80, this, [this](const LogArchiveHistogram &h) {
        m_histogram->setCounts(h.fromMs, h.toMs, h.entries, h.errors);
    });
    updateSummary();
}

void LogArchiveView::updateSummary()
{
    m_archive->stats(this, [this](const LogArchiveStats &s) {
        const QLocale locale;
        m_summary = tr("Archive: %1 entries, %2").arg(locale.toString(s.entries),
                                                       locale.formattedDataSize(s.bytes));
        if (!s.ranges.isEmpty())
            m_summary += tr(" · complete up to %1")
                             .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(
                                                      s.ranges.first().toMs),
                                                  QLocale::ShortFormat));
        if (m_archive->state() == LogArchive::State::ReadOnly)
            m_summary += tr(" · read-only");
        emit summaryChanged(m_summary);
    });
}

void LogArchiveView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    search();
}

QString LogArchiveView::resultText() const
{
    return m_resultLabel->text();
}

void LogArchiveView::updateResult()
{
    const QLocale locale;
    if (!m_model->error().isEmpty())
        m_resultLabel->setText(tr("Search not understood: %1").arg(m_model->error()));
    else if (m_model->matchCount() < 0)
        m_resultLabel->setText(tr("First %Ln in %1 ms…", nullptr, m_model->rowCount())
                                   .arg(locale.toString(m_model->firstPageMs())));
    else
        m_resultLabel->setText(
            tr("%1 matches in %2 ms", nullptr, int(qMin<qint64>(m_model->matchCount(), INT_MAX)))
                .arg(locale.toString(m_model->matchCount()),
                     locale.toString(m_model->firstPageMs() + m_model->countMs())));
    m_resultLabel->setAccessibleName(m_resultLabel->text());
    updateButtons();
}

void LogArchiveView::updateButtons()
{
    const bool writable = m_archive->isWritable();
    const bool haveApp = !m_appId.isEmpty();
    m_syncButton->setEnabled(writable && haveApp && !m_sync->isRunning());
    m_everythingButton->setEnabled(writable && haveApp && !m_sync->isRunning());
    m_exportButton->setEnabled(m_model->rowCount() > 0 && !isExporting());
    m_manageButton->setEnabled(m_archive->state() == LogArchive::State::Open
                               || m_archive->state() == LogArchive::State::ReadOnly);
}

void LogArchiveView::showBanner(const QString &text, bool offerRecreate)
{
    m_bannerLabel->setText(text);
    m_recreateButton->setVisible(offerRecreate);
    m_banner->setVisible(!text.isEmpty());
}

void LogArchiveView::onStateChanged(LogArchive::State state)
{
    switch (state) {
    case LogArchive::State::Open:
        showBanner(QString());
        search();
        break;
    case LogArchive::State::ReadOnly:
        showBanner(m_archive->message());
        search();
        break;
    case LogArchive::State::Corrupt:
        showBanner(tr("%1 Move it aside (kept beside it, renamed) and start a new archive?")
                       .arg(m_archive->message()),
                   true);
        break;
    case LogArchive::State::Failed:
        showBanner(m_archive->message());
        break;
    case LogArchive::State::Closed:
    case LogArchive::State::Opening:
        break;
    }
    updateButtons();
}

void LogArchiveView::startSync(bool everything)
{
    if (m_sync->isRunning() || m_appId.isEmpty())
        return;
    m_syncLabel->setText(everything ? tr("Fetching everything the service has…")
                                    : tr("Syncing the archive…"));
    m_syncProgress->setRange(0, 0);
    m_syncBox->show();
    m_sync->start(m_groupId, m_appId, everything);
}

void LogArchiveView::onSyncProgress(qint64 done, qint64 total, qint64 oldestMs)
{
    const QLocale locale;
    m_syncLabel->setText(
        tr("Synced back to %1")
            .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(oldestMs), QLocale::ShortFormat)));
    if (total > 0) {
        m_syncProgress->setRange(0, 1000);
        m_syncProgress->setValue(int(qBound<qint64>(0, done * 1000 / total, qint64(1000))));
    }
}

void LogArchiveView::onSyncFinished(bool complete, const QString &message)
{
    m_syncBox->hide();
    if (complete) {
        emit statusMessage(tr("The log archive is up to date."));
        const LogArchiveLimit limit = LogArchiveDialog::savedLimit();
        if (limit.maxBytes > 0 || limit.maxAgeDays > 0)
            m_archive->prune(limit);
    } else if (!message.isEmpty()) {
        emit statusMessage(message);
        if (!m_archive->isWritable())
            showBanner(message);
    }
    updateButtons();
}

void LogArchiveView::setBackgroundSync(bool on)
{
    QSettings().setValue(kBackgroundKey, on);
    if (on)
        m_backgroundTimer->start();
    else
        m_backgroundTimer->stop();
}

void LogArchiveView::showDetails()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount()) {
        m_details->setPlainText(QString());
        return;
    }
    const QJsonValue entry = m_model->entryJson(row);
    QString text;
    if (m_model->entry(row).archiveOnly)
        text = tr("Only in the archive: the service no longer keeps this entry.") + QStringLiteral("\n\n");
    text += entry.isObject()
        ? QString::fromUtf8(QJsonDocument(entry.toObject()).toJson(QJsonDocument::Indented))
        : entry.toVariant().toString();
    m_details->setPlainText(text);
}

void LogArchiveView::openManageDialog()
{
    auto *dialog = new LogArchiveDialog(m_archive, m_appId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
