#include "dependenciespane.h"
#include "panel.h"
#include "panelkit.h"

#include <api/dependencycalls.h>
#include <api/draftcalls.h>
#include <models/dependencylistmodel.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/errorbanner.h>

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QSet>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const QString kOrigin = QStringLiteral("dependencies");
constexpr int kPollMs = 400;
constexpr int kPollAttempts = 150; // a minute: past it, the user is told to look again later

//! The ids of the deployments that record uploads of dependencies.
QSet<QString> uploadIds(const QList<Deployment> &deployments)
{
    QSet<QString> ids;
    for (const Deployment &deployment : deployments) {
        if (deployment.origin == kOrigin)
            ids.insert(deployment.id);
    }
    return ids;
}

//! The deployment of an upload that is not among known; a null one when there is none yet. Ids
//! made in the same second do not sort by time, so the new one is told by what was there before.
Deployment newUpload(const QList<Deployment> &deployments, const QSet<QString> &known)
{
    for (const Deployment &deployment : deployments) {
        if (deployment.origin == kOrigin && !known.contains(deployment.id))
            return deployment;
    }
    return {};
}

} // namespace

DependenciesPane::DependenciesPane(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new DependencyListModel(session->client(), this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("dependenciesPane"));
    m_hint = panelkit::hint(this);
    m_hint->setText(tr("Packages your functions load with require('name'): upload a .zip, .tar "
                       "or .tar.gz of a node_modules folder. A new upload replaces them all."));
    m_table = panelkit::table(QStringLiteral("dependencyTable"), tr("Packages"), this);
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_upload
        = panelkit::button(tr("&Upload Archive…"), QStringLiteral("uploadDependenciesButton"),
                           tr("Upload a node_modules archive (.zip, .tar, .tar.gz, .tgz)"), this);
    m_refresh
        = panelkit::button(tr("Refresh Packages"), QStringLiteral("refreshDependenciesButton"),
                           tr("Load the package list again"), this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("dependenciesProgress"));
    m_progress->setAccessibleName(tr("Upload progress"));
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dependenciesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy = new BusyIndicator(this);
    m_busy->setAccessibleName(tr("Loading packages"));
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("dependenciesErrorBanner"));
    m_poll->setSingleShot(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_upload);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch(); // keeps the buttons their size while no progress shows
    buttons->addWidget(m_busy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_upload);
    setTabOrder(m_upload, m_refresh);

    connect(m_upload, &QPushButton::clicked, this, &DependenciesPane::chooseFile);
    connect(m_refresh, &QPushButton::clicked, this, &DependenciesPane::refresh);
    connect(m_banner, &ErrorBanner::retryRequested, this, &DependenciesPane::refresh);
    connect(m_model, &ListModelBase::loadingChanged, this, &DependenciesPane::updateActions);
    connect(m_model, &ListModelBase::errorOccurred, this, [this](const ApiError &error) {
        m_banner->setRetryVisible(true);
        panelkit::showError(m_banner, error);
    });
    connect(m_model, &ListModelBase::reloaded, this, [this] {
        updateActions();
        emit packagesChanged(m_model->names());
    });
    updateActions();
}

DependenciesPane::~DependenciesPane()
{
    ApiJob::abandonFor(this, m_job);
}

void DependenciesPane::setApp(const QString &groupId, const QString &appId)
{
    if (appId == m_model->appId() && groupId == m_model->groupId())
        return;
    m_poll->stop();
    ApiJob::abandonFor(this, m_job);
    m_uploading = false;
    m_progress->setVisible(false);
    m_status->clear();
    if (appId.isEmpty()) {
        m_model->clear();
        emit packagesChanged({});
    } else {
        m_model->reload(groupId, appId);
    }
    updateActions();
}

void DependenciesPane::refresh()
{
    m_banner->clear();
    if (!m_model->appId().isEmpty())
        m_model->reload(m_model->groupId(), m_model->appId());
}

void DependenciesPane::updateActions()
{
    const bool haveApp = !m_model->appId().isEmpty();
    m_upload->setEnabled(haveApp && !m_uploading);
    m_refresh->setEnabled(haveApp);
    m_busy->setRunning(m_model->isLoading() || m_uploading);
}

