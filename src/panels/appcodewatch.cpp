#include "appcodewatch.h"

#include <models/appcode/apppush.h>
#include <models/appcode/appreader.h>
#include <session/session.h>

#include <QDir>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace appcode;

AppCodeWatch::AppCodeWatch(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_debounce(new QTimer(this))
{
    // Editors save in bursts (write, rename, touch): one round for the burst.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &AppCodeWatch::round);
}

AppCodeWatch::~AppCodeWatch() = default;

void AppCodeWatch::start(const QString &folder, const QString &groupId, const QString &appId)
{
    stop();
    m_folder = folder;
    m_groupId = groupId;
    m_appId = appId;
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        rewatch();
        m_debounce->start();
    });
    rewatch();
}

void AppCodeWatch::stop()
{
    m_folder.clear();
    m_debounce->stop();
    delete m_watcher;
    m_watcher = nullptr;
    delete m_reader;
    delete m_pusher;
}

void AppCodeWatch::rewatch()
{
    // Editors that save by renaming replace the file: watch the folders too, and again.
    const QString functions = QDir(m_folder).filePath(QStringLiteral("functions"));
    QStringList paths { functions };
    const QFileInfoList dirs
        = QDir(functions).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &dir : dirs) {
        paths << dir.filePath();
        for (const char *file : { "source.js", "config.json" }) {
            const QString path = QDir(dir.filePath()).filePath(QLatin1String(file));
            if (QFileInfo::exists(path))
                paths << path;
        }
    }
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    QStringList added;
    for (const QString &path : std::as_const(paths)) {
        if (!watched.contains(path))
            added << path;
    }
    if (!added.isEmpty())
        m_watcher->addPaths(added);
}

void AppCodeWatch::round()
{
    if (!isWatching())
        return;
    if (m_reader || m_pusher) {
        m_again = true; // a save during a round: one more after it
        return;
    }
    auto *watcher = new QFutureWatcher<Snapshot>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        Snapshot local = watcher->result();
        if (!isWatching())
            return;
        if (!local.isValid()) {
            emit reported(local.problems.join(u'\n'), true);
            return;
        }
        m_reader = new AppReader(m_session->client(), m_groupId, m_appId, this);
        connect(m_reader, &AppReader::finished, this, [this, local] {
            AppReader *reader = m_reader;
            reader->deleteLater();
            if (reader->error().isError()) {
                emit reported(reader->error().summary(), true);
                return;
            }
            // Functions only, never deleted: the rest of the folder is left for a push.
            Snapshot wanted = reader->snapshot();
            for (const Resource &resource : local.resources) {
                if (resource.kind == Kind::Function)
                    wanted.resources.insert(resource.key(), resource);
            }
            const Comparison comparison = compare(reader->snapshot(), wanted);
            const QList<PlannedCall> calls = plan(reader->snapshot(), wanted, comparison);
            if (calls.isEmpty()) {
                if (m_again) {
                    m_again = false;
                    m_debounce->start();
                }
                return;
            }
            m_pusher = new AppPusher(m_session->client(), m_groupId, m_appId, this);
            m_pusher->setUseDraft(false);
            connect(m_pusher, &AppPusher::finished, this, [this] {
                AppPusher *pusher = m_pusher;
                pusher->deleteLater();
                QStringList names;
                for (const PlannedCall &call : pusher->calls()) {
                    if (call.outcome == PlannedCall::Done)
                        names << call.name;
                }
                m_pushed += int(names.size());
                if (pusher->writeCount() > 0)
                    m_session->notifyAppDataChanged();
                if (pusher->error().isError())
                    emit reported(tr("Watch: %1").arg(pusher->error().summary()), true);
                else
                    emit reported(tr("Watch: pushed %1 at %2")
                                      .arg(names.join(QStringLiteral(", ")),
                                           QTime::currentTime().toString(Qt::ISODate)),
                                  false);
                if (m_again) {
                    m_again = false;
                    m_debounce->start();
                }
            });
            m_pusher->start(wanted, calls, comparison.currentFingerprint);
        });
        m_reader->start();
    });
    const QString folder = m_folder;
    watcher->setFuture(QtConcurrent::run([folder] { return readFolder(folder); }));
}
