// The Deploy panel's writes: start a draft (409 → continue or restart), deploy it and follow
// the deployment's status with backoff, discard it; and the history's details.

#include "deploypanel.h"

#include <api/apiclient.h>
#include <api/draftcalls.h>
#include <models/deploymentlistmodel.h>
#include <models/draftfilemodel.h>
#include <models/draftstate.h>
#include <models/listfilterproxy.h>
#include <models/sharedmodels.h>
#include <session/session.h>
#include <widgets/confirmdialog.h>
#include <widgets/editor/reviewview.h>
#include <widgets/errorbanner.h>
#include <widgets/statuslabel.h>

#include <QDateTime>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

namespace {

// The server gives up on no deployment; after this many failed polls in a row we stop and say so.
constexpr int MaxPollFailures = 6;

QString noteKey(const QString &deploymentId)
{
    return QStringLiteral("deploymentNotes/") + deploymentId;
}

} // namespace

// Backoff between polls of a deployment in progress: 0.5 s doubling up to 8 s by default.
int DeployPanel::pollDelay(int attempt) const
{
    return qMin(m_pollMaxMs, m_pollFirstMs << qMin(attempt, 10));
}

void DeployPanel::setPollDelays(int firstMs, int maxMs)
{
    m_pollFirstMs = qMax(1, firstMs);
    m_pollMaxMs = qMax(m_pollFirstMs, maxMs);
}

// ---------------------------------------------------------------------------------------------
// Start

void DeployPanel::startDraft()
{
    const QString group = groupId();
    const QString app = appId();
    if (app.isEmpty())
        return;
    auto *job = draftcalls::create(*session()->client(), group, app);
    track(job);
    job->onFinished(this, [this](Job<Draft> *job) {
        if (!job->ok()) {
            onStartFailed(job->error());
            return;
        }
        emit statusMessage(tr("Started a draft."));
        session()->notifyAppDataChanged();
        loadDraft();
    });
}

void DeployPanel::onStartFailed(const ApiError &error)
{
    if (error.httpStatus != 409 || error.errorCode != QLatin1String("DraftAlreadyExists")) {
        if (error.kind != ApiError::Cancelled)
            m_banner->showError(error);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("A Draft Exists"),
                                tr("You already have a draft of this app. Continue it, or discard "
                                   "its changes and start a new one?"),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("draftExistsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *keep = box->addButton(tr("&Continue the Draft"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("continueDraftButton"));
    QPushButton *restart
        = box->addButton(tr("&Discard It and Start Again"), QMessageBox::DestructiveRole);
    restart->setObjectName(QStringLiteral("restartDraftButton"));
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, keep, restart] {
        if (box->clickedButton() == keep) {
            loadDraft();
        } else if (box->clickedButton() == restart) {
            // The existing draft's id: ask, for it may not be the one shown.
            auto *job = draftcalls::list(*session()->client(), groupId(), appId());
            track(job);
            job->onFinished(this, [this](Job<QList<Draft>> *job) {
                if (!job->ok()) {
                    m_banner->showError(job->error());
                    return;
                }
                if (job->result().isEmpty())
                    startDraft();
                else
                    discardThenStart(job->result().first().id);
            });
        }
    });
    box->open();
}

void DeployPanel::discardThenStart(const QString &draftId)
{
    auto *job = draftcalls::discard(*session()->client(), groupId(), appId(), draftId);
    track(job);
    job->onFinished(this, [this](ApiJob *job) {
        if (!job->ok() && job->httpStatus() != 404) {
            m_banner->showError(job->error());
            return;
        }
        emit statusMessage(tr("Discarded the old draft."));
        startDraft();
    });
}

// ---------------------------------------------------------------------------------------------
// Deploy

