#include "caseform.h"
#include "runaspicker.h"

#include <models/cases/runcasemodel.h>
#include <widgets/editor/jsoneditor.h>
#include <widgets/editor/tabfocus.h>
#include <widgets/errorbanner.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

CaseForm::CaseForm(RunCaseModel *model, const QStringList &functions, const QList<AppUser> &users,
                   QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_name(new QLineEdit(this))
    , m_function(new QComboBox(this))
    , m_arguments(new JsonEditor(this))
    , m_runAs(new RunAsPicker(this))
    , m_expect(new QComboBox(this))
    , m_expectedLabel(new QLabel(tr("Expected &value:"), this))
    , m_expected(new JsonEditor(this))
    , m_patternLabel(new QLabel(tr("Error &pattern:"), this))
    , m_pattern(new QLineEdit(this))
    , m_problem(new ErrorBanner(this))
{
    setObjectName(QStringLiteral("caseForm"));
    setWindowTitle(tr("Run Case"));
    m_name->setObjectName(QStringLiteral("caseNameEdit"));
    m_name->setAccessibleName(tr("Case name"));
    m_name->setPlaceholderText(tr("What the case checks, e.g. “adds two numbers”"));
    m_function->setObjectName(QStringLiteral("caseFunctionCombo"));
    m_function->setAccessibleName(tr("Function"));
    m_function->addItems(functions);
    m_arguments->setObjectName(QStringLiteral("caseArgumentsEditor"));
    m_arguments->setAccessibleName(tr("Arguments, a JSON array"));
    m_arguments->setRequireArray(true);
    m_arguments->setText(QStringLiteral("[]"));
    m_arguments->setMinimumHeight(70);
    m_runAs->setObjectName(QStringLiteral("caseRunAsPicker"));
    m_runAs->setAccessibleName(tr("Run as"));
    m_runAs->setUsers(users);
    m_expect->setObjectName(QStringLiteral("caseExpectCombo"));
    m_expect->setAccessibleName(tr("Expectation"));
    for (RunCase::Expect expect : { RunCase::Expect::Succeeds, RunCase::Expect::Equals,
                                    RunCase::Expect::Contains, RunCase::Expect::Fails })
        m_expect->addItem(RunCase::expectName(expect), int(expect));
    m_expected->setObjectName(QStringLiteral("caseExpectedEditor"));
    m_expected->setAccessibleName(tr("Expected value, JSON"));
    m_expected->setAcceptAnyValue(true);
    m_expected->setMinimumHeight(90);
    m_expected->setToolTip(
        tr("Equals: the result is this value. Contains: every key of an object is in the result "
           "with a matching value, and an array's elements appear in the result's array in this "
           "order (others may come between)."));
    m_pattern->setObjectName(QStringLiteral("casePatternEdit"));
    m_pattern->setAccessibleName(tr("Error pattern, a regular expression"));
    m_pattern->setPlaceholderText(tr("A regular expression the error message must match"));
    // A form: Tab goes to the next field, as in every other box of it (JSON this short needs
    // no indenting).
    for (JsonEditor *editor : { m_arguments, m_expected }) {
        if (auto *tabFocus = editor->findChild<TabFocus *>())
            tabFocus->setTabMovesFocus(true);
    }
    m_problem->setObjectName(QStringLiteral("caseProblemBanner"));
    m_problem->setRetryVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Function:"), m_function);
    form->addRow(tr("&Arguments:"), m_arguments);
    form->addRow(tr("&Run as:"), m_runAs);
    form->addRow(tr("E&xpect:"), m_expect);
    m_expectedLabel->setBuddy(m_expected);
    form->addRow(m_expectedLabel, m_expected);
    m_patternLabel->setBuddy(m_pattern);
    form->addRow(m_patternLabel, m_pattern);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_expect, &QComboBox::currentIndexChanged, this, &CaseForm::updateExpectFields);
    updateExpectFields();
    resize(560, 480);
}

