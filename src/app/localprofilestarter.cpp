#include "localprofilestarter.h"

#include <server/localserver.h>
#include <session/settingswrite.h>

#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
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

LocalProfileStarter::~LocalProfileStarter() = default;

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
    m_starting = true;

    stitchlocal::ServerOptions options;
    options.address = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    options.demo = true;
    options.dataDir = dataDir();
    stitchlocal::AdminSpec admin;
    admin.kind = stitchlocal::AdminSpec::Kind::ApiKey;
    admin.name = adminName();
    m_secret = freshSecret();
    admin.secret = m_secret;
    // The group id is no secret; keeping it makes the demo app turn up in the same group again.
    admin.groupId = QSettings().value(GroupIdKey).toString();
    options.admins = { admin };

    m_thread = std::make_unique<stitchlocal::LocalServerThread>();
    connect(m_thread.get(), &stitchlocal::LocalServerThread::started, this,
            &LocalProfileStarter::onStarted);
    connect(m_thread.get(), &stitchlocal::LocalServerThread::failed, this,
            [this](const QString &error) {
                m_starting = false;
                emit failed(error);
                // Deleting the thread object here would join inside its own signal; later is safe.
                m_thread.release()->deleteLater();
            });
    m_thread->start(options);
}

void LocalProfileStarter::onStarted(const QUrl &rootUrl, const stitchlocal::AdminSpec &admin)
{
    m_starting = false;
    m_rootUrl = rootUrl;
    // Only our own admin's group is worth remembering; the secret is ours alone in any case.
    if (admin.name == adminName() && !admin.groupId.isEmpty())
        writeSettingIfChanged(GroupIdKey, admin.groupId);
    emit ready(m_rootUrl, adminName(), m_secret);
}
