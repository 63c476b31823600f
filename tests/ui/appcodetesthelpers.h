#pragma once

// Waits for App as code's readers and pushers, and small folder helpers, for tst_appcode*.

#include "signedinfixture.h"

#include <api/draftcalls.h>
#include <models/appcode/appcompare.h>
#include <models/appcode/apppush.h>
#include <models/appcode/appreader.h>

#include <QDirIterator>
#include <QFile>

namespace appcodetest {

inline appcode::Snapshot read(Session &session, const QString &groupId, const QString &appId,
                              bool withContents = false, int *calls = nullptr)
{
    AppReader reader(session.client(), groupId, appId);
    reader.setWithContents(withContents);
    QSignalSpy done(&reader, &AppReader::finished);
    reader.start();
    if (!done.wait(60000))
        qWarning("read timed out");
    if (reader.error().isError())
        qWarning("read: %s", qPrintable(reader.error().summary()));
    if (calls)
        *calls = reader.callCount();
    return reader.snapshot();
}

//! Pushes wanted into the app; returns the pusher's outcome.
struct PushResult
{
    ApiError error;
    QList<appcode::PlannedCall> calls;
    int writes = 0;
    qint64 bytes = 0;
    bool stale = false;
    QString draftId;
};

inline PushResult push(Session &session, const QString &groupId, const QString &appId,
                       const appcode::Snapshot &wanted, const appcode::Snapshot *current = nullptr)
{
    const appcode::Snapshot target = current ? *current : read(session, groupId, appId);
    const appcode::Comparison comparison = appcode::compare(target, wanted);
    const QList<appcode::PlannedCall> calls = appcode::plan(target, wanted, comparison);
    AppPusher pusher(session.client(), groupId, appId);
    QSignalSpy done(&pusher, &AppPusher::finished);
    pusher.start(wanted, calls, comparison.currentFingerprint);
    if (!done.wait(120000))
        qWarning("push timed out");
    return { pusher.error(), pusher.calls(), pusher.writeCount(), pusher.bytesSent(),
             pusher.isStale(), pusher.draftId() };
}

//! Makes an empty app in the group; its id, empty on failure.
inline QString makeApp(Session &session, const QString &groupId, const QString &name)
{
    NewApp spec;
    spec.name = name;
    auto *create = appcalls::create(*session.client(), groupId, spec);
    QSignalSpy created(create, &ApiJob::finished);
    if (!created.wait(30000) || !create->ok())
        return {};
    return create->result().id;
}

//! Every file under root with its bytes, by relative path.
inline QMap<QString, QByteArray> filesUnder(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        files.insert(QDir(root).relativeFilePath(path), file.readAll());
    }
    return files;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

//! Deploys the admin's draft of the app and waits for it to succeed.
inline bool deploy(Session &session, const QString &groupId, const QString &appId,
                   const QString &draftId)
{
    auto *job = draftcalls::deploy(*session.client(), groupId, appId, draftId);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(30000) || !job->ok())
        return false;
    Deployment deployment = job->result();
    for (int i = 0; i < 200 && deployment.isInProgress(); ++i) {
        auto *poll = draftcalls::deployment(*session.client(), groupId, appId, deployment.id);
        QSignalSpy polled(poll, &ApiJob::finished);
        if (!polled.wait(30000) || !poll->ok())
            return false;
        deployment = poll->result();
    }
    return deployment.status == QLatin1String("successful");
}

} // namespace appcodetest
