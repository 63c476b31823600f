#include "namedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

NameDialog::NameDialog(const QString &title, const QString &label, const QString &initial,
                       std::function<QString(const QString &)> problemOf, QWidget *parent)
    : QDialog(parent)
    , m_problemOf(std::move(problemOf))
    , m_edit(new QLineEdit(initial, this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("nameDialog"));
    setWindowTitle(title);
    setAccessibleName(title);
    auto *prompt = new QLabel(label, this);
    prompt->setBuddy(m_edit);
    prompt->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("nameEdit"));
    m_edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_edit->selectAll();
    m_hint->setObjectName(QStringLiteral("nameHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            return;
        accept();
        emit nameChosen(name());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &NameDialog::validate);
    validate();
    // Room for the title in the window frame and for a 64-character name.
    setMinimumWidth(qMax(420, fontMetrics().horizontalAdvance(title) + 160));
}

QString NameDialog::name() const
{
    return m_edit->text().trimmed();
}

QString NameDialog::resourceNameProblem(const QString &name, const QString &emptyText)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (name.isEmpty())
        return emptyText;
    if (name.size() > 64)
        return tr("The name is longer than 64 characters.");
    if (!pattern.match(name).hasMatch())
        return tr("Use only letters A–Z, digits, '_' and '-'.");
    return QString();
}

void NameDialog::validate()
{
    const QString text = name();
    const QString why = m_problemOf(text);
    // Nothing said before anything was typed: an error on an untouched form is noise.
    m_hint->setText(text.isEmpty() ? QString() : why);
    m_hint->setVisible(!why.isEmpty() && !text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}
