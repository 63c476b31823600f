// The Deploy panel's gate of run cases: "Run All Cases" before a deploy, the failures listed in
// the review, and a deploy that warns about them, or refuses while they fail when the profile
// says so (Profile::blockDeploysOnFailingCases).

#include "deploypanel.h"

#include <models/cases/caseresultsmodel.h>
#include <models/cases/caserunner.h>
#include <models/cases/runcasemodel.h>
#include <session/session.h>
#include <widgets/statuslabel.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// The rows of failed cases, and the functions holding them.
class FailuresOnly : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const auto status = CaseVerdict::Status(
            sourceModel()->index(row, 0, parent).data(CaseResultsModel::StatusRole).toInt());
        return status == CaseVerdict::Status::Failed || status == CaseVerdict::Status::Error;
    }
};

} // namespace

QWidget *DeployPanel::buildCasesGate(QWidget *page)
{
    auto *box = new QWidget(page);
    box->setObjectName(QStringLiteral("deployCasesGate"));
    m_casesLabel = new StatusLabel(tr("Run cases"), box);
    m_casesLabel->setObjectName(QStringLiteral("deployCasesLabel"));
    m_casesLabel->setWordWrap(true);
    m_runCases = new QPushButton(tr("Run All &Cases"), box);
    m_runCases->setObjectName(QStringLiteral("deployRunCasesButton"));
    m_runCases->setToolTip(tr("Run every run case of the app's functions before deploying"));
    connect(m_runCases, &QPushButton::clicked, this, &DeployPanel::runCases);
    declareCalls(bindAction(m_runCases), { QStringLiteral("functioncalls::execute") });
    auto *failures = new FailuresOnly(this);
    failures->setRecursiveFilteringEnabled(true);
    failures->setSourceModel(m_caseResults);
    m_caseFailures = new QTreeView(box);
    m_caseFailures->setObjectName(QStringLiteral("deployCaseFailures"));
    m_caseFailures->setAccessibleName(tr("Failing run cases"));
    m_caseFailures->setModel(failures);
    m_caseFailures->setUniformRowHeights(true);
    m_caseFailures->setMaximumHeight(120);
    m_caseFailures->header()->setSectionResizeMode(CaseResultsModel::MessageColumn,
                                                   QHeaderView::Stretch);
    m_caseFailures->header()->setStretchLastSection(false);
    m_caseFailures->setColumnWidth(CaseResultsModel::NameColumn, 200);
    m_caseFailures->hide();
    connect(failures, &QAbstractItemModel::rowsInserted, m_caseFailures, &QTreeView::expandAll);
    connect(failures, &QAbstractItemModel::modelReset, m_caseFailures, &QTreeView::expandAll);

    RunCaseModel *cases = RunCaseModel::of(session());
    connect(cases, &QAbstractItemModel::modelReset, this, &DeployPanel::casesChanged);
    connect(cases, &QAbstractItemModel::rowsInserted, this, &DeployPanel::casesChanged);
    connect(cases, &QAbstractItemModel::rowsRemoved, this, &DeployPanel::casesChanged);
    connect(cases, &QAbstractItemModel::dataChanged, this, &DeployPanel::casesChanged);
    connect(m_caseRunner, &CaseRunner::progress, this, [this](int done, int total) {
        m_casesLabel->setText(tr("Running run cases: %1 of %2…").arg(done).arg(total));
    });
    connect(m_caseRunner, &CaseRunner::finished, this, &DeployPanel::onCasesFinished);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_casesLabel, 1);
    row->addWidget(m_runCases);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_caseFailures);
    casesChanged();
    return box;
}

void DeployPanel::casesChanged()
{
    // The results no longer say anything about the cases as they are now.
    m_caseRunner->cancel();
    m_deployAfterCases = false;
    m_casesCurrent = false;
    m_caseResults->clear();
    m_caseFailures->hide();
    const int count = RunCaseModel::of(session())->rowCount();
    m_runCases->setEnabled(count > 0);
    const bool block = session()->profile().blockDeploysOnFailingCases;
    if (count == 0)
        m_casesLabel->setText(tr("The app has no run cases (add them from Functions › Cases…)."));
    else if (block)
        m_casesLabel->setText(tr("%n run case(s); Deploy runs them first and refuses while any "
                                 "fails (a setting of this profile).",
                                 nullptr, count));
    else
        m_casesLabel->setText(tr("%n run case(s), not run yet.", nullptr, count));
}

void DeployPanel::runCases()
{
    RunCaseModel *cases = RunCaseModel::of(session());
    m_caseFailures->hide();
    m_runCases->setEnabled(false);
    m_caseRunner->start(groupId(), appId(), cases->cases());
}

void DeployPanel::onCasesFinished()
{
    const bool cancelled = m_caseResults->countOf(CaseVerdict::Status::Cancelled) > 0;
    m_runCases->setEnabled(RunCaseModel::of(session())->rowCount() > 0);
    m_casesCurrent = !cancelled && m_caseResults->caseCount() > 0;
    const int failures = m_caseResults->failureCount();
    m_caseFailures->setVisible(failures > 0);
    if (cancelled)
        m_casesLabel->setText(
            tr("The run of the cases was stopped: %1").arg(m_caseResults->summary()));
    else if (failures > 0)
        m_casesLabel->setText(
            tr("%1. Deploying now puts failing code live.").arg(m_caseResults->summary()));
    else
        m_casesLabel->setText(m_caseResults->summary());
    if (m_deployAfterCases) {
        m_deployAfterCases = false;
        if (m_casesCurrent)
            deployDraft(); // now judged on the results
    }
}

bool DeployPanel::casesAllowDeploy(QString *warning, QString *blocked)
{
    const int count = RunCaseModel::of(session())->rowCount();
    if (count == 0)
        return true;
    const bool block = session()->profile().blockDeploysOnFailingCases;
    if (m_caseRunner->isRunning()) {
        *blocked = tr("The run cases are still running: deploy when they are done.");
        return false;
    }
    if (!m_casesCurrent) {
        if (block) {
            m_deployAfterCases = true;
            m_deployStatus->setText(tr("Running the app's run cases before deploying…"));
            runCases();
            return false;
        }
        *warning
            = tr("The app's %n run case(s) have not been run (Run All Cases).", nullptr, count);
        return true;
    }
    const int failures = m_caseResults->failureCount();
    if (failures == 0)
        return true;
    if (block) {
        *blocked = tr("Deploy refused: %n run case(s) fail, and this profile blocks deploys "
                      "while cases fail.",
                      nullptr, failures);
        return false;
    }
    *warning = tr("Warning: %n run case(s) fail.", nullptr, failures);
    return true;
}
