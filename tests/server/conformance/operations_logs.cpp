// Rows for the logs: the app's history read (newest first, {logs, nextEndDate, nextSkip}; the
// cursor fields only appear while more entries remain). Placeholders: groupId, appId.
#include "operation.h"

QList<Operation> logsOperations()
{
    return {
        { "GET", "/groups/${groupId}/apps/${appId}/logs", nullptr, 200, "logs" },
    };
}
