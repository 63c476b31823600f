#include "signinadvice.h"

#include "profile.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

//! Gives tr() the context "SignInAdvice", which lupdate sees (a free tr() it does not).
struct SignInAdvice
{
    Q_DECLARE_TR_FUNCTIONS(SignInAdvice)
public:
    static ApiError advise(ApiError error, const Profile &profile, const QUrl &baseUrl);
};

bool answeredWithAWebPage(const ApiError &error)
{
    const QByteArray start = error.bodySample.trimmed().left(64).toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html")
        || start.startsWith("<?xml") || start.startsWith("<head") || start.startsWith("<body");
}

} // namespace

ApiError signInAdvice(ApiError error, const Profile &profile, const QUrl &baseUrl)
{
    return SignInAdvice::advise(std::move(error), profile, baseUrl);
}

ApiError SignInAdvice::advise(ApiError error, const Profile &profile, const QUrl &baseUrl)
{
    const QString where = baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    switch (error.kind) {
    case ApiError::Network:
        error.message = tr("Could not connect to %1 — is the server running?").arg(where);
        return error;
    case ApiError::Timeout:
        error.message = tr("%1 did not answer in time — is the address right and the server "
                           "running?")
                                .arg(where);
        return error;
    default:
        break;
    }
    if (error.kind == ApiError::Parse || answeredWithAWebPage(error)) {
        error.message = tr("%1 did not answer as a Stitch Admin API: check the server address "
                           "(the part before /api/admin/v3.0).")
                                .arg(where);
        return error;
    }
    if (error.httpStatus == 401 || error.httpStatus == 403) {
        error.message = profile.provider == QLatin1String("mongodb-cloud")
            ? tr("The public or private API key is wrong.")
            : tr("The user name or password is wrong.");
    }
    return error;
}
