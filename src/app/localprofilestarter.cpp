#include "localprofilestarter.h"

#include "localservermodule.h"

#include <session/settingswrite.h>

#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace {
const QString GroupIdKey = QStringLiteral("local/groupId");

QString freshSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(bytes.toHex());
}
} // namespace

LocalProfileStarter::LocalProfileStarter(QObject *parent)
    : QObject(parent)
{
}

LocalProfileStarter::~LocalProfileStarter()
{
    // A start still loading finishes first (tens of milliseconds); then the server stops.
    if (m_loader) {
        m_loader->wait();
        delete m_loader;
        m_server.reset(m_loaded);
    }
}

QString LocalProfileStarter::dataDir() const
{
    if (!m_dataDir.isEmpty())
        return m_dataDir;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/local-server");
}

QString LocalProfileStarter::adminName() const
{
    return QStringLiteral("console");
}

void LocalProfileStarter::start()
{
    if (isRunning()) {
        // Queued, so a caller can connect after start() whether or not the server already runs.
        QTimer::singleShot(0, this, [this] { emit ready(m_rootUrl, adminName(), m_secret); });
        return;
    }
    if (m_starting)
        return;
    // A start that failed may still be handing its server over; it ends within moments.
    if (m_loader) {
        m_loader->wait();
        onLoaderFinished();
    }
    m_starting = true;

    stitchlocal::InProcessOptions options;
    options.dataDir = dataDir();
    options.adminName = adminName();
    m_secret = freshSecret();
    options.adminSecret = m_secret;
    // The group id is no secret; keeping it makes the demo app turn up in the same group again.
    options.groupId = QSettings().value(GroupIdKey).toString();
    // Both come on the server's thread (or the loader's); this object handles them on its own.
    options.started = [this](const QUrl &rootUrl, const QString &groupId) {
        QMetaObject::invokeMethod(
            this, [this, rootUrl, groupId] { onStarted(rootUrl, groupId); }, Qt::QueuedConnection);
    };
    options.failed = [this](const QString &error) {
        QMetaObject::invokeMethod(
            this, [this, error] { onFailed(error); }, Qt::QueuedConnection);
    };

    const QStringList dirs = localservermodule::searchDirs();
    m_loader = QThread::create([this, options, dirs] {
        QString error;
        const StitchLocalEntry entry = localservermodule::load(dirs, &error);
        if (!entry) {
            options.failed(error);
            return;
        }
        m_loaded = entry(options);
    });
    m_loader->setObjectName(QStringLiteral("stitch-local-loader"));
    QThread *loader = m_loader;
    connect(loader, &QThread::finished, this, [this, loader] {
        if (m_loader == loader)
            onLoaderFinished();
    });
    loader->start();
}

void LocalProfileStarter::onLoaderFinished()
{
    // finished() is queued to this thread, after the loader's last write to m_loaded.
    m_loader->deleteLater();
    m_loader = nullptr;
    m_server.reset(m_loaded);
    m_loaded = nullptr;
    if (!m_starting && !isRunning())
        m_server.reset(); // it failed to start (onFailed came first)
}

void LocalProfileStarter::onStarted(const QUrl &rootUrl, const QString &groupId)
{
    m_starting = false;
    m_rootUrl = rootUrl;
    if (!groupId.isEmpty())
        writeSettingIfChanged(GroupIdKey, groupId);
    emit ready(m_rootUrl, adminName(), m_secret);
}

void LocalProfileStarter::onFailed(const QString &error)
{
    m_starting = false;
    // A server that failed to start is stopped; if the loader still holds it, when it ends.
    if (!m_loader)
        m_server.reset();
    emit failed(error);
}
