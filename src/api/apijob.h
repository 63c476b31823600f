#pragma once

#include "apierror.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkReply;
class ApiClient;

//! One Admin API call in flight: emits finished() exactly once, then deletes itself later.
//!
//! After finished(), exactly one of ok() or error().isError() holds. A caller that no longer cares
//! calls abandon(): the request is aborted and finished() fires once more with kind Cancelled, so
//! code waiting on it is never left hanging.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ~ApiJob() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray body() const { return m_body; }
    //! The body as JSON; a null document when it was empty or not JSON.
    QJsonDocument json() const;
    QByteArray responseHeader(const QByteArray &name) const;
    QString method() const { return m_method; }
    QUrl url() const { return m_url; }

    void abandon();

    //! Calls done(this) when the call has finished, unless context is gone by then. Returns this,
    //! so a call reads `calls::get(...)->onFinished(this, [](ApiJob *job) { ... })`.
    template<typename F> ApiJob *onFinished(QObject *context, F done)
    {
        connect(this, &ApiJob::finished, context, [this, done]() mutable { done(this); });
        return this;
    }

    //! Abandons the call held in job, if any, and empties job. receiver is disconnected first:
    //! the Cancelled finish of a call it dropped is not news to it.
    static void abandonFor(QObject *receiver, QPointer<ApiJob> &job);

signals:
    void finished(ApiJob *job);
    void downloadProgress(qint64 received, qint64 total);
    void uploadProgress(qint64 sent, qint64 total);

protected:
    ApiJob(const QString &method, const QUrl &url, QObject *parent = nullptr);
    //! Turns a 2xx body into the call's result; returns false and sets *why when it cannot.
    virtual bool decode(const QByteArray &body, QString *why);

private:
    friend class ApiClient;
    void finish(int httpStatus, const QByteArray &body, const ApiError &error,
                const QList<QPair<QByteArray, QByteArray>> &headers);

    QString m_method;
    QUrl m_url;
    QByteArray m_body;
    ApiError m_error;
    int m_httpStatus = 0;
    bool m_finished = false;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QPointer<QNetworkReply> m_reply;
};

//! A call whose 2xx body is taken as it is: an empty 204, or a download such as an export zip.
class RawJob : public ApiJob
{
    Q_OBJECT
public:
    RawJob(const QString &method, const QUrl &url, QObject *parent = nullptr)
        : ApiJob(method, url, parent)
    {
    }
};

//! A call whose 2xx body decodes into a T through a pure parse function.
template<typename T> class Job : public ApiJob
{
public:
    //! Returns the value, or sets *why when the JSON is not of the expected shape.
    using Parser = std::function<T(const QJsonDocument &, QString *why)>;

    Job(const QString &method, const QUrl &url, Parser parser, QObject *parent = nullptr)
        : ApiJob(method, url, parent)
        , m_parser(std::move(parser))
    {
    }
    const T &result() const { return m_result; }

    //! As ApiJob::onFinished, with the typed job: done(Job<T> *job) reads job->result() directly.
    template<typename F> Job *onFinished(QObject *context, F done)
    {
        QObject::connect(this, &ApiJob::finished, context,
                         [this, done]() mutable { done(this); });
        return this;
    }

protected:
    bool decode(const QByteArray &body, QString *why) override
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *why = parseError.errorString();
            return false;
        }
        why->clear();
        m_result = m_parser(doc, why);
        return why->isEmpty();
    }

private:
    Parser m_parser;
    T m_result {};
};
