#include "saveconflictdialog.h"

#include <widgets/editor/diffview.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SaveConflictDialog::SaveConflictDialog(Mode mode, const QString &functionName, const QString &mine,
                                       const QString &server, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_text(new QLabel(this))
    , m_diff(new DiffView(this))
{
    setObjectName(QStringLiteral("saveConflictDialog"));
    auto *layout = new QVBoxLayout(this);
    m_text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    if (mode == Mode::Conflict) {
        setWindowTitle(tr("Function Changed on the Server"));
        m_text->setText(tr("“%1” was changed on the server since you opened it. Compare the two "
                           "versions and choose which one to keep.")
                            .arg(functionName));
        m_keepMine = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::AcceptRole);
        m_keepMine->setToolTip(tr("Save your version over the server's"));
        m_takeServer
            = buttons->addButton(tr("&Take the Server's"), QDialogButtonBox::DestructiveRole);
        m_takeServer->setToolTip(tr("Replace your buffer with the server's version"));
    } else {
        setWindowTitle(tr("Recovered Unsaved Changes"));
        m_text->setText(tr("Unsaved changes to “%1” were found from an earlier session that "
                           "did not end normally.")
                            .arg(functionName));
        m_keepMine = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
        m_keepMine->setToolTip(tr("Open the recovered buffer in an editor tab"));
        m_takeServer = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
        m_takeServer->setToolTip(tr("Forget the recovered buffer"));
    }
    m_cancel = buttons->addButton(mode == Mode::Conflict ? tr("Cancel") : tr("&Later"),
                                  QDialogButtonBox::RejectRole);
    m_keepMine->setAccessibleName(m_keepMine->text().remove(QLatin1Char('&')));
    m_takeServer->setAccessibleName(m_takeServer->text().remove(QLatin1Char('&')));
    m_cancel->setAccessibleName(m_cancel->text().remove(QLatin1Char('&')));
    m_text->setAccessibleName(windowTitle());
    m_diff->setAccessibleName(tr("Your version and the server's version"));
    m_diff->setTitles(mode == Mode::Conflict ? tr("Your version") : tr("Recovered buffer"),
                      server.isNull() ? tr("Server version (deleted)") : tr("Server version"));
    m_diff->setTexts(mine, server);

    layout->addWidget(m_text);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { done(KeepMine); });
    connect(m_takeServer, &QPushButton::clicked, this, [this] { done(TakeServer); });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_cancel->setDefault(true);
    resize(900, 560);
}
