#include "casespane.h"
#include "caseform.h"

#include <models/cases/caseresultsmodel.h>
#include <models/cases/caserunner.h>
#include <models/cases/runcasemodel.h>
#include <models/functionlistmodel.h>
#include <models/sharedmodels.h>
#include <session/session.h>
#include <widgets/confirmdialog.h>
#include <widgets/editor/diffview.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

CasesPane::CasesPane(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_cases(RunCaseModel::of(session))
    , m_results(new CaseResultsModel(this))
    , m_runner(new CaseRunner(session->client(), m_results, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("casesPane"));
    m_proxy->setSourceModel(m_cases);
    m_proxy->setFilterRole(RunCaseModel::FunctionRole);
    buildUi();
    FunctionListModel *functions = SharedModels::of(session)->functions();
    connect(functions, &ListModelBase::reloaded, this, &CasesPane::fillFunctionCombo);
    connect(m_cases, &RunCaseModel::loaded, this, &CasesPane::fillFunctionCombo);
    connect(m_cases, &QAbstractItemModel::rowsInserted, this, &CasesPane::fillFunctionCombo);
    connect(m_cases, &QAbstractItemModel::rowsInserted, this, &CasesPane::updateState);
    connect(m_cases, &QAbstractItemModel::rowsRemoved, this, &CasesPane::updateState);
    connect(m_cases, &QAbstractItemModel::modelReset, this, [this] {
        m_runner->cancel();
        m_results->clear();
        updateState();
    });
    connect(m_cases, &RunCaseModel::saved, this, [this](const QString &error) {
        if (!error.isEmpty())
            m_message->setText(tr("The cases could not be saved: %1").arg(error));
    });
    connect(m_runner, &CaseRunner::progress, this, [this](int done, int total) {
        m_progress->setMaximum(qMax(1, total));
        m_progress->setValue(done);
        m_summary->setText(m_results->summary());
        if (done == 0)
            updateState(); // a run started: Cancel on, Run off
    });
    connect(m_runner, &CaseRunner::finished, this, [this] {
        m_summary->setText(m_results->summary());
        updateState();
        const QModelIndex failure = m_results->firstFailure();
        if (failure.isValid())
            m_resultsView->setCurrentIndex(failure);
    });
    fillFunctionCombo();
    updateState();
}

void CasesPane::buildUi()
{
    m_functionCombo = new QComboBox(this);
    m_functionCombo->setObjectName(QStringLiteral("casesFunctionCombo"));
    m_functionCombo->setAccessibleName(tr("Cases of function"));
    m_functionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *functionLabel = new QLabel(tr("&Cases of:"), this);
    functionLabel->setBuddy(m_functionCombo);
    auto button = [this](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    m_new = button(tr("&New Case…"), QStringLiteral("newCaseButton"),
                   tr("Add a case: arguments, who runs it, and what it should give"));
    m_edit = button(tr("&Edit…"), QStringLiteral("editCaseButton"), tr("Edit the selected case"));
    m_delete = button(tr("&Delete…"), QStringLiteral("deleteCaseButton"),
                      tr("Delete the selected cases"));
    m_runSelected = button(tr("Run &Selected"), QStringLiteral("runSelectedCasesButton"),
                           tr("Run the selected cases"));
    m_runShown = button(tr("&Run These Cases"), QStringLiteral("runShownCasesButton"),
                        tr("Run every case listed"));
    m_runAll = button(tr("Run &All Cases"), QStringLiteral("runAllCasesButton"),
                      tr("Run every case of every function of the app"));
    m_cancel = button(tr("Cance&l Run"), QStringLiteral("cancelCasesButton"),
                      tr("Stop the runs still waiting"));
    connect(m_new, &QPushButton::clicked, this, [this] { newCase(); });
    connect(m_edit, &QPushButton::clicked, this, &CasesPane::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &CasesPane::deleteSelected);
    connect(m_runSelected, &QPushButton::clicked, this, &CasesPane::runSelected);
    connect(m_runShown, &QPushButton::clicked, this, &CasesPane::runShown);
    connect(m_runAll, &QPushButton::clicked, this, &CasesPane::runAll);
    connect(m_cancel, &QPushButton::clicked, this, &CasesPane::cancel);
    connect(m_functionCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString function = shownFunction();
        m_proxy->setFilterRegularExpression(
            function.isEmpty() ? QString()
                               : QStringLiteral("^%1$").arg(QRegularExpression::escape(function)));
        updateState();
    });

    m_casesView = new QTreeView(this);
    m_casesView->setObjectName(QStringLiteral("casesView"));
    m_casesView->setAccessibleName(tr("Run cases"));
    m_casesView->setRootIsDecorated(false);
    m_casesView->setUniformRowHeights(true);
    m_casesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_casesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_casesView->setModel(m_proxy);
    m_casesView->header()->setSectionResizeMode(RunCaseModel::ExpectationColumn,
                                                QHeaderView::Stretch);
    m_casesView->header()->setStretchLastSection(false);
    m_casesView->setColumnWidth(RunCaseModel::NameColumn, 200);
    m_casesView->setColumnWidth(RunCaseModel::FunctionColumn, 150);
    connect(m_casesView, &QAbstractItemView::activated, this, &CasesPane::editSelected);
    connect(m_casesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CasesPane::updateState);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_casesView);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &CasesPane::deleteSelected);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("casesProgress"));
    m_progress->setAccessibleName(tr("Cases run so far"));
    m_progress->setValue(0);
    m_progress->setMaximumWidth(200);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("casesSummary"));
    m_resultsView = new QTreeView(this);
    m_resultsView->setObjectName(QStringLiteral("caseResultsView"));
    m_resultsView->setAccessibleName(tr("Results of the run, by function"));
    m_resultsView->setUniformRowHeights(true);
    m_resultsView->setModel(m_results);
    m_resultsView->setColumnWidth(CaseResultsModel::NameColumn, 200);
    m_resultsView->header()->setSectionResizeMode(CaseResultsModel::StatusColumn,
                                                  QHeaderView::ResizeToContents);
    m_resultsView->header()->setSectionResizeMode(CaseResultsModel::TimeColumn,
                                                  QHeaderView::ResizeToContents);
    connect(m_results, &QAbstractItemModel::modelReset, m_resultsView, &QTreeView::expandAll);
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CasesPane::showResult);
    connect(m_results, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        if (from.parent() == m_resultsView->currentIndex().parent()
            && from.row() == m_resultsView->currentIndex().row())
            showResult();
    });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("caseMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diff = new DiffView(this);
    m_diff->setObjectName(QStringLiteral("caseDiffView"));
    m_diff->setAccessibleName(tr("Expected and actual result"));
    m_diff->setTitles(tr("Expected"), tr("Actual"));
    m_diff->setSyntax(DiffView::Syntax::Json);
    m_diff->showMessage(
        tr("Select a case of the run to compare what it expected with what it got."));

    auto *top = new QHBoxLayout;
    top->addWidget(functionLabel);
    top->addWidget(m_functionCombo);
    top->addStretch(1);
    top->addWidget(m_new);
    top->addWidget(m_edit);
    top->addWidget(m_delete);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runSelected);
    runRow->addWidget(m_runShown);
    runRow->addWidget(m_runAll);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress);
    runRow->addWidget(m_summary, 1);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_message);
    detailLayout->addWidget(m_diff, 1);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_resultsView);
    bottom->addWidget(detail);
    bottom->setSizes({ 380, 520 });
    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addLayout(runRow);
    resultsLayout->addWidget(bottom, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_casesView);
    splitter->addWidget(results);
    splitter->setSizes({ 180, 420 });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    setTabOrder(m_functionCombo, m_casesView);
}

