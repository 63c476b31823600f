#include "createappdialog.h"
#include "ui_createappdialog.h"

#include <widgets/namedialog.h>

#include <QPushButton>

CreateAppDialog::CreateAppDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateAppDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("createAppDialog"));

    struct Region
    {
        const char *code;
        const char *name;
    };
    static const Region regions[] = {
        { "US-VA", QT_TR_NOOP("Virginia, USA") },
        { "US-OR", QT_TR_NOOP("Oregon, USA") },
        { "US-OH", QT_TR_NOOP("Ohio, USA") },
        { "IE", QT_TR_NOOP("Ireland") },
        { "DE-FF", QT_TR_NOOP("Frankfurt, Germany") },
        { "GB", QT_TR_NOOP("London, UK") },
        { "AU", QT_TR_NOOP("Sydney, Australia") },
        { "IN-MB", QT_TR_NOOP("Mumbai, India") },
        { "SG", QT_TR_NOOP("Singapore") },
    };
    for (const Region &region : regions) {
        const QString code = QString::fromLatin1(region.code);
        m_ui->locationCombo->addItem(QStringLiteral("%1 (%2)").arg(code, tr(region.name)), code);
    }
    m_ui->modelCombo->addItem(tr("Global"), QStringLiteral("GLOBAL"));
    m_ui->modelCombo->addItem(tr("Local (single region)"), QStringLiteral("LOCAL"));

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Create"));
    ok->setAccessibleName(tr("Create"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CreateAppDialog::validate);
    validate();
    setMinimumWidth(420);
}

CreateAppDialog::~CreateAppDialog() = default;

NewApp CreateAppDialog::newApp() const
{
    NewApp app;
    app.name = m_ui->nameEdit->text().trimmed();
    app.location = m_ui->locationCombo->currentData().toString();
    app.deploymentModel = m_ui->modelCombo->currentData().toString();
    return app;
}

// The service's rule for app names: ASCII letters, digits, '_' and '-', at most 64 of them.
QString CreateAppDialog::checkName(const QString &name)
{
    return NameDialog::resourceNameProblem(name, tr("Enter a name for the app."));
}

void CreateAppDialog::validate()
{
    const QString text = m_ui->nameEdit->text().trimmed();
    const QString why = checkName(text);
    // Say nothing before the user typed anything: an error on an untouched form is noise.
    m_ui->nameHint->setText(text.isEmpty() ? QString() : why);
    m_ui->nameHint->setVisible(!why.isEmpty() && !text.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}