void DependenciesPane::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Upload Dependencies"), QString(),
                                   tr("node_modules archives (*.zip *.tar *.tar.gz *.tgz)"));
    dialog->setObjectName(QStringLiteral("dependenciesFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &DependenciesPane::uploadFile);
    dialog->open();
}

void DependenciesPane::uploadFile(const QString &localFile)
{
    if (m_model->appId().isEmpty() || m_uploading)
        return;
    m_banner->clear();
    if (!dependencycalls::isArchiveName(localFile)) {
        m_banner->setRetryVisible(false);
        m_banner->showMessage(tr("“%1” is not a .zip, .tar, .tar.gz or .tgz archive.")
                                  .arg(QFileInfo(localFile).fileName()));
        return;
    }
    m_uploading = true;
    updateActions();
    m_status->setText(tr("Uploading %1…").arg(QFileInfo(localFile).fileName()));
    // The upload answers without naming its deployment: note the newest one before, so that
    // the one this upload makes is told apart from an older upload's.
    auto *job = draftcalls::deployments(*m_session->client(), m_model->groupId(), m_model->appId());
    m_job = job;
    job->onFinished(this, [this, localFile](Job<QList<Deployment>> *done) {
        startUpload(localFile, done->ok() ? uploadIds(done->result()) : QSet<QString>());
    });
}

void DependenciesPane::startUpload(const QString &localFile, const QSet<QString> &known)
{
    ApiJob *job = dependencycalls::upload(*m_session->client(), m_model->groupId(),
                                          m_model->appId(), localFile);
    m_job = job;
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    connect(job, &ApiJob::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total <= 0)
            return;
        // Kilobytes: a range in int for archives of any size the server takes.
        m_progress->setRange(0, int(total / 1024) + 1);
        m_progress->setValue(int(sent / 1024) + (sent == total ? 1 : 0));
    });
    job->onFinished(this, [this, known](ApiJob *done) {
        if (!done->ok()) {
            m_banner->setRetryVisible(false);
            panelkit::showError(m_banner, done->error());
            finishUpload(tr("The upload was refused: %1").arg(done->error().message), true);
            return;
        }
        m_progress->setValue(m_progress->maximum());
        m_status->setText(tr("Uploaded. Unpacking on the server…"));
        pollDeployment(known, 0);
    });
}

void DependenciesPane::pollDeployment(const QSet<QString> &known, int attempt)
{
    auto *job = draftcalls::deployments(*m_session->client(), m_model->groupId(), m_model->appId());
    m_job = job;
    job->onFinished(this, [this, known, attempt](Job<QList<Deployment>> *done) {
        const Deployment deployment = done->ok() ? newUpload(done->result(), known) : Deployment();
        if (!deployment.isNull() && !deployment.isInProgress()) {
            if (deployment.status == QLatin1String("failed"))
                finishUpload(
                    tr("The archive could not be installed: %1").arg(deployment.statusErrorMessage),
                    true);
            else
                finishUpload(QString(), false);
            return;
        }
        if (attempt + 1 >= kPollAttempts) {
            finishUpload(tr("The server is still unpacking the archive; Refresh Packages shows "
                            "them once it is done."),
                         false);
            return;
        }
        m_poll->disconnect();
        connect(m_poll, &QTimer::timeout, this,
                [this, known, attempt] { pollDeployment(known, attempt + 1); });
        m_poll->start(kPollMs);
    });
}

void DependenciesPane::finishUpload(const QString &status, bool failed)
{
    m_uploading = false;
    m_progress->setVisible(false);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     failed ? Panel::errorColor(this->palette())
                            : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    if (failed) {
        m_status->setText(status);
        updateActions();
        return;
    }
    m_status->setText(!status.isEmpty() ? status : tr("Installed. Loading the package list…"));
    // The list says what was installed once it is loaded again.
    if (status.isEmpty()) {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_model, &ListModelBase::reloaded, this, [this, once] {
            disconnect(*once);
            m_status->setText(tr("Installed %n package(s).", nullptr, int(m_model->rowCount())));
        });
    }
    refresh();
    updateActions();
}
