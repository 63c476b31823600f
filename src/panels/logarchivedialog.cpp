#include "logarchivedialog.h"

#include <models/logarchive.h>

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const QString kMaxMegabytesKey = QStringLiteral("logs/archiveMaxMegabytes");
const QString kMaxDaysKey = QStringLiteral("logs/archiveMaxDays");

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

LogArchiveDialog::LogArchiveDialog(LogArchive *archive, const QString &appId, QWidget *parent)
    : QDialog(parent)
    , m_archive(archive)
    , m_appId(appId)
    , m_summary(new QLabel(this))
    , m_ranges(new QLabel(this))
    , m_apps(new QTableWidget(0, 2, this))
    , m_maxMegabytes(new QSpinBox(this))
    , m_maxDays(new QSpinBox(this))
    , m_deleteButton(new QPushButton(tr("&Delete this app's archive…"), this))
{
    setObjectName(QStringLiteral("logArchiveDialog"));
    setWindowTitle(tr("Log Archive"));
    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("archiveSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_ranges->setObjectName(QStringLiteral("archiveRangesLabel"));
    m_ranges->setWordWrap(true);
    layout->addWidget(m_ranges);

    auto *appsTitle = new QLabel(tr("Archives of this profile:"), this);
    layout->addWidget(appsTitle);
    m_apps->setObjectName(QStringLiteral("archiveAppsTable"));
    m_apps->setAccessibleName(tr("Archives of this profile"));
    m_apps->setHorizontalHeaderLabels({ tr("App"), tr("Size") });
    m_apps->horizontalHeader()->setStretchLastSection(true);
    m_apps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_apps->verticalHeader()->hide();
    m_apps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    appsTitle->setBuddy(m_apps);
    layout->addWidget(m_apps, 1);

    auto *limits = new QFormLayout;
    m_maxMegabytes->setObjectName(QStringLiteral("archiveMaxMegabytes"));
    m_maxMegabytes->setRange(0, 1024 * 1024);
    m_maxMegabytes->setSuffix(tr(" MB"));
    m_maxMegabytes->setSpecialValueText(tr("No limit"));
    m_maxMegabytes->setValue(int(savedLimit().maxBytes / (1024 * 1024)));
    limits->addRow(tr("Keep at most (&size per app):"), m_maxMegabytes);
    m_maxDays->setObjectName(QStringLiteral("archiveMaxDays"));
    m_maxDays->setRange(0, 36500);
    m_maxDays->setSuffix(tr(" days"));
    m_maxDays->setSpecialValueText(tr("No limit"));
    m_maxDays->setValue(savedLimit().maxAgeDays);
    limits->addRow(tr("Keep at most (&age):"), m_maxDays);
    layout->addLayout(limits);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *apply = buttons->addButton(tr("&Apply limit now"), QDialogButtonBox::ActionRole);
    apply->setObjectName(QStringLiteral("archiveApplyLimitButton"));
    m_deleteButton->setObjectName(QStringLiteral("archiveDeleteButton"));
    buttons->addButton(m_deleteButton, QDialogButtonBox::DestructiveRole);
    connect(apply, &QPushButton::clicked, this, &LogArchiveDialog::applyLimit);
    connect(m_deleteButton, &QPushButton::clicked, this, &LogArchiveDialog::deleteArchive);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_archive, &LogArchive::pruned, this, &LogArchiveDialog::refresh);
    connect(m_archive, &LogArchive::stateChanged, this, &LogArchiveDialog::refresh);
    resize(560, 460);
    refresh();
}

LogArchiveLimit LogArchiveDialog::savedLimit()
{
    const QSettings settings;
    return { settings.value(kMaxMegabytesKey, 0).toLongLong() * 1024 * 1024,
             settings.value(kMaxDaysKey, 0).toInt() };
}

void LogArchiveDialog::refresh()
{
    m_deleteButton->setEnabled(m_archive->isWritable());
    m_archive->stats(this, [this](const LogArchiveStats &stats) {
        showStats(stats);
        listArchives();
        emit refreshed();
    });
}

void LogArchiveDialog::showStats(const LogArchiveStats &s)
{
    const QLocale locale;
    QString text = tr("This app: %1 entries, %2 on disk, in %3.")
                       .arg(locale.toString(s.entries), locale.formattedDataSize(s.bytes),
                            QDir::toNativeSeparators(m_archive->filePath()));
    if (s.entries > 0)
        text += u' ' + tr("Held from %1 to %2.").arg(when(s.oldestMs), when(s.newestMs));
    if (s.serviceOldestMs > 0)
        text += u' '
            + tr("The oldest entry the service still has is from %1; older ones are only here.")
                  .arg(when(s.serviceOldestMs));
    m_summary->setText(text);
    QStringList ranges;
    for (const LogTimeRange &r : s.ranges)
        ranges << (r.fromMs == 0 ? tr("everything up to %1").arg(when(r.toMs))
                                 : tr("%1 to %2").arg(when(r.fromMs), when(r.toMs)));
    m_ranges->setText(ranges.isEmpty() ? tr("No time range is complete yet: sync to fill it.")
                                       : tr("Complete: %1").arg(ranges.join(QLatin1String("; "))));
}

void LogArchiveDialog::listArchives()
{
    const QFileInfo current(m_archive->filePath());
    const QFileInfoList files = current.dir().entryInfoList({ QStringLiteral("*.sqlite") },
                                                            QDir::Files, QDir::Name);
    m_apps->setRowCount(int(files.size()));
    const QLocale locale;
    for (int row = 0; row < files.size(); ++row) {
        const QFileInfo &file = files.at(row);
        const qint64 bytes
            = file.size() + QFileInfo(file.filePath() + QStringLiteral("-wal")).size();
        QString name = file.completeBaseName();
        if (name == m_appId)
            name = tr("%1 (this app)").arg(name);
        m_apps->setItem(row, 0, new QTableWidgetItem(name));
        m_apps->setItem(row, 1, new QTableWidgetItem(locale.formattedDataSize(bytes)));
    }
}

void LogArchiveDialog::applyLimit()
{
    QSettings settings;
    settings.setValue(kMaxMegabytesKey, m_maxMegabytes->value());
    settings.setValue(kMaxDaysKey, m_maxDays->value());
    m_archive->prune(savedLimit());
}

void LogArchiveDialog::deleteArchive()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete the Log Archive"),
                                tr("Delete every archived log entry of this app? Entries the "
                                   "service no longer keeps cannot be fetched again."),
                                QMessageBox::Cancel, this);
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("archiveConfirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton *clicked) {
        if (clicked == confirm)
            m_archive->deleteArchive();
    });
    box->open();
}
