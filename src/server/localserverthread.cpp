#include "localserver.h"

#include <QThread>

namespace stitchlocal {

ServerOnThread::ServerOnThread(const ServerOptions &options, Started started, Failed failed)
    : m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("stitch-local"));
    m_server = new LocalServer(options);
    m_server->moveToThread(m_thread.get());
    LocalServer *server = m_server;
    QObject::connect(m_thread.get(), &QThread::started, server,
                     [server, started = std::move(started), failed = std::move(failed)] {
                         QString error;
                         if (!server->start(&error)) {
                             failed(error);
                             return;
                         }
                         const QList<AdminSpec> admins = server->admins();
                         started(server->rootUrl(),
                                 admins.isEmpty() ? AdminSpec() : admins.first());
                     });
    m_thread->start();
}

ServerOnThread::~ServerOnThread()
{
    if (!m_thread->isRunning()) {
        delete m_server;
        return;
    }
    // The server, its store connection and its listener belong to that thread: they are torn
    // down there.
    LocalServer *server = m_server;
    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

LocalServerThread::LocalServerThread(QObject *parent)
    : QObject(parent)
{
}

LocalServerThread::~LocalServerThread() = default;

void LocalServerThread::start(const ServerOptions &options)
{
    if (m_runner)
        return;
    // The runner reports on the server's thread; the signals are emitted on this object's.
    m_runner = std::make_unique<ServerOnThread>(
        options,
        [this](const QUrl &url, const AdminSpec &admin) {
            QMetaObject::invokeMethod(
                this, [this, url, admin] { emit started(url, admin); }, Qt::QueuedConnection);
        },
        [this](const QString &error) {
            QMetaObject::invokeMethod(
                this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
        });
}

} // namespace stitchlocal
