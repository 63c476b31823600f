#pragma once

#include "appcompare.h"

#include <api/apierror.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>

class ApiClient;
class ApiJob;
class AppReader;

namespace appcode {

//! One API call of a push.
struct PlannedCall
{
    enum Op { Create, Update, Delete, Upload, SetAttributes, SetOrigins };
    enum Outcome { NotRun, Done, Failed };
    Op op = Create;
    Kind kind = Kind::Function;
    QString key; //!< the resource's key; empty for SetOrigins
    QString name;
    Outcome outcome = NotRun;
    QString error; //!< why it failed

    //! "Create function sum", "Upload hosting file /index.html", ...
    QString description() const;
    //! "done", "FAILED: …", "not run".
    QString outcomeText() const;
};

//! The calls that make current match wanted, in an order the server accepts: triggers go
//! before the functions they name are deleted and after those they name are created; services
//! before their rules and webhooks. Problems (a trigger naming a function neither side has)
//! are returned in *problems. Pure: a dry run shows this list.
QList<PlannedCall> plan(const Snapshot &current, const Snapshot &wanted,
                        const Comparison &comparison, QStringList *problems = nullptr);

} // namespace appcode

//! Runs a push inside a draft of the target app: reads the target again and refuses when it
//! changed since the comparison, starts a draft when the admin has none, then makes the calls
//! one after another; the first failure stops it and every call keeps its outcome (the draft
//! holds what landed; a new comparison and push completes it). No calls, no draft.
class AppPusher : public QObject
{
    Q_OBJECT
public:
    AppPusher(ApiClient *client, const QString &groupId, const QString &appId,
              QObject *parent = nullptr);
    ~AppPusher() override;

    //! expectedFingerprint: Comparison::currentFingerprint of the comparison the calls came from.
    void start(const appcode::Snapshot &wanted, const QList<appcode::PlannedCall> &calls,
               const QByteArray &expectedFingerprint);
    bool isRunning() const { return m_running; }
    //! Without a draft (watch mode's development loop): the calls go to the app as they are,
    //! or into a draft the admin already has.
    void setUseDraft(bool useDraft) { m_useDraft = useDraft; }

    const QList<appcode::PlannedCall> &calls() const { return m_calls; }
    //! Set when the push did not complete (stale target, a failed call, no draft).
    ApiError error() const { return m_error; }
    //! The target changed since the comparison: nothing was sent.
    bool isStale() const { return m_stale; }
    QString draftId() const { return m_draftId; }
    int writeCount() const { return m_writes; }
    qint64 bytesSent() const { return m_bytesSent; }
    int readCount() const { return m_reads; }

signals:
    void progress(int done, int total);
    void finished();

private:
    void checkTarget();
    void ensureDraft();
    void next();
    ApiJob *startCall(appcode::PlannedCall &call);
    ApiJob *send(const QString &method, const QStringList &path, const QJsonObject &body);
    void end(const ApiError &error);
    QString idOf(const QString &key) const { return m_ids.value(key); }
    QString localFileFor(const appcode::Resource &resource, QString *error);

    ApiClient *m_client;
    QString m_groupId;
    QString m_appId;
    appcode::Snapshot m_wanted;
    QList<appcode::PlannedCall> m_calls;
    QByteArray m_expected;
    QHash<QString, QString> m_ids; //!< key → id on the target (read, then created)
    QHash<QString, appcode::Resource> m_current;
    AppReader *m_reader = nullptr;
    QPointer<ApiJob> m_job;
    std::unique_ptr<QTemporaryDir> m_temp;
    ApiError m_error;
    QString m_draftId;
    bool m_running = false;
    bool m_useDraft = true;
    bool m_stale = false;
    int m_next = 0;
    int m_writes = 0;
    int m_reads = 0;
    qint64 m_bytesSent = 0;
};