void CaseForm::setCase(const RunCase &runCase)
{
    m_id = runCase.id;
    m_name->setText(runCase.name);
    if (m_function->findText(runCase.function) < 0 && !runCase.function.isEmpty())
        m_function->addItem(runCase.function);
    m_function->setCurrentText(runCase.function);
    m_arguments->setText(
        QString::fromUtf8(QJsonDocument(runCase.arguments).toJson(QJsonDocument::Compact)));
    m_arguments->validateNow();
    if (runCase.runsAsSystem())
        m_runAs->setUserId(QString());
    else if (!m_runAs->setUserId(runCase.userId))
        m_runAs->addUserById(runCase.userId,
                             runCase.userLabel.isEmpty() ? runCase.userId : runCase.userLabel);
    m_expect->setCurrentIndex(qMax(0, m_expect->findData(int(runCase.expect))));
    if (runCase.expect == RunCase::Expect::Equals || runCase.expect == RunCase::Expect::Contains)
        m_expected->setValue(runCase.expected);
    m_pattern->setText(runCase.errorPattern);
    updateExpectFields();
}

RunCase CaseForm::runCase() const
{
    RunCase c;
    c.id = m_id;
    c.name = m_name->text().trimmed();
    c.function = m_function->currentText();
    c.arguments = m_arguments->json().array();
    c.userId = m_runAs->userId();
    c.userLabel = c.userId.isEmpty() ? QString() : m_runAs->userLabel();
    c.expect = RunCase::Expect(m_expect->currentData().toInt());
    if (c.expect == RunCase::Expect::Equals || c.expect == RunCase::Expect::Contains)
        c.expected = m_expected->value();
    if (c.expect == RunCase::Expect::Fails)
        c.errorPattern = m_pattern->text();
    return c;
}

void CaseForm::updateExpectFields()
{
    const auto expect = RunCase::Expect(m_expect->currentData().toInt());
    const bool json = expect == RunCase::Expect::Equals || expect == RunCase::Expect::Contains;
    m_expectedLabel->setEnabled(json);
    m_expected->setEnabled(json);
    m_patternLabel->setEnabled(expect == RunCase::Expect::Fails);
    m_pattern->setEnabled(expect == RunCase::Expect::Fails);
}

QString CaseForm::problemOf(const JsonEditor *editor)
{
    if (editor->errorColumn() <= 0)
        return editor->errorMessage();
    return tr("%1 (column %2)").arg(editor->errorMessage()).arg(editor->errorColumn());
}

void CaseForm::showProblem(const QString &text, QWidget *field)
{
    m_problem->showMessage(text);
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

bool CaseForm::validate()
{
    const QString name = m_name->text().trimmed();
    const QString function = m_function->currentText();
    if (name.isEmpty()) {
        showProblem(tr("Give the case a name."), m_name);
        return false;
    }
    if (function.isEmpty()) {
        showProblem(tr("Pick the function the case runs."), m_function);
        return false;
    }
    if (m_model && m_model->hasName(function, name, m_id)) {
        showProblem(tr("“%1” already has a case named “%2”.").arg(function, name), m_name);
        return false;
    }
    if (!m_arguments->validateNow()) {
        showProblem(tr("Arguments: %1").arg(problemOf(m_arguments)), m_arguments);
        return false;
    }
    const auto expect = RunCase::Expect(m_expect->currentData().toInt());
    if ((expect == RunCase::Expect::Equals || expect == RunCase::Expect::Contains)
        && !m_expected->validateNow()) {
        showProblem(tr("Expected value: %1").arg(problemOf(m_expected)), m_expected);
        return false;
    }
    if (expect == RunCase::Expect::Fails) {
        const QRegularExpression pattern(m_pattern->text());
        if (m_pattern->text().isEmpty()) {
            showProblem(tr("Enter the pattern the error message must match (.* for any)."),
                        m_pattern);
            return false;
        }
        if (!pattern.isValid()) {
            showProblem(tr("Error pattern, at character %1: %2")
                            .arg(pattern.patternErrorOffset() + 1)
                            .arg(pattern.errorString()),
                        m_pattern);
            m_pattern->setCursorPosition(int(pattern.patternErrorOffset()));
            return false;
        }
    }
    m_problem->clear();
    return true;
}

void CaseForm::accept()
{
    if (!validate())
        return;
    const RunCase c = runCase();
    if (m_model) {
        if (c.id.isEmpty() || !m_model->updateCase(c))
            m_savedId = m_model->addCase(c);
        else
            m_savedId = c.id;
    }
    QDialog::accept();
}
