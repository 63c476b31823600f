#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace stitchlocal {
class LocalServerThread;
struct AdminSpec;
} // namespace stitchlocal

//! Starts the built-in local server for the "Local" profile on a thread of its own, with one
//! API-key admin whose secret is made fresh for each run and kept in memory only.
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
    void onStarted(const QUrl &rootUrl, const stitchlocal::AdminSpec &admin);

    QString m_dataDir;
    QString m_secret;
    QUrl m_rootUrl;
    bool m_starting = false;
    std::unique_ptr<stitchlocal::LocalServerThread> m_thread;
};
