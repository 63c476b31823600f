#include "localserver.h"

#include <QThread>

namespace stitchlocal {

LocalServerThread::LocalServerThread(QObject *parent)
    : QObject(parent)
{
}

LocalServerThread::~LocalServerThread()
{
    if (!m_thread)
        return;
    if (m_thread->isRunning()) {
        // The server, its store connection and its listener belong to that thread: they are
        // torn down there.
        LocalServer *server = m_server;
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
}

void LocalServerThread::start(const ServerOptions &options)
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("stitch-local"));
    m_server = new LocalServer(options);
    m_server->moveToThread(m_thread);
    LocalServer *server = m_server;
    connect(m_thread, &QThread::started, server, [this, server] {
        QString error;
        if (server->start(&error)) {
            const QUrl url = server->rootUrl();
            const QList<AdminSpec> admins = server->admins();
            const AdminSpec admin = admins.isEmpty() ? AdminSpec() : admins.first();
            QMetaObject::invokeMethod(
                this, [this, url, admin] { emit started(url, admin); }, Qt::QueuedConnection);
        } else {
            QMetaObject::invokeMethod(
                this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
        }
    });
    m_thread->start();
}

} // namespace stitchlocal
