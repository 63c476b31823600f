#include "router.h"

#include <QUrl>

namespace stitchlocal {

namespace {

QStringList splitPath(const QString &path)
{
    QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (QString &segment : segments)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
    return segments;
}

QByteArray methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Patch:
        return "PATCH";
    case Method::Delete:
        return "DELETE";
    case Method::Head:
        return "HEAD";
    case Method::Options:
        return "OPTIONS";
    case Method::Other:
        break;
    }
    return QByteArray();
}

bool isPlaceholder(const QString &segment)
{
    return segment.startsWith(u'{') && segment.endsWith(u'}');
}

} // namespace

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

QString Request::bearerToken() const
{
    const QByteArray value = header("Authorization").trimmed();
    static const QByteArray prefix("bearer ");
    if (value.size() <= prefix.size() || !value.toLower().startsWith(prefix))
        return QString();
    return QString::fromLatin1(value.mid(prefix.size()).trimmed());
}

Responder::Responder(std::function<void(Reply)> send)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->send = std::move(send);
}

void Responder::operator()(Reply reply) const
{
    if (!m_shared || m_shared->answered)
        return;
    m_shared->answered = true;
    // Released once used: whatever the sender captured (a socket guard) goes with it.
    const auto send = std::move(m_shared->send);
    if (send)
        send(std::move(reply));
}

void Router::add(Method method, const QString &pattern, Access access, Handler handler)
{
    addAsync(
        method, pattern, access,
        [handler = std::move(handler)](Call &call, Responder respond) { respond(handler(call)); });
}

void Router::addAsync(Method method, const QString &pattern, Access access, AsyncHandler handler)
{
    Route route {
        method, pattern.split(u'/', Qt::SkipEmptyParts), {}, 0, access, std::move(handler)
    };
    for (const QString &segment : std::as_const(route.segments)) {
        const bool placeholder = isPlaceholder(segment);
        route.placeholders.append(placeholder ? segment.mid(1, segment.size() - 2) : QString());
        if (!placeholder)
            ++route.literals;
    }
    m_routes.push_back(std::move(route));
}

bool Router::matches(const Route &route, const QStringList &segments)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (route.placeholders.at(i).isNull() && route.segments.at(i) != segments.at(i))
            return false;
    }
    return true;
}

QHash<QString, QString> Router::paramsOf(const Route &route, const QStringList &segments)
{
    QHash<QString, QString> params;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (!route.placeholders.at(i).isNull())
            params.insert(route.placeholders.at(i), segments.at(i));
    }
    return params;
}

Reply Router::dispatch(const QString &base, const Request &request) const
{
    std::optional<Reply> answer;
    dispatch(base, request, Responder([&answer](Reply reply) { answer = std::move(reply); }));
    if (answer)
        return std::move(*answer);
    return Reply::error(500, QStringLiteral("InternalServerError"),
                        QStringLiteral("this route answers asynchronously"));
}

void Router::dispatch(const QString &base, const Request &request, Responder respond) const
{
    QStringList segments = splitPath(request.path);
    const QStringList baseSegments = base.split(u'/', Qt::SkipEmptyParts);
    const bool underBase = segments.size() >= baseSegments.size()
        && segments.mid(0, baseSegments.size()) == baseSegments;
    if (!underBase)
        return respond(
            Reply::error(404, QStringLiteral("NotFound"), QStringLiteral("no such path")));
    segments = segments.mid(baseSegments.size());

    const Route *best = nullptr;
    QList<QByteArray> allowed;
    for (const Route &route : m_routes) {
        if (!matches(route, segments))
            continue;
        if (!allowed.contains(methodName(route.method)))
            allowed.append(methodName(route.method));
        // A literal segment beats a placeholder where two patterns both match.
        if (route.method == request.method && (!best || route.literals > best->literals))
            best = &route;
    }
    if (allowed.isEmpty())
        return respond(
            Reply::error(404, QStringLiteral("NotFound"), QStringLiteral("no such path")));
    if (!best) {
        Reply reply = Reply::error(405, QStringLiteral("MethodNotAllowed"),
                                   QStringLiteral("method not allowed on this path"));
        reply.headers.append({ "Allow", allowed.join(", ") });
        return respond(std::move(reply));
    }

    Call call { request, paramsOf(*best, segments), QString(), QByteArray() };
    if (m_guard) {
        if (Failure failure = m_guard(best->access, call))
            return respond(std::move(*failure));
    }
    best->handler(call, std::move(respond));
}

} // namespace stitchlocal
