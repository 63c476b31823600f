#include "docpanel.h"

#include <api/callchain.h>
#include <session/session.h>
#include <widgets/confirmdialog.h>
#include <widgets/editor/jsoneditor.h>
#include <widgets/errorbanner.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QVBoxLayout>

DocPanel::DocPanel(Session *session, const QString &title, QWidget *parent)
    : Panel(session, ContextChange | AppDataChange, parent)
{
    m_title = new QLabel(title, this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_hint = new QLabel(this);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    m_banner = new ErrorBanner(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_banner);
    m_body = new QVBoxLayout;
    layout->addLayout(m_body, 1);
}

QString DocPanel::groupId() const
{
    const App app = session()->currentApp();
    return app.groupId.isEmpty() ? session()->currentGroupId() : app.groupId;
}

QString DocPanel::appId() const
{
    return session()->currentApp().id;
}

QString DocPanel::hintText() const
{
    return m_hint->text();
}

void DocPanel::setHint(const QString &text)
{
    m_hint->setText(text);
}

void DocPanel::setTitleText(const QString &text)
{
    m_title->setText(text);
}

void DocPanel::track(CallChain *chain, std::function<void()> done, std::function<void()> after)
{
    ++m_pending;
    m_banner->clear();
    busyChanged();
    chain->run([this, done, after](const ApiError &error) {
        --m_pending;
        if (!error.isError()) {
            if (done)
                done();
            session()->notifyAppDataChanged();
        } else if (error.kind != ApiError::Cancelled) {
            m_banner->setRetryVisible(false);
            m_banner->showError(error);
        }
        if (after)
            after();
        busyChanged();
    });
}

void DocPanel::confirm(const QString &title, const QString &question, const QString &action,
                       const QString &typedOnProduction, std::function<void()> yes)
{
    const bool production = session()->profile().tag == Profile::Tag::Production;
    auto *dialog = new ConfirmDialog(title, question, action,
                                     production ? typedOnProduction : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("confirmDialog"));
    connect(dialog, &QDialog::accepted, this, [yes] { yes(); });
    dialog->open();
}

void DocPanel::refuse(const QString &message)
{
    m_banner->setRetryVisible(false);
    m_banner->showMessage(message);
}

QJsonValue DocPanel::objectIn(const JsonEditor *editor)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(editor->text().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return QJsonValue(QJsonValue::Undefined);
    return doc.object();
}
