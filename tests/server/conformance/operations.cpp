#include "operation.h"

QList<Operation> coreOperations();
QList<Operation> closingOperations();
QList<Operation> draftsOperations();
QList<Operation> logsOperations();

QList<Operation> conformanceOperations()
{
    QList<Operation> all = coreOperations();
    // Each area's rows go here, between the core rows and the closing ones.
    all += draftsOperations();
    all += logsOperations();
    all += closingOperations();
    return all;
}