void DeployPanel::deployDraft()
{
    if (m_draftId.isEmpty())
        return;
    if (m_files->rowCount() == 0) {
        m_deployStatus->setText(tr("The draft has no changes: there is nothing to deploy."));
        return;
    }
    const App app = session()->currentApp();
    const bool production = session()->profile().tag == Profile::Tag::Production;
    const int hosting = m_files->hostingCount();
    QString question
        = tr("Deploy the draft to “%1”? It changes %n file(s):", nullptr, m_files->rowCount())
              .arg(app.name)
        + QLatin1Char('\n')
        + tr("• %n configuration file(s)", nullptr, m_files->rowCount() - hosting)
        + tr(", %1 line(s) added and %2 removed")
              .arg(m_files->totalAdded())
              .arg(m_files->totalRemoved())
        + QLatin1Char('\n') + tr("• %n hosting file(s)", nullptr, hosting);
    if (!m_note->text().trimmed().isEmpty())
        question += QLatin1String("\n\n") + tr("Note: %1").arg(m_note->text().trimmed());
    QString casesWarning;
    QString casesBlock;
    if (!casesAllowDeploy(&casesWarning, &casesBlock)) {
        if (!casesBlock.isEmpty())
            m_deployStatus->setText(casesBlock);
        return;
    }
    if (!casesWarning.isEmpty())
        question += QLatin1String("\n\n") + casesWarning;
    question += QLatin1String("\n\n") + tr("The changes go live for every user of the app.");
    auto *dialog = new ConfirmDialog(tr("Deploy Draft"), question, tr("Deploy"),
                                     production ? app.name : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("deployConfirmDialog"));
    connect(dialog, &QDialog::accepted, this, &DeployPanel::sendDeployment);
    dialog->open();
}

void DeployPanel::sendDeployment()
{
    const QString draftId = m_draftId;
    m_followNote = m_note->text().trimmed();
    m_deployStatus->setText(tr("Deploying…"));
    auto *job = draftcalls::deploy(*session()->client(), groupId(), appId(), draftId);
    track(job);
    job->onFinished(this, [this](Job<Deployment> *job) {
        if (!job->ok()) {
            if (job->error().httpStatus == 404) {
                draftGone();
                return;
            }
            m_deployStatus->setText(
                tr("The deployment was not made: %1").arg(job->error().summary()));
            if (job->error().kind != ApiError::Cancelled)
                m_banner->showError(job->error());
            return;
        }
        if (!m_followNote.isEmpty())
            QSettings().setValue(noteKey(job->result().id), m_followNote);
        follow(job->result());
    });
}

void DeployPanel::follow(const Deployment &deployment)
{
    if (deployment.isInProgress()) {
        m_following = deployment;
        m_deployStatus->setText(tr("Deployment %1 is %2…").arg(deployment.id, deployment.status));
        m_pollTimer->start(pollDelay(m_pollAttempt++));
        updateState();
        return;
    }
    finished(deployment);
}

void DeployPanel::poll()
{
    if (m_following.isNull())
        return;
    auto *job = draftcalls::deployment(*session()->client(), groupId(), appId(), m_following.id);
    ApiJob::abandonFor(this, m_pollJob);
    m_pollJob = job;
    job->onFinished(this, [this](Job<Deployment> *job) {
        m_pollJob = nullptr;
        if (job->ok()) {
            m_pollFailures = 0;
            follow(job->result());
            return;
        }
        if (job->error().kind == ApiError::Cancelled)
            return;
        ++m_pollFailures;
        if (m_pollFailures >= MaxPollFailures) {
            m_deployStatus->setText(
                tr("Lost track of deployment %1: %2. It may still finish on the server; Refresh "
                   "(F5) asks again.")
                    .arg(m_following.id, job->error().summary()));
            m_banner->showError(job->error());
            updateState();
            return;
        }
        m_deployStatus->setText(tr("Cannot reach the server to follow deployment %1 (%2); "
                                   "trying again…")
                                    .arg(m_following.id, job->error().summary()));
        m_pollTimer->start(pollDelay(m_pollAttempt++));
    });
}

void DeployPanel::finished(const Deployment &deployment)
{
    m_following = Deployment();
    m_pollAttempt = 0;
    m_pollFailures = 0;
    if (deployment.status == QLatin1String("failed")) {
        const QString why = deployment.statusErrorMessage.isEmpty()
            ? tr("the server gave no reason")
            : deployment.statusErrorMessage;
        m_deployStatus->setText(
            tr("Deployment failed: %1. The draft is kept: fix it and deploy again.").arg(why));
        m_banner->showMessage(tr("Deployment failed: %1").arg(why));
        m_history->reload(groupId(), appId());
        loadDraft();
        return;
    }
    m_deployStatus->setText(
        tr("Deployed (%1) at %2.")
            .arg(deployment.id, DeploymentListModel::timeText(deployment.deployedAt)));
    m_note->clear();
    emit statusMessage(tr("Deployed the draft to “%1”.").arg(session()->currentApp().name));
    // Every panel shows what is live now; this one reloads the draft (gone) and the history.
    session()->notifyAppDataChanged();
    refresh();
}

