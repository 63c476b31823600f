#pragma once

#include "apijob.h"

#include <QStringList>

class ApiClient;
class QJsonDocument;

//! stitch-local's extensions: GET /local/features (the cloud answers it 404).
namespace featurecalls {
Job<QStringList> *list(ApiClient &client);
QStringList parseFeatures(const QJsonDocument &doc, QString *why);
} // namespace featurecalls
