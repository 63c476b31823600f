#include "cronschedule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimer>

namespace stitchlocal {

namespace {

constexpr int kTimeoutMs = 20000; //!< a node that has not answered by then is stopped

QString scriptText()
{
    QFile file(QStringLiteral(":/stitchlocal/cron/cronnext.js"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

CronSchedule::CronSchedule(const QString &moduleDir, QObject *parent)
    : QObject(parent)
    , m_moduleDir(moduleDir.isEmpty() ? cronModuleDir() : moduleDir)
{
}

QString CronSchedule::cronModuleDir()
{
    const QString fromEnv = qEnvironmentVariable("STITCH_LOCAL_CRON_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral("../share/stitch-console/cron"));
    if (QFileInfo::exists(installed + QStringLiteral("/node_modules/cron-parser")))
        return QDir::cleanPath(installed);
    return QStringLiteral(STITCH_CRON_SOURCE_DIR);
}

void CronSchedule::nextTimes(const QString &expression, qint64 afterMs, int count, Answer done)
{
    auto *process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NODE_PATH"),
                       QDir(m_moduleDir).absoluteFilePath(QStringLiteral("node_modules")));
    process->setProcessEnvironment(environment);
    QPointer<QProcess> guard(process);
    auto answered = std::make_shared<bool>(false);
    auto finish = [process, answered, done](const QList<qint64> &times, const QString &error) {
        if (*answered)
            return;
        *answered = true;
        process->deleteLater();
        done(times, error);
    };
    connect(process, &QProcess::errorOccurred, this, [finish, process](QProcess::ProcessError) {
        finish({},
               QStringLiteral("cannot run node for the cron schedule: %1")
                   .arg(process->errorString()));
    });
    connect(process, &QProcess::finished, this, [finish, process](int, QProcess::ExitStatus) {
        const QJsonObject answer
            = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
        if (answer.contains(QStringLiteral("times"))) {
            QList<qint64> times;
            for (const QJsonValue &time : answer.value(QStringLiteral("times")).toArray())
                times.append(qint64(time.toDouble()));
            return finish(times, QString());
        }
        QString error = answer.value(QStringLiteral("error")).toString();
        if (error.isEmpty())
            error = QString::fromUtf8(process->readAllStandardError()).trimmed();
        finish({}, error.isEmpty() ? QStringLiteral("the cron parser gave no answer") : error);
    });
    QTimer::singleShot(kTimeoutMs, process, [guard] {
        if (guard)
            guard->kill(); // finished() follows and reports the missing answer
    });
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    process->start(node.isEmpty() ? QStringLiteral("/usr/bin/node") : node,
                   { QStringLiteral("-e"), scriptText() });
    const QJsonObject request { { QStringLiteral("expression"), expression },
                                { QStringLiteral("after"), double(afterMs) },
                                { QStringLiteral("count"), count } };
    process->write(QJsonDocument(request).toJson(QJsonDocument::Compact));
    process->closeWriteChannel();
}

} // namespace stitchlocal
