#pragma once

#include <api/functiontypes.h>
#include <models/cases/runcase.h>

#include <QDialog>

class ErrorBanner;
class JsonEditor;
class QComboBox;
class QLabel;
class QLineEdit;
class RunAsPicker;
class RunCaseModel;

//! Adds or edits one run case: name, function, arguments (a JSON array), run as, and what the
//! run should give. Text that does not parse is refused in the form, with where it fails.
class CaseForm : public QDialog
{
    Q_OBJECT
public:
    CaseForm(RunCaseModel *model, const QStringList &functions, const QList<AppUser> &users,
             QWidget *parent = nullptr);

    //! Fills the form; a case with an id is edited in place, one without is added on OK.
    void setCase(const RunCase &runCase);
    //! The case as the fields say (what OK would store).
    RunCase runCase() const;
    //! Checks every field; on a problem says it in the form, focuses the field, returns false.
    bool validate();
    //! The id OK stored the case under (empty until then).
    QString savedId() const { return m_savedId; }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *functionCombo() const { return m_function; }
    JsonEditor *argumentsEditor() const { return m_arguments; }
    RunAsPicker *runAsPicker() const { return m_runAs; }
    QComboBox *expectCombo() const { return m_expect; }
    JsonEditor *expectedEditor() const { return m_expected; }
    QLineEdit *patternEdit() const { return m_pattern; }
    ErrorBanner *problemBanner() const { return m_problem; }

public slots:
    void accept() override;

private:
    void updateExpectFields();
    void showProblem(const QString &text, QWidget *field);
    //! The editor's parse error with its line and column.
    static QString problemOf(const JsonEditor *editor);

    RunCaseModel *m_model;
    QString m_id;
    QString m_savedId;
    QLineEdit *m_name;
    QComboBox *m_function;
    JsonEditor *m_arguments;
    RunAsPicker *m_runAs;
    QComboBox *m_expect;
    QLabel *m_expectedLabel;
    JsonEditor *m_expected;
    QLabel *m_patternLabel;
    QLineEdit *m_pattern;
    ErrorBanner *m_problem;
};
