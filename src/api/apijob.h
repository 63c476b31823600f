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

    //! Answers at least this large are decoded on a pool thread: parsing a 1,000-trigger list on
    //! the UI thread stalled the window for a tenth of a second. Smaller ones decode at once.
    static constexpr qsizetype BackgroundDecodeBytes = 32 * 1024;
    //! The second half of a background decode, run on the job's own thread: stores the result
    //! (or returns false and sets *why).
    using DecodeCommit = std::function<bool(QString *why)>;
    //! Work that decodes body on a pool thread and returns the commit step; touches nothing of the
    //! job but what it captured by value. Empty: decode() runs on the job's thread instead.
    virtual std::function<DecodeCommit()> backgroundDecode(const QByteArray &body);

private:
    friend class ApiClient;
    void finish(int httpStatus, const QByteArray &body, const ApiError &error,
                const QList<QPair<QByteArray, QByteArray>> &headers);
    void setParseError(const QString &why);
    void complete();

    QString m_method;
    QUrl m_url;
    QByteArray m_body;
    ApiError m_error;
    int m_httpStatus = 0;
    bool m_finished = false;
    bool m_decoding = false;
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
        m_result = parseBody(m_parser, body, why);
        return why->isEmpty();
    }

    std::function<DecodeCommit()> backgroundDecode(const QByteArray &body) override
    {
        if (body.size() < BackgroundDecodeBytes)
            return {};
        // The pool thread sees copies only; the commit runs later on the job's thread, and only
        // while the job lives (its watcher is the job's child).
        return [this, parser = m_parser, body]() -> DecodeCommit {
            QString why;
            T value = parseBody(parser, body, &why);
            return [this, value = std::move(value), why](QString *out) mutable {
                *out = why;
                if (!why.isEmpty())
                    return false;
                m_result = std::move(value);
                return true;
            };
        };
    }

private:
    static T parseBody(const Parser &parser, const QByteArray &body, QString *why)
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *why = parseError.errorString();
            return T {};
        }
        why->clear();
        return parser(doc, why);
    }

    Parser m_parser;
    T m_result {};
};
