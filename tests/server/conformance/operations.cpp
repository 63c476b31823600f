#include "operation.h"

QList<Operation> coreOperations();
QList<Operation> functionOperations();
QList<Operation> resourceOperations();
QList<Operation> draftsOperations();
QList<Operation> logsOperations();
QList<Operation> closingOperations();
QList<Operation> hostingOperations();
QList<Operation> registrationOperations();
QList<Operation> appdataOperations();
QList<Operation> appSettingsOperations();

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
    all += hostingOperations();
    all += logsOperations();
    all += draftsOperations();
    all += closingOperations();
    return all;
}
