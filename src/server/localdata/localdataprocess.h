#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <map>

class QProcess;

namespace stitchlocal {

//! The one Node.js data process of a server (resources/datastore/datastore.js): every MongoDB
//! service's documents, query semantics and rules. Requests go out as JSON lines once the process
//! has said it is ready, and are answered one at a time in the order sent (the process commits
//! each write before it reads the next request), so replies arrive in commit order. A process
//! that dies fails what is in flight with InternalServerError; the next request starts a new one.
//! Lives on the server's thread; never blocks it.
class LocalDataProcess : public QObject
{
    Q_OBJECT
public:
    LocalDataProcess(const QString &nodePath, const QString &scriptDir, const QString &dataRoot,
                     QObject *parent = nullptr);
    ~LocalDataProcess() override;

    using Callback = std::function<void(const QJsonObject &reply)>;
    //! Sends message (an "id" is added) and calls done with the reply, later from the event loop,
    //! unless context is gone by then.
    void request(QJsonObject message, QObject *context, Callback done);

    //! Where datastore.js and its node_modules are: $STITCH_DATASTORE_DIR, else the installed
    //! share/stitch-console/datastore beside the binary's prefix, else the source tree's.
    static QString findScriptDir();

private:
    void start();
    void readReplies();
    void finished();
    void failAll(const QString &message);

    QString m_nodePath;
    QString m_scriptDir;
    QString m_dataRoot;
    QProcess *m_process = nullptr;
    bool m_ready = false;
    QList<QByteArray> m_queue;
    QByteArray m_stdout;
    QByteArray m_stderrTail;
    quint64 m_lastId = 0;
    struct Pending
    {
        QPointer<QObject> context;
        Callback done;
    };
    std::map<quint64, Pending> m_pending;
};

} // namespace stitchlocal
