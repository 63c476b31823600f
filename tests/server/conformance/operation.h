#pragma once

// One row of the conformance walk: an operation of the Admin API on its success path, with what
// the reference says it answers. Rows run in order and share a context of ids: a row may capture
// fields of its answer for later rows, and ${name} in a path or body is replaced from the context.

#include <QList>

struct Operation
{
    const char *method;
    const char *path; //!< relative to /api/admin/v3.0, with ${name} placeholders
    const char *body; //!< JSON (or other) text with ${name} placeholders; nullptr: none
    int status; //!< the success code
    const char *fields; //!< comma-separated fields the answer (or an array's first element) holds
    //! comma-separated "key=field" pairs taken from the answer (its first element for an array)
    const char *capture = nullptr;
    //! nullptr: the access token; "" : none (public routes); "@key": the context's key as bearer
    const char *token = nullptr;
    const char *contentType = "application/json";
};

//! "/groups/${groupId}/apps/${appId}" followed by rest, as a path a row keeps for the whole walk.
const char *appPath(const char *rest);

//! Every row, in the order the walk runs them. Split by area, each area in its own file.
QList<Operation> conformanceOperations();
