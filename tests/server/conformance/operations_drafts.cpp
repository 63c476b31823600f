// Rows for drafts and deployments: a draft made, read, diffed and deployed; the deployment read
// back; a second draft discarded. Placeholders: groupId, appId (see operations_core.cpp).
#include "operation.h"

namespace {
constexpr const char *kDraftFields = "_id,user_id,app";
constexpr const char *kDeploymentFields = "_id,app_id,draft_id,user_id,deployed_at,origin,commit,"
                                          "status,status_error_message,diff_url";
} // namespace

QList<Operation> draftsOperations()
{
    return {
        { "POST", "/groups/${groupId}/apps/${appId}/drafts", nullptr, 201, kDraftFields,
          "draftId=_id" },
        { "GET", "/groups/${groupId}/apps/${appId}/drafts", nullptr, 200, kDraftFields },
        { "GET", "/groups/${groupId}/apps/${appId}/drafts/${draftId}", nullptr, 200, kDraftFields },
        { "GET", "/groups/${groupId}/apps/${appId}/drafts/${draftId}/diff", nullptr, 200,
          "diffs,hosting_files_diff" },
        { "POST", "/groups/${groupId}/apps/${appId}/drafts/${draftId}/deployment", nullptr, 201,
          kDeploymentFields, "deploymentId=_id" },
        { "GET", "/groups/${groupId}/apps/${appId}/deployments", nullptr, 200, kDeploymentFields },
        { "GET", "/groups/${groupId}/apps/${appId}/deployments/${deploymentId}", nullptr, 200,
          kDeploymentFields },
        { "POST", "/groups/${groupId}/apps/${appId}/drafts", nullptr, 201, kDraftFields,
          "discardId=_id" },
        { "DELETE", "/groups/${groupId}/apps/${appId}/drafts/${discardId}", nullptr, 204, "" },
    };
}
