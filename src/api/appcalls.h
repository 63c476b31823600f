#pragma once

#include "apijob.h"
#include "types.h"

class ApiClient;

//! Application-level APIs: /groups/{groupId}/apps[/{appId}[/export]].
namespace appcalls {
Job<QList<App>> *list(ApiClient &client, const QString &groupId);
Job<App> *create(ApiClient &client, const QString &groupId, const NewApp &app);
Job<App> *get(ApiClient &client, const QString &groupId, const QString &appId);
ApiJob *remove(ApiClient &client, const QString &groupId, const QString &appId);
//! The zip is body(); the suggested file name is exportFileName(job). Emits downloadProgress.
ApiJob *exportZip(ApiClient &client, const QString &groupId, const QString &appId);
//! The file name from Content-Disposition, or "<appId>.zip" when there is none or it is unsafe.
QString exportFileName(const ApiJob &job, const QString &appId);
//! The same from a Content-Disposition value; pure, for tests.
QString exportFileName(const QByteArray &contentDisposition, const QString &appId);
} // namespace appcalls
