#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace stitchlocal {

//! The next fire times of a cron expression, from npm's cron-parser run in Node.js (pinned by
//! resources/cron/package-lock.json): a well-kept parser with the real service's five fields,
//! names, ranges, steps and '?', rather than one of our own. Each question is one short node
//! process (about 50 ms), asked once per trigger and schedule for the next batch of times;
//! the answer comes later from the event loop, never blocking the server.
class CronSchedule : public QObject
{
    Q_OBJECT
public:
    //! times: UTC milliseconds after afterMs, ascending (empty with error set on failure).
    using Answer = std::function<void(const QList<qint64> &times, const QString &error)>;

    //! moduleDir: the folder whose node_modules holds cron-parser; empty: cronModuleDir().
    explicit CronSchedule(const QString &moduleDir = QString(), QObject *parent = nullptr);

    //! Asks for the first count fire times strictly after afterMs; done is called once, later,
    //! unless this object is gone by then.
    void nextTimes(const QString &expression, qint64 afterMs, int count, Answer done);

    //! $STITCH_LOCAL_CRON_DIR, else the installed share/stitch-console/cron beside the binary's
    //! folder, else resources/cron of the source tree this was built from.
    static QString cronModuleDir();

private:
    QString m_moduleDir;
};

} // namespace stitchlocal
