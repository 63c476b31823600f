#pragma once

#include "apijob.h"
#include "debugtypes.h"

class ApiClient;

//! The debugger's route, a stitch-local extension: POST
//! /groups/{groupId}/apps/{appId}/local/debug_runs starts a debug run and answers where its
//! debugger is (DebuggerClient connects there). Servers without it (the cloud) answer 404.
namespace debugruncalls {
Job<DebugTicket> *start(ApiClient &client, const QString &groupId, const QString &appId,
                        const DebugRunRequest &request);
//! The ticket in a 201 answer; sets *why when it is not one.
DebugTicket parseTicket(const QJsonDocument &doc, QString *why);
} // namespace debugruncalls