// ---------------------------------------------------------------------------------------------
// Discard

void DeployPanel::discardDraft()
{
    if (m_draftId.isEmpty())
        return;
    const bool production = session()->profile().tag == Profile::Tag::Production;
    const QString appName = session()->currentApp().name;
    auto *dialog = new ConfirmDialog(
        tr("Discard Draft"),
        tr("Discard the draft of “%1” and its %n change(s)? This cannot be undone.", nullptr,
           m_files->rowCount())
            .arg(appName),
        tr("Discard"), production ? appName : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("discardDraftDialog"));
    const QString draftId = m_draftId;
    connect(dialog, &QDialog::accepted, this, [this, draftId] {
        auto *job = draftcalls::discard(*session()->client(), groupId(), appId(), draftId);
        track(job);
        job->onFinished(this, [this](ApiJob *job) {
            if (!job->ok()) {
                if (job->httpStatus() == 404)
                    draftGone();
                else if (job->error().kind != ApiError::Cancelled)
                    m_banner->showError(job->error());
                return;
            }
            m_deployStatus->setText(tr("Discarded the draft."));
            emit statusMessage(
                tr("Discarded the draft of “%1”.").arg(session()->currentApp().name));
            session()->notifyAppDataChanged();
            refresh();
        });
    });
    dialog->open();
}

void DeployPanel::draftGone()
{
    m_banner->showMessage(tr("The draft no longer exists: it was deployed or discarded "
                             "elsewhere. Your note is kept."));
    m_banner->setRetryVisible(false);
    m_draftId.clear();
    // The indicator and banners follow; this panel reloads without clearing the message.
    SharedModels::of(session())->draft()->reload();
    loadDraft();
    m_history->reload(groupId(), appId());
}

// ---------------------------------------------------------------------------------------------
// History

void DeployPanel::showHistoryDetails()
{
    const QModelIndex current = m_historyList->currentIndex();
    if (!current.isValid()) {
        m_historyDetails->setPlainText(m_history->rowCount() == 0
                                           ? tr("No deployments yet.")
                                           : tr("Select a deployment to see its details."));
        return;
    }
    const Deployment d = m_history->deploymentAt(m_historyProxy->mapToSource(current).row());
    QStringList lines;
    lines << tr("Deployment: %1").arg(d.id)
          << tr("Time: %1").arg(QDateTime::fromSecsSinceEpoch(d.deployedAt).toString(Qt::ISODate))
          << tr("Who: %1").arg(d.userId) << tr("Origin: %1").arg(d.origin)
          << tr("Status: %1").arg(d.status);
    if (!d.statusErrorMessage.isEmpty())
        lines << tr("Error: %1").arg(d.statusErrorMessage);
    if (!d.draftId.isEmpty())
        lines << tr("Draft: %1").arg(d.draftId);
    if (!d.commit.isEmpty())
        lines << tr("Commit: %1").arg(d.commit);
    if (!d.diffUrl.isEmpty())
        lines << tr("Diff: %1").arg(d.diffUrl);
    const QString note = QSettings().value(noteKey(d.id)).toString();
    if (!note.isEmpty())
        lines << tr("Note: %1").arg(note);
    m_historyDetails->setPlainText(lines.join(QLatin1Char('\n')));
}

void DeployPanel::openItem(const QString &id)
{
    if (m_review->selectPath(id)) {
        m_tabs->setCurrentIndex(0);
        return;
    }
    const int row = m_history->rowOf(id);
    if (row >= 0) {
        m_tabs->setCurrentIndex(1);
        m_historyFilter->clear();
        m_historyList->setCurrentIndex(m_historyProxy->mapFromSource(m_history->index(row, 0)));
    }
}

bool DeployPanel::hasUnsavedChanges() const
{
    return !m_note->text().trimmed().isEmpty() && !m_draftId.isEmpty();
}
