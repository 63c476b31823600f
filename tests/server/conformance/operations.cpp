#include "operation.h"

QList<Operation> coreOperations();
QList<Operation> closingOperations();

QList<Operation> conformanceOperations()
{
    QList<Operation> all = coreOperations();
    // Each area's rows go here, between the core rows and the closing ones.
    all += closingOperations();
    return all;
}
