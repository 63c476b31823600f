#pragma once

#include "apijob.h"

#include <QList>
#include <QString>

class ApiClient;
class QJsonDocument;

//! One package of an app's uploaded node_modules.
struct DependencyPackage
{
    QString name; //!< "lodash", "@scope/name"
    QString version;
};

//! Dependencies APIs (beyond the reference, same API version): /groups/{groupId}/apps/{appId}/
//! dependencies. The upload answers 204 at once; a deployment of origin "dependencies" tells
//! how the unpacking went (draftcalls::deployments).
namespace dependencycalls {
//! GET .../dependencies, decoded to its dependencies_list.
Job<QList<DependencyPackage>> *list(ApiClient &client, const QString &groupId,
                                    const QString &appId);
//! POST .../dependencies: a multipart form whose field "file" is streamed from localFile (a
//! .zip, .tar, .tar.gz or .tgz of a node_modules folder). ApiJob::uploadProgress reports it.
ApiJob *upload(ApiClient &client, const QString &groupId, const QString &appId,
               const QString &localFile);

//! Pure: the dependencies_list of a GET answer.
QList<DependencyPackage> parsePackages(const QJsonDocument &doc, QString *why);
//! Pure: whether a file name is one of the archive kinds the server takes.
bool isArchiveName(const QString &fileName);
} // namespace dependencycalls
