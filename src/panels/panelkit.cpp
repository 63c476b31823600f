#include "panelkit.h"

#include <api/apierror.h>
#include <session/session.h>
#include <widgets/errorbanner.h>

#include <QCoreApplication>
#include <QSettings>
#include <QSplitter>

namespace panelkit {

QString groupOf(Session *session)
{
    const App app = session->currentApp();
    return app.groupId.isEmpty() ? session->currentGroupId() : app.groupId;
}

void showError(ErrorBanner *banner, const ApiError &error)
{
    if (error.kind == ApiError::Cancelled || !error.isError())
        return;
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("PanelErrors", text);
    };
    const QString code = error.errorCode;
    QString sentence;
    if (code == QLatin1String("AccountNameInUse"))
        sentence = tr("A user with this email already exists.");
    else if (code == QLatin1String("APIKeyAlreadyExists"))
        sentence = tr("An API key with this name already exists: choose another name.");
    else if (code == QLatin1String("UserNotFound"))
        sentence = tr("That user or registration is gone: it was deleted or confirmed "
                      "elsewhere. Refresh to see the current list.");
    else if (code == QLatin1String("APIKeyNotFound"))
        sentence = tr("That API key is gone: it was deleted elsewhere. Refresh to see the "
                      "current list.");
    else if (code == QLatin1String("UserAlreadyConfirmed"))
        sentence = tr("That registration is confirmed already: the user is in Users.");
    else if (code == QLatin1String("InvalidParameter") || code == QLatin1String("BadRequest"))
        sentence = tr("The server refused the input: %1").arg(error.message);
    if (sentence.isEmpty()) {
        banner->showError(error);
        return;
    }
    banner->showMessage(sentence + QLatin1Char(' ') + QStringLiteral("(%1)").arg(code),
                        error.details());
}

bool rememberSplitter(QSplitter *splitter, const QString &key)
{
    const QByteArray saved = QSettings().value(key).toByteArray();
    const bool restored = !saved.isEmpty() && splitter->restoreState(saved);
    // Only a move by the user is saved: the sizes a layout pass gives are not a choice.
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, key] { QSettings().setValue(key, splitter->saveState()); });
    return restored;
}

} // namespace panelkit
