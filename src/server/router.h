#pragma once

#include "reply.h"

#include <QHash>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <vector>

namespace stitchlocal {

enum class Method { Get, Post, Put, Patch, Delete, Head, Options, Other };

//! What the router needs of an HTTP request, free of the HTTP server's types.
struct Request
{
    Method method = Method::Other;
    QString path; //!< percent-encoded, as received
    QUrlQuery query;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const; //!< case-insensitive
    QString bearerToken() const; //!< empty when there is no "Authorization: Bearer"
};

//! Which token a route wants in its Authorization header.
enum class Access {
    Public,
    AccessToken,
    RefreshToken,
};

//! One request on its way through a route: the request, its path parameters, and who sent it.
struct Call
{
    const Request &request;
    QHash<QString, QString> params; //!< {name} segments of the route pattern, decoded
    QString adminId; //!< set by the guard for routes that need a token
    QByteArray refreshHash; //!< set by the guard for RefreshToken routes

    QString param(const QString &name) const { return params.value(name); }
};

using Handler = std::function<Reply(Call &)>;

//! Sends the answer to one request, now or later from the event loop (a handler that waits for
//! a function run keeps a copy). Copies share one answer: only the first call counts, so a
//! late duplicate can never write a second response on a socket.
class Responder
{
public:
    Responder() = default;
    explicit Responder(std::function<void(Reply)> send);
    void operator()(Reply reply) const;
    bool answered() const { return m_shared && m_shared->answered; }

private:
    struct Shared
    {
        std::function<void(Reply)> send;
        bool answered = false;
    };
    std::shared_ptr<Shared> m_shared;
};

//! A handler that answers through its Responder, possibly after it returned. The Call and its
//! request are gone by then: copy what the continuation needs.
using AsyncHandler = std::function<void(Call &, Responder)>;
//! Runs before every handler: checks the token and what the path parameters point at.
using Guard = std::function<Failure(Access, Call &)>;

//! The dispatch table: (method, pattern, access, handler) rows matched segment by segment.
//! A path that no pattern matches is 404; a path matched with another method is 405.
class Router
{
public:
    //! pattern like "/groups/{groupId}/apps/{appId}", relative to the API base path.
    void add(Method method, const QString &pattern, Access access, Handler handler);
    void addAsync(Method method, const QString &pattern, Access access, AsyncHandler handler);
    void setGuard(Guard guard) { m_guard = std::move(guard); }
    //! base like "/api/admin/v3.0"; requests outside it are 404. respond is called once, at
    //! once for sync handlers and errors, maybe later for async ones.
    void dispatch(const QString &base, const Request &request, Responder respond) const;
    //! The synchronous form: an async handler that has not answered on return gives 500.
    Reply dispatch(const QString &base, const Request &request) const;

private:
    struct Route
    {
        Method method;
        QStringList segments;
        QStringList placeholders; //!< per segment: the {name} without braces, or a null string
        int literals = 0;
        Access access;
        AsyncHandler handler;
    };
    //! Compares the literal segments only: most routes fail here, and nothing is allocated.
    static bool matches(const Route &route, const QStringList &segments);
    static QHash<QString, QString> paramsOf(const Route &route, const QStringList &segments);

    std::vector<Route> m_routes;
    Guard m_guard;
};

} // namespace stitchlocal
