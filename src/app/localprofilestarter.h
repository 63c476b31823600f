#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QThread;
namespace stitchlocal {
class InProcessServer;
} // namespace stitchlocal

//! Starts the built-in local server for the "Local" profile on a thread of its own, with one
//! API-key admin whose secret is made fresh for each run and kept in memory only. The server's
//! module (localservermodule.h) is loaded on a worker thread, so the window paints meanwhile.
class LocalProfileStarter : public QObject
{
    Q_OBJECT
public:
    explicit LocalProfileStarter(QObject *parent = nullptr);
    ~LocalProfileStarter() override;

    //! Where the server keeps its store; empty means the app data folder + "/local-server".
    void setDataDir(const QString &dir) { m_dataDir = dir; }
    QString dataDir() const;

    bool isRunning() const { return !m_rootUrl.isEmpty(); }
    //! start() was called and the server is not up yet.
    bool isStarting() const { return m_starting; }
    QUrl rootUrl() const { return m_rootUrl; }
    QString adminName() const;

    //! Emits ready() once the server listens (at once when it already does) or failed().
    void start();

signals:
    void ready(const QUrl &rootUrl, const QString &adminName, const QString &secret);
    void failed(const QString &error);

private:
    void onStarted(const QUrl &rootUrl, const QString &groupId);
    void onFailed(const QString &error);
    void onLoaderFinished();

    QString m_dataDir;
    QString m_secret;
    QUrl m_rootUrl;
    bool m_starting = false;
    //! Loads the module and starts the server; hands it over in m_loaded when it ends.
    QThread *m_loader = nullptr;
    stitchlocal::InProcessServer *m_loaded = nullptr;
    std::unique_ptr<stitchlocal::InProcessServer> m_server;
};
