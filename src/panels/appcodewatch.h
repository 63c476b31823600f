#pragma once

#include <models/appcode/appsnapshot.h>

#include <QObject>
#include <QPointer>

class AppPusher;
class AppReader;
class QFileSystemWatcher;
class QTimer;
class Session;

//! Watch mode of App as code: watches a folder's functions and, a moment after a source.js or
//! config.json is saved (by any editor), pushes the functions that differ from the app straight
//! to it (no draft: a development loop, meant for a Local-profile app). Never deletes.
class AppCodeWatch : public QObject
{
    Q_OBJECT
public:
    AppCodeWatch(Session *session, QObject *parent = nullptr);
    ~AppCodeWatch() override;

    void start(const QString &folder, const QString &groupId, const QString &appId);
    void stop();
    bool isWatching() const { return !m_folder.isEmpty(); }
    int pushedCount() const { return m_pushed; }

signals:
    //! After each round: what was pushed or why not.
    void reported(const QString &text, bool error);

private:
    void rewatch();
    void round();

    Session *m_session;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_debounce;
    QString m_folder;
    QString m_groupId;
    QString m_appId;
    QPointer<AppReader> m_reader;
    QPointer<AppPusher> m_pusher;
    bool m_again = false;
    int m_pushed = 0;
};
