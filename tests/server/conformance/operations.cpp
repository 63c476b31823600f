#include "operation.h"

#include <QByteArray>

QList<Operation> coreOperations();
QList<Operation> functionOperations();
QList<Operation> resourceOperations();
QList<Operation> draftsOperations();
QList<Operation> logsOperations();
QList<Operation> closingOperations();
QList<Operation> hostingOperations();
QList<Operation> registrationOperations();
QList<Operation> appdataOperations();
QList<Operation> clientOperations();
QList<Operation> appSettingsOperations();

const char *appPath(const char *rest)
{
    // The rows keep their paths for the whole walk; the strings live as long as the process.
    static QList<QByteArray> paths;
    paths.append(QByteArrayLiteral("/groups/${groupId}/apps/${appId}") + rest);
    return paths.last().constData();
}

QList<Operation> conformanceOperations()
{
    QList<Operation> all = coreOperations();
    // Each area's rows go between the core rows and the closing ones. Drafts come last: once a
    // draft exists, configuration writes land in it, so the other areas write the deployed state.
    all += functionOperations();
    all += resourceOperations();
    all += appSettingsOperations();
    all += appdataOperations();
    all += registrationOperations();
    all += clientOperations();
    all += hostingOperations();
    all += logsOperations();
    all += draftsOperations();
    all += closingOperations();
    return all;
}
