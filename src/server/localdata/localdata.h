#pragma once

#include "server/reply.h"
#include "server/store.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace stitchlocal {

class DatabaseTriggerRunner;
class LocalDataProcess;
class ServerState;
struct ServiceCall;

//! One command on a MongoDB service's local documents.
struct DataRequest
{
    QString appId;
    QString serviceId;
    QString op; //!< a command (find, insertOne, ...) or a local data route's (browse, import, ...)
    QJsonObject args; //!< canonical Extended JSON, with database and collection
    //! Set: the call is an end user's, under the rules; {id, data, ...} for %%user. Unset: a
    //! system run or an admin, which bypass them.
    std::optional<QJsonObject> endUser;
};

struct DataReply
{
    QJsonValue result; //!< canonical Extended JSON
    QString errorCode; //!< empty on success
    QString message;
    int status = 200;
    QString decided; //!< what the rules said, for the log; empty for system calls
    QJsonArray lines; //!< an import's bad lines

    bool ok() const { return errorCode.isEmpty(); }
    //! {error, error_code[, lines]} with status
    Reply toReply() const;
};

//! The MongoDB services of a server, backed by one local data process (LocalDataProcess): finds
//! a namespace's rule for end users' calls, hands each write's change events to the database
//! triggers that match them, and answers runs' context.services calls. Lives on the server's
//! thread.
class LocalData : public QObject
{
    Q_OBJECT
public:
    LocalData(ServerState &state, const QString &nodePath, QObject *parent = nullptr);
    ~LocalData() override;

    using Done = std::function<void(const DataReply &)>;
    void execute(const DataRequest &request, QObject *context, Done done);

    //! The app's service called name as adminId sees it (empty: deployed), of any type.
    std::optional<Resource> serviceNamed(const QString &appId, const QString &name,
                                         const QString &adminId) const;
    static bool isMongoService(const Resource &service);

    //! FunctionRuntime::setServiceHandler's handler: a run's service call.
    void serviceCall(const ServiceCall &call, std::function<void(const QJsonObject &)> reply);

    DatabaseTriggerRunner &triggers() { return *m_triggers; }

private:
    QJsonValue ruleFor(const QString &appId, const QString &serviceId, const QString &database,
                       const QString &collection) const;
    QJsonArray triggersFor(const QString &appId, const QString &serviceId, const QString &database,
                           const QString &collection) const;

    ServerState &m_state;
    std::unique_ptr<LocalDataProcess> m_process;
    std::unique_ptr<DatabaseTriggerRunner> m_triggers;
};

} // namespace stitchlocal
