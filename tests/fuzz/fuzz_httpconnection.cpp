// HttpConnection, the whole connection state machine, on any byte stream over a socket pair:
// the input's first bytes choose the piece sizes and which answers come late and in what order,
// the rest is what the client sends; then the client half-closes. Whatever it sent, the server
// answers with well-formed responses and closes the connection, without hanging.
#include "server/httpconnection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace stitchlocal;

namespace {

QCoreApplication *application()
{
    static int argc = 1;
    static char name[] = "fuzz_httpconnection";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *app = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("stitchlocal.*=false"));
        return new QCoreApplication(argc, argv);
    }();
    return app;
}

bool readAll(int fd, QByteArray *into)
{
    char chunk[16 * 1024];
    for (;;) {
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n > 0)
            into->append(chunk, n);
        else if (n == 0)
            return true; // end of stream
        else if (errno != EINTR)
            return errno != EAGAIN && errno != EWOULDBLOCK; // a reset ends it too
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    application();
    const size_t step = data[0] % 32 + 1; // piece size
    const uint8_t lateMask = data[1]; // which answers wait, by request number mod 8
    const bool reverse = data[2] & 1; // late answers released newest first
    data += 3;
    size -= 3;

    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0)
        abort();
    ::fcntl(fds[1], F_SETFL, ::fcntl(fds[1], F_GETFL) | O_NONBLOCK);
    HttpLimits limits;
    limits.maxBodyBytes = 2048;
    limits.maxUrlBytes = 256;
    limits.maxHeaderBytes = 1024;
    limits.maxHeaderCount = 16;
    HttpTimeouts timeouts; // long: nothing here may depend on the clock
    timeouts.idleMs = 3600 * 1000;
    timeouts.requestMs = 3600 * 1000;

    std::vector<Responder> late;
    int requests = 0;
    auto *owner = new QObject;
    QPointer<HttpConnection> connection = new HttpConnection(
        fds[0], limits, timeouts,
        [&](const Request &request, Responder respond) {
            Reply reply;
            reply.body = request.body.left(64);
            if (lateMask & (1u << (requests++ % 8)))
                late.push_back(std::move(respond));
            else
                respond(reply);
        },
        owner);
    const auto release = [&] {
        while (!late.empty()) {
            Responder respond = reverse ? late.back() : late.front();
            late.erase(reverse ? late.end() - 1 : late.begin());
            respond(Reply::noContent());
        }
    };

    QByteArray received;
    bool eof = false;
    for (size_t at = 0; at < size && !eof; at += step) {
        const size_t n = std::min(step, size - at);
        if (::send(fds[1], data + at, n, MSG_NOSIGNAL) < 0)
            break; // the server closed after refusing something
        QCoreApplication::processEvents();
        if (at / step % 3 == 2)
            release();
        eof = readAll(fds[1], &received);
    }
    ::shutdown(fds[1], SHUT_WR);
    for (int round = 0; round < 10000 && !eof; ++round) {
        release();
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        eof = readAll(fds[1], &received);
    }
    // A half-closed client is answered and the connection closes, whatever came before.
    if (!eof)
        abort();
    if (!received.isEmpty() && !received.startsWith("HTTP/1.1 "))
        abort();
    ::close(fds[1]);
    delete owner;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
