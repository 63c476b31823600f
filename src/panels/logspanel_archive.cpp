// The Logs panel's archive: every page the panel fetches is kept in the app's log archive, and
// an Archive button switches the panel between the service's pages and a search of the archive.
#include "logspanel.h"
#include "ui_logspanel.h"

#include "logarchiveview.h"

#include <models/logarchive.h>
#include <models/logmodel.h>
#include <session/session.h>

#include <QPushButton>
#include <QShortcut>
#include <QTimer>

void LogsPanel::setUpArchive()
{
    m_archive = new LogArchive(this);
    m_archiveView = new LogArchiveView(m_session->client(), m_archive, this);
    m_archiveView->hide();
    // Under the filters, in the place of the table, which it replaces while shown.
    const int tableAt = m_ui->mainLayout->indexOf(m_ui->logsSplitter);
    m_ui->mainLayout->insertWidget(tableAt + 1, m_archiveView, 1);
    m_archiveButton = new QPushButton(tr("&Archive"), this);
    m_archiveButton->setObjectName(QStringLiteral("archiveModeButton"));
    m_archiveButton->setCheckable(true);
    m_archiveButton->setToolTip(
        tr("Search every entry this console has kept for the app (Ctrl+Shift+A)"));
    m_archiveButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_ui->toolLayout->insertWidget(1, m_archiveButton);
    // Takes the hidden search field's room in archive mode, so the buttons keep their size.
    m_archiveSpacer = new QWidget(this);
    m_archiveSpacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_archiveSpacer->hide();
    m_ui->toolLayout->insertWidget(2, m_archiveSpacer, 1);
    connect(m_archiveButton, &QPushButton::toggled, this, &LogsPanel::setArchiveMode);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this,
                                   [this] { m_archiveButton->toggle(); });
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);

    connect(m_model, &LogModel::pageArrived, m_archive, &LogArchive::add);
    connect(m_filterTimer, &QTimer::timeout, this,
            [this] { m_archiveView->setFilter(filterFromControls()); });
    connect(m_archiveView, &LogArchiveView::statusMessage, this, &Panel::statusMessage);
    connect(m_archiveView, &LogArchiveView::summaryChanged, this, &LogsPanel::updateStatus);
    connect(m_session, &Session::signedOut, this, [this] {
        // A sync cut short here resumes at the next one: each page recorded its range.
        m_archiveView->setApp(QString(), QString());
        m_archive->close();
    });
}

bool LogsPanel::isArchiveMode() const
{
    return m_archiveButton->isChecked();
}

void LogsPanel::setArchiveMode(bool on)
{
    m_archiveButton->setChecked(on);
    const QList<QWidget *> liveOnly { m_ui->searchEdit,      m_ui->matchLabel,
                                      m_ui->previousMatchButton, m_ui->nextMatchButton,
                                      m_ui->tailButton,      m_ui->loadAllButton,
                                      m_ui->logsExportButton, m_ui->histogram,
                                      m_ui->logsSplitter };
    for (QWidget *live : liveOnly)
        live->setVisible(!on);
    if (on)
        m_ui->loadAllBox->hide();
    if (on)
        m_archiveView->setFilter(filterFromControls()); // searched once shown
    m_archiveView->setVisible(on);
    m_archiveSpacer->setVisible(on);
    updateStatus();
    if (on) {
        m_archiveView->searchEdit()->setFocus(Qt::OtherFocusReason);
    } else {
        m_ui->logTable->setFocus(Qt::OtherFocusReason);
    }
}

void LogsPanel::openArchiveForContext()
{
    const App app = m_session->currentApp();
    if (app.isNull() || !m_session->isSignedIn()) {
        m_archiveView->setApp(QString(), QString());
        m_archive->close();
        return;
    }
    const QString groupId = app.groupId.isEmpty() ? m_session->currentGroupId() : app.groupId;
    const QString path = LogArchive::pathFor(m_session->profile().id, app.id);
    m_archiveView->setApp(groupId, app.id);
    if (path != m_archive->filePath() || m_archive->state() == LogArchive::State::Closed)
        m_archive->open(path);
}
