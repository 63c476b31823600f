// Rows for functions and the debug runs (the functions area). execute_function answers 200 as
// the real service does (WIRE.md), not the reference's 201.
#include "operation.h"

QList<Operation> functionOperations()
{
    return {
        { "POST", "/groups/${groupId}/apps/${appId}/functions",
          R"({"name": "confSum", "source": "exports = (a, b) => a + b;"})", 201,
          "_id,name,source,private,can_evaluate", "functionId=_id" },
        { "GET", "/groups/${groupId}/apps/${appId}/functions", nullptr, 200, "_id,name,private" },
        { "GET", "/groups/${groupId}/apps/${appId}/functions/${functionId}", nullptr, 200,
          "_id,name,source,private,can_evaluate" },
        { "PUT", "/groups/${groupId}/apps/${appId}/functions/${functionId}",
          R"({"name": "confSum", "source": "exports = (a, b) => a + b + 0;", "private": true})",
          200, "_id,name,source,private,can_evaluate" },
        { "POST", "/groups/${groupId}/apps/${appId}/debug/execute_function?run_as_system=true",
          R"({"name": "confSum", "arguments": [1, 2]})", 200, "result,logs,error_logs,stats" },
        { "POST",
          "/groups/${groupId}/apps/${appId}/debug/execute_function_source?run_as_system=true",
          R"json({"source": "exports = (a) => a * 2;", "eval_source": "exports(21)"})json", 200,
          "result,logs,error_logs,stats" },
        { "DELETE", "/groups/${groupId}/apps/${appId}/functions/${functionId}", nullptr, 204, "" },
    };
}
