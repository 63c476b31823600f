#pragma once

#include <QList>
#include <QString>

#include <functional>

class ApiClient;
class ApiJob;

//! Every operation of the Admin API the console performs (the 90 of the reference and the four
//! every official client uses, which stitch-local serves), each with the one typed call that
//! performs it. Panels name the calls their actions make (Panel::declareCalls); the operation
//! table test checks that every operation has a call here, that the call really sends that
//! method and path, and that some action of a registered panel (or a named entry point outside
//! the panels: sign-in, sign-out, token refresh) reaches it.
namespace operationtable {

struct Operation
{
    QString method; //!< "PUT"
    QString path; //!< as the reference writes it: "/groups/{groupId}/apps/{appId}/values/{valueId}"
    QString call; //!< the typed call: "valuecalls::update"
    bool extra = false; //!< one of the four beyond the reference
    //! Makes the call with placeholder arguments (ids "g0", "a0", ...); the job goes out on
    //! client as any call does. The table test reads its method and URL.
    std::function<ApiJob *(ApiClient &client)> invoke;

    //! "PUT /groups/{groupId}/apps/{appId}/values/{valueId}"
    QString key() const { return method + QLatin1Char(' ') + path; }
};

//! The table, in the reference's order, the four extras last.
const QList<Operation> &operations();
//! The operation whose call is named call; nullptr when none.
const Operation *byCall(const QString &call);
//! Whether urlPath (decoded, below /api/admin/v3.0) is an instance of the pattern path: the
//! same number of segments, each literal equal and each {placeholder} non-empty.
bool pathMatches(const QString &pattern, const QString &urlPath);

} // namespace operationtable