QString CasesPane::groupId() const
{
    const App app = m_session->currentApp();
    return app.groupId.isEmpty() ? m_session->currentGroupId() : app.groupId;
}

void CasesPane::fillFunctionCombo()
{
    QStringList names = SharedModels::of(m_session)->functions()->names();
    for (const RunCase &c : m_cases->cases()) {
        if (!names.contains(c.function))
            names.append(c.function);
    }
    names.sort(Qt::CaseInsensitive);
    const QString current = shownFunction();
    QSignalBlocker block(m_functionCombo);
    m_functionCombo->clear();
    m_functionCombo->addItem(tr("All functions"), QString());
    for (const QString &name : std::as_const(names))
        m_functionCombo->addItem(name, name);
    m_functionCombo->setCurrentIndex(qMax(0, m_functionCombo->findData(current)));
}

void CasesPane::showFunction(const QString &function)
{
    if (m_functionCombo->findData(function) < 0)
        m_functionCombo->addItem(function, function);
    m_functionCombo->setCurrentIndex(m_functionCombo->findData(function));
}

QString CasesPane::shownFunction() const
{
    return m_functionCombo->currentData().toString();
}

QList<RunCase> CasesPane::selectedCases() const
{
    QList<RunCase> out;
    const QModelIndexList rows = m_casesView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        out.append(m_cases->caseAt(m_proxy->mapToSource(row).row()));
    return out;
}

