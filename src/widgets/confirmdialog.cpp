#include "confirmdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

ConfirmDialog::ConfirmDialog(const QString &title, const QString &question,
                             const QString &actionText, const QString &requiredText,
                             QWidget *parent)
    : QDialog(parent)
    , m_requiredText(requiredText)
{
    setObjectName(QStringLiteral("confirmDialog"));
    setWindowTitle(title);
    setAccessibleName(title);

    auto *icon = new QLabel(this);
    const int side = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(side, side));
    icon->setAlignment(Qt::AlignTop);

    m_question = new QLabel(question, this);
    m_question->setWordWrap(true);
    m_question->setObjectName(QStringLiteral("confirmQuestion"));
    m_question->setAccessibleName(tr("Question"));

    auto *text = new QVBoxLayout;
    text->addWidget(m_question);
    if (!m_requiredText.isEmpty()) {
        auto *hint = new QLabel(tr("This profile is tagged production. Type <b>%1</b> to confirm.")
                                    .arg(m_requiredText.toHtmlEscaped()),
                                this);
        hint->setWordWrap(true);
        hint->setTextFormat(Qt::RichText);
        m_input = new QLineEdit(this);
        m_input->setObjectName(QStringLiteral("confirmInput"));
        m_input->setAccessibleName(tr("Name to confirm"));
        m_input->setPlaceholderText(m_requiredText);
        hint->setBuddy(m_input);
        text->addWidget(hint);
        text->addWidget(m_input);
        connect(m_input, &QLineEdit::textChanged, this, &ConfirmDialog::updateOk);
    }
    text->addStretch();

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(actionText);
    ok->setAccessibleName(actionText);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    // A destructive action is never the default: Enter must not delete by accident.
    ok->setAutoDefault(false);
    ok->setDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(m_requiredText.isEmpty());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_buttons);
    setMinimumWidth(380);
    updateOk();
}

bool ConfirmDialog::isOkEnabled() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void ConfirmDialog::updateOk()
{
    const bool ok = !m_input || m_input->text() == m_requiredText;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

ConfirmDialog *ConfirmDialog::askToDelete(QWidget *parent, const Deletion &deletion,
                                          std::function<void()> accepted)
{
    auto *dialog = new ConfirmDialog(deletion.title, deletion.question, tr("Delete"),
                                     deletion.requiredText, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(deletion.objectName);
    connect(dialog, &QDialog::accepted, dialog, std::move(accepted));
    dialog->open();
    return dialog;
}

QString ConfirmDialog::nameList(const QStringList &names)
{
    // A question that lists a thousand names no longer fits on the screen or in anyone's head.
    constexpr int MaxListed = 12;
    return names.mid(0, MaxListed).join(QLatin1String(", "))
        + (names.size() > MaxListed ? QStringLiteral(", …") : QString());
}
