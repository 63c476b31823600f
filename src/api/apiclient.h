#pragma once

#include "apijob.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QHttpMultiPart;
class QNetworkAccessManager;

//! The console's only door to the Admin API: owns the QNetworkAccessManager, adds the base URL,
//! the bearer token, a transfer timeout and Accept: application/json to every call, and refreshes
//! an expired access token once, however many calls find it expired, replaying each with its body.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    //! Which token a call carries.
    enum class Auth {
        Access, //!< the access token; a 401 InvalidSession triggers one refresh and a replay
        Refresh, //!< the refresh token (POST and DELETE /auth/session)
        None, //!< nothing (provider list, login)
    };

    static constexpr int DefaultTransferTimeoutMs = 30000;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    //! The server root, e.g. https://stitch.mongodb.com or http://127.0.0.1:7080; a trailing
    //! /api/admin/v3.0 is accepted and dropped.
    void setBaseUrl(const QUrl &root);
    QUrl baseUrl() const { return m_root; }
    //! root + /api/admin/v3.0 + each segment, percent-encoded one by one ("a/b" stays one segment).
    QUrl urlFor(const QStringList &segments, const QUrlQuery &query = {}) const;

    void setTokens(const QString &accessToken, const QString &refreshToken);
    void clearTokens();
    QString accessToken() const { return m_accessToken; }
    QString refreshToken() const { return m_refreshToken; }
    bool hasSession() const { return !m_refreshToken.isEmpty(); }

    void setTransferTimeout(int milliseconds);
    int transferTimeout() const { return m_transferTimeoutMs; }

    //! Starts job; the client takes no ownership beyond parenting it until it finishes.
    //! contentType is sent only with a non-empty body. finished() never fires inside send(), so
    //! the caller can connect after it.
    template<typename J>
    J *send(J *job, const QByteArray &body = {}, Auth auth = Auth::Access,
            const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        start(job, body, auth, contentType);
        return job;
    }

    //! Request headers a call adds to the client's own (name, value), e.g. a webhook's
    //! X-Hook-Signature. The client's Authorization and Accept cannot be replaced this way.
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    //! As send(), with extra request headers, sent again with a replay after a token refresh.
    template<typename J>
    J *sendWithHeaders(J *job, const Headers &headers, const QByteArray &body = {},
                       Auth auth = Auth::Access,
                       const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        start(job, body, auth, contentType, {}, headers);
        return job;
    }

    //! Builds a streamed body afresh for each time the call goes out: the first send and the
    //! replay after a token refresh (a device that was read once cannot be sent again). Returns
    //! nullptr, with *why set, when the body cannot be made (a local file vanished or changed):
    //! the job then finishes with ApiError::LocalFile. The client owns what it returns.
    using MultipartFactory = std::function<QHttpMultiPart *(QString *why)>;

    //! As send(), with a multipart body streamed from its parts' devices (a QFile is read as it
    //! is sent, never copied whole into memory). QNetworkAccessManager sets the Content-Type with
    //! the boundary. ApiJob::uploadProgress reports the bytes sent.
    template<typename J> J *sendMultipart(J *job, MultipartFactory makeBody, Auth auth = Auth::Access)
    {
        startMultipart(job, std::move(makeBody), auth);
        return job;
    }

    //! Calls in flight, refresh included; for the status bar's activity light.
    int activeCalls() const { return m_activeCalls; }
    //! The server software named by the last answer's `Server` header (e.g. "stitch-local/0.1.0"),
    //! or empty when no answer named one.
    QString serverSoftware() const { return m_serverSoftware; }
    //! How many refreshes this client has made (tests count them).
    int refreshCount() const { return m_refreshCount; }

signals:
    void accessTokenChanged(const QString &accessToken);
    //! The refresh failed: the session is over; the UI returns to sign-in, keeping unsaved work.
    void sessionExpired(const ApiError &error);
    void activeCallsChanged(int count);

private:
    struct Pending;
    void start(ApiJob *job, const QByteArray &body, Auth auth, const QByteArray &contentType,
               MultipartFactory multipart = {}, const Headers &headers = {});
    void startMultipart(ApiJob *job, MultipartFactory makeBody, Auth auth);
    void dispatch(Pending pending);
    void onReplyFinished(Pending pending, class QNetworkReply *reply);
    void beginRefresh();
    void endRefresh(bool ok, const ApiError &error);
    void setActiveCalls(int count);

    QNetworkAccessManager *m_network;
    QUrl m_root;
    QString m_accessToken;
    QString m_refreshToken;
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
    bool m_refreshing = false;
    QList<Pending> *m_waitingForRefresh; // heap-held so this header needs no definition of Pending
    int m_activeCalls = 0;
    QString m_serverSoftware;
    int m_refreshCount = 0;
};