CaseForm *CasesPane::newCase(const RunCase &prefill)
{
    if (m_form)
        m_form->close();
    QStringList functions = SharedModels::of(m_session)->functions()->names();
    functions.sort(Qt::CaseInsensitive);
    m_form = new CaseForm(m_cases, functions, m_users ? m_users() : QList<AppUser>(), this);
    m_form->setAttribute(Qt::WA_DeleteOnClose);
    RunCase c = prefill;
    if (c.function.isEmpty())
        c.function = shownFunction().isEmpty() ? functions.value(0) : shownFunction();
    m_form->setCase(c);
    m_form->setWindowTitle(c.id.isEmpty() ? tr("New Run Case") : tr("Edit Run Case"));
    connect(m_form, &QDialog::accepted, this, [this, form = m_form.data()] {
        const int row = m_cases->rowOf(form->savedId());
        showFunction(m_cases->caseAt(row).function);
        const QModelIndex index = m_proxy->mapFromSource(m_cases->index(row, 0));
        m_casesView->setCurrentIndex(index);
    });
    m_form->open();
    return m_form;
}

CaseForm *CasesPane::editSelected()
{
    const QList<RunCase> selected = selectedCases();
    if (selected.size() != 1)
        return nullptr;
    return newCase(selected.first());
}

void CasesPane::deleteSelected()
{
    const QList<RunCase> selected = selectedCases();
    if (selected.isEmpty())
        return;
    QStringList names;
    QStringList ids;
    for (const RunCase &c : selected) {
        names << QStringLiteral("%1 (%2)").arg(c.name, c.function);
        ids << c.id;
    }
    ConfirmDialog::Deletion deletion;
    deletion.title = tr("Delete Run Cases");
    deletion.question = tr("Delete %n run case(s)? %1", nullptr, int(selected.size()))
                            .arg(ConfirmDialog::nameList(names));
    deletion.objectName = QStringLiteral("deleteCasesDialog");
    ConfirmDialog::askToDelete(this, deletion, [this, ids] {
        for (const QString &id : ids)
            m_cases->removeCase(id);
    });
}

void CasesPane::run(const QList<RunCase> &cases)
{
    m_diff->showMessage(
        tr("Select a case of the run to compare what it expected with what it got."));
    m_message->clear();
    m_runner->start(groupId(), m_session->currentApp().id, cases);
    updateState();
}

void CasesPane::runSelected()
{
    run(selectedCases());
}

void CasesPane::runShown()
{
    const QString function = shownFunction();
    run(function.isEmpty() ? m_cases->cases() : m_cases->casesOf(function));
}

void CasesPane::runAll()
{
    run(m_cases->cases());
}

void CasesPane::cancel()
{
    m_runner->cancel();
    updateState();
}

void CasesPane::updateState()
{
    const bool running = m_runner->isRunning();
    const int selected = int(m_casesView->selectionModel()->selectedRows().size());
    const bool loaded = m_cases->isLoaded();
    m_new->setEnabled(loaded);
    m_edit->setEnabled(loaded && selected == 1);
    m_delete->setEnabled(loaded && selected > 0);
    m_runSelected->setEnabled(!running && selected > 0);
    m_runShown->setEnabled(!running && m_proxy->rowCount() > 0);
    m_runAll->setEnabled(!running && m_cases->rowCount() > 0);
    m_cancel->setEnabled(running);
    m_runShown->setText(shownFunction().isEmpty() ? tr("&Run These Cases")
                                                  : tr("&Run Cases of %1").arg(shownFunction()));
}

void CasesPane::showResult()
{
    const RunCase c = m_results->caseOf(m_resultsView->currentIndex());
    if (c.isNull()) {
        m_message->clear();
        return;
    }
    const CaseVerdict verdict = m_results->verdictOf(c.id);
    QString text = QStringLiteral("%1 · %2: %3")
                       .arg(c.function, c.name, CaseVerdict::statusName(verdict.status));
    if (!verdict.message.isEmpty())
        text += QStringLiteral(" · ") + verdict.message;
    m_message->setText(text);
    m_message->setAccessibleName(text);
    if (verdict.status == CaseVerdict::Status::Failed)
        m_diff->setTexts(verdict.expectedText, verdict.actualText);
    else if (verdict.status == CaseVerdict::Status::Passed)
        m_diff->showMessage(
            tr("Passed: the run gave what the case expects (%1).").arg(c.expectationText()));
    else
        m_diff->showMessage(text);
}
