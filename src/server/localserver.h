#pragma once

#include <functional>

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace stitchlocal {

//! One administrator the server accepts.
struct AdminSpec
{
    enum class Kind {
        ApiKey, //!< logs in with the mongodb-cloud provider: name = public key, secret = private
                //!< key
        UserPassword, //!< logs in with the local provider: name = user name, secret = password
    };
    Kind kind = Kind::ApiKey;
    QString name;
    QString secret;
    QString groupId; //!< 24 hex digits; made when empty
    bool generated = false; //!< made on first start because none was given
    QString provider() const
    {
        return kind == Kind::ApiKey ? QStringLiteral("mongodb-cloud") : QStringLiteral("local");
    }
};

//! What --seed-app / --seed-apps add to the demo app before serving (tests and benchmarks at
//! size): that many functions, values and triggers in it, and that many more apps in its group.
struct SeedAppSpec
{
    int functions = 0;
    int values = 0;
    int triggers = 0;
    int apps = 0;
    bool isEmpty() const { return functions <= 0 && values <= 0 && triggers <= 0 && apps <= 0; }
};

//! How a server runs; the command line of stitch-local maps onto it one to one.
struct ServerOptions
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 7080; //!< 0 picks a free one
    QString dataDir; //!< empty: the user's app data folder
    QList<AdminSpec> admins;
    int tokenTtlSeconds = 1800;
    bool demo = false;
    bool allowRemote = false;
    qint64 maxBodyBytes = 64LL * 1024 * 1024;
    //! Largest hosting upload (PUT .../hosting/assets/asset); such a body is written to a file in
    //! the data folder as it comes, not held in memory. Other requests keep maxBodyBytes.
    qint64 maxUploadBytes = 512LL * 1024 * 1024;
    double functionTimeLimitSeconds = 90; //!< per run: debug runs, webhooks, triggers
    //! The longest a debugger session (POST .../local/debug_runs) may last, paused or not.
    int debugSessionTimeLimitMs = 10 * 60 * 1000;
    double idleTimeoutSeconds = 60; //!< a connection with nothing in progress is closed
    double requestTimeoutSeconds = 30; //!< a request not sent in this long gets 408
    int maxConnections = 256; //!< open at once; past it a new connection gets 503 and is closed
    int seedLogs = 0; //!< synthetic log entries added to every app before serving
    SeedAppSpec seedApp; //!< a large demo app (needs demo)
    //! 0: a deployment is applied before POST .../deployment answers (status "successful" or
    //! "failed" at once). >0: the answer says "pending" and the draft is applied this many
    //! milliseconds later, as the real service does; clients poll GET deployments/{id}.
    int deployDelayMs = 0;
    //! Milliseconds since the epoch for token lifetimes; empty: the system clock. Tests hand in a
    //! clock they move, so that none waits for a token to run out.
    std::function<qint64()> clockMs;

    qint64 nowMs() const;
};

//! Parses stitch-local's arguments (argv[0] first). On failure returns false and sets *error;
//! --help and --version print and set *exitNow.
bool parseServerArguments(const QStringList &arguments, ServerOptions *options, QString *error,
                          bool *exitNow);

class ServerState;

//! The local Admin API server: its store, its routes, its HTTP listener. Lives on one thread.
class LocalServer : public QObject
{
    Q_OBJECT
public:
    explicit LocalServer(const ServerOptions &options, QObject *parent = nullptr);
    ~LocalServer() override;

    //! Opens (or creates) the store, makes the generated admin and the demo app when needed,
    //! and listens. False with *error set when any of that fails.
    bool start(QString *error);
    quint16 port() const;
    //! http://HOST:PORT (no /api/admin/v3.0).
    QUrl rootUrl() const;
    //! Every admin, the generated one included (the console's Local profile signs in with the
    //! first one).
    QList<AdminSpec> admins() const;
    //! Changes ServerOptions::deployDelayMs of a running server (for tests); deployments
    //! already pending keep the delay they were given.
    void setDeployDelayMs(int milliseconds);

private:
    std::unique_ptr<ServerState> m_state;
};

//! Runs a LocalServer on a thread of its own and reports once, on that thread: started with its
//! URL and first admin, or failed with the reason. Destroying it stops the server and joins the
//! thread. LocalServerThread (Qt signals) and the console's module entry (inprocess.h, plain
//! callbacks) both build on it.
class ServerOnThread
{
public:
    using Started = std::function<void(const QUrl &rootUrl, const AdminSpec &admin)>;
    using Failed = std::function<void(const QString &error)>;

    ServerOnThread(const ServerOptions &options, Started started, Failed failed);
    ~ServerOnThread();
    ServerOnThread(const ServerOnThread &) = delete;
    ServerOnThread &operator=(const ServerOnThread &) = delete;

private:
    std::unique_ptr<class QThread> m_thread;
    LocalServer *m_server = nullptr;
};

//! Runs a LocalServer on a thread of its own, so the console's UI thread never does its disk
//! work. Emits started() or failed() once.
class LocalServerThread : public QObject
{
    Q_OBJECT
public:
    explicit LocalServerThread(QObject *parent = nullptr);
    ~LocalServerThread() override; //!< stops the server and joins its thread

    void start(const ServerOptions &options);

signals:
    void started(const QUrl &rootUrl, const stitchlocal::AdminSpec &admin);
    void failed(const QString &error);

private:
    std::unique_ptr<ServerOnThread> m_runner;
};

} // namespace stitchlocal
