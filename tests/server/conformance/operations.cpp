#include "operation.h"

QList<Operation> coreOperations();
QList<Operation> closingOperations();
QList<Operation> functionOperations();

QList<Operation> conformanceOperations()
{
    QList<Operation> all = coreOperations();
    // Each area's rows go here, between the core rows and the closing ones.
    all += functionOperations();
    all += closingOperations();
    return all;
}
