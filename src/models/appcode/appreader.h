#pragma once

#include "appsnapshot.h"

#include <api/apierror.h>

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

class ApiClient;
class ApiJob;

//! Reads an app through the Admin API into a Snapshot: its functions, values, triggers, auth
//! providers, services with their rules and incoming webhooks, hosting assets (their contents
//! only when asked) and stitch.json. A few calls run at once; the first failure ends the read.
class AppReader : public QObject
{
    Q_OBJECT
public:
    AppReader(ApiClient *client, const QString &groupId, const QString &appId,
              QObject *parent = nullptr);
    ~AppReader() override;

    //! Download the hosting files' contents too (a pull), except those whose hash \a have
    //! (path → MD5, e.g. the folder's) already holds.
    void setWithContents(bool withContents, const QHash<QString, QString> &have = {});
    void start();
    void abandon();
    bool isRunning() const { return m_running; }

    const appcode::Snapshot &snapshot() const { return m_snapshot; }
    ApiError error() const { return m_error; }
    int callCount() const { return m_calls; }
    qint64 bytesReceived() const { return m_bytes; }

signals:
    void progress(int done, int total);
    //! Once, at the end: error() says whether it worked.
    void finished();

private:
    template<typename Start, typename Take> void fetch(Start start, Take take);
    void pump();
    void fail(const ApiError &error);
    void finish();
    void add(appcode::Resource resource);
    void readService(const QString &id, const QString &name, const QString &type);
    //! Lists path, then reads each item whole.
    void readEach(appcode::Kind kind, const QStringList &path, const QString &service);

    ApiClient *m_client;
    QString m_groupId;
    QString m_appId;
    bool m_withContents = false;
    QHash<QString, QString> m_have;
    appcode::Snapshot m_snapshot;
    ApiError m_error;
    std::deque<std::function<void()>> m_queue;
    QList<QPointer<ApiJob>> m_inFlight;
    bool m_running = false;
    int m_calls = 0;
    int m_done = 0;
    qint64 m_bytes = 0;
};
