#include "serverfeatures.h"

#include <api/featurecalls.h>
#include <session/session.h>

ServerFeatures::ServerFeatures(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // A new sign-in may be another server: forget, and let whoever reads next ask again.
    connect(session, &Session::signedIn, this, &ServerFeatures::forget);
    connect(session, &Session::signedOut, this, &ServerFeatures::forget);
    connect(session, &Session::sessionEnded, this, &ServerFeatures::forget);
}

ServerFeatures::~ServerFeatures()
{
    ApiJob::abandonFor(this, m_job);
}

void ServerFeatures::wantAnswer() const
{
    if (m_asked || !m_session->isSignedIn())
        return;
    m_asked = true;
    // Reading is const and may happen mid-paint: the question goes out from the event loop.
    QMetaObject::invokeMethod(const_cast<ServerFeatures *>(this), &ServerFeatures::refresh,
                              Qt::QueuedConnection);
}

bool ServerFeatures::isKnown() const
{
    wantAnswer();
    return m_known;
}

bool ServerFeatures::has(const QString &feature) const
{
    wantAnswer();
    return m_known && m_features.contains(feature);
}

QStringList ServerFeatures::features() const
{
    wantAnswer();
    return m_features;
}

QString ServerFeatures::whyAbsent(const QString &feature) const
{
    if (has(feature))
        return {};
    if (!m_session->isSignedIn())
        return tr("Sign in first.");
    if (!m_known && !m_error.isError())
        return tr("Asking the server what it offers…");
    if (m_error.isError() && m_error.httpStatus != 404)
        return tr("Could not ask the server what it offers: %1").arg(m_error.summary());
    if (m_error.httpStatus == 404)
        return tr("This server does not offer it: it is an extension of stitch-local, the "
                  "console's local server.");
    return tr("This version of stitch-local does not offer it.");
}

void ServerFeatures::refresh()
{
    if (!m_session->isSignedIn())
        return;
    ApiJob::abandonFor(this, m_job);
    m_asked = true;
    m_known = false;
    m_features.clear();
    m_error = ApiError();
    auto *job = featurecalls::list(*m_session->client());
    m_job = job;
    job->onFinished(this, [this](Job<QStringList> *job) {
        m_job = nullptr;
        if (job->ok()) {
            m_features = job->result();
            m_known = true;
        } else {
            // 404 is the cloud: the route is not there, so neither is any extension (known).
            m_known = job->error().httpStatus == 404;
            m_error = job->error();
        }
        emit changed();
    });
    emit changed();
}

void ServerFeatures::forget()
{
    ApiJob::abandonFor(this, m_job);
    m_asked = false;
    m_known = false;
    m_features.clear();
    m_error = ApiError();
    emit changed();
}
