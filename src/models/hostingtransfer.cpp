#include "hostingtransfer.h"

#include <api/apiclient.h>

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

HostingTransfer::HostingTransfer(ApiClient *client, const QString &groupId, const QString &appId,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_groupId(groupId)
    , m_appId(appId)
    , m_cancelHash(std::make_shared<std::atomic_bool>(false))
{
}

HostingTransfer::~HostingTransfer()
{
    m_cancelHash->store(true);
    ApiJob::abandonFor(this, m_job);
}

int HostingTransfer::count(Outcome outcome) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [outcome](const Item &item) { return item.outcome == outcome; }));
}

QString HostingTransfer::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return tr("waiting");
    case Outcome::Uploaded:
        return tr("uploaded");
    case Outcome::Deleted:
        return tr("deleted");
    case Outcome::Failed:
        return tr("failed");
    case Outcome::Skipped:
        return tr("skipped");
    case Outcome::Cancelled:
        return tr("not sent");
    }
    return {};
}

void HostingTransfer::start(const QList<Item> &items)
{
    m_items = items;
    m_next = 0;
    m_bytesTotal = 0;
    m_bytesDone = 0;
    m_currentSent = 0;
    for (const Item &item : m_items) {
        if (item.action == Item::Upload)
            m_bytesTotal += item.local.size;
    }
    m_state = State::Running;
    emit progressChanged();
    // Queued, so a caller can connect to the first item's signals after start().
    QMetaObject::invokeMethod(this, &HostingTransfer::startNext, Qt::QueuedConnection);
}

void HostingTransfer::cancel()
{
    if (m_state == State::Finished || m_state == State::Idle)
        return;
    ++m_generation; // a hash in progress finds its result unwanted
    m_cancelHash->store(true);
    m_cancelHash = std::make_shared<std::atomic_bool>(false);
    const bool inFlight = !m_job.isNull();
    if (m_job) {
        QPointer<ApiJob> job = m_job;
        m_job = nullptr;
        QObject::disconnect(job, nullptr, this, nullptr);
        job->abandon();
    }
    for (int i = m_next; i < m_items.size(); ++i) {
        if (m_items[i].outcome == Outcome::Pending)
            m_items[i].outcome = Outcome::Cancelled;
        // An upload is stored whole or not at all; the one on the wire may have made it.
        m_items[i].message = i == m_next && inFlight
            ? tr("Cancelled while it was being sent; the server has all of it or none.")
            : tr("Cancelled before it was sent.");
        emit itemFinished(i);
    }
    m_next = int(m_items.size());
    end();
}

void HostingTransfer::resume()
{
    if (m_state != State::Paused)
        return;
    m_state = State::Running;
    startNext();
}

void HostingTransfer::startNext()
{
    if (m_state != State::Running)
        return;
    if (m_next >= m_items.size()) {
        end();
        return;
    }
    const int index = m_next;
    Item &item = m_items[index];
    m_currentSent = 0;
    if (item.action == Item::Delete) {
        ApiJob *job = hostingcalls::remove(*m_client, m_groupId, m_appId, item.remotePath);
        m_job = job;
        connect(job, &ApiJob::finished, this,
                [this, index](ApiJob *job) { onItemDone(index, job); });
        return;
    }
    const QString problem = hostingcalls::pathProblem(item.remotePath);
    if (!problem.isEmpty()) {
        finishItem(index, Outcome::Skipped, problem);
        return;
    }
    const QFileInfo info(item.local.localFile);
    if (!info.exists() || !info.isFile()) {
        finishItem(index, Outcome::Skipped, tr("The file is gone from disk."));
        return;
    }
    if (info.size() != item.local.size
        || (item.local.modified.isValid() && info.lastModified() != item.local.modified)) {
        finishItem(index, Outcome::Skipped,
                   tr("The file changed after the plan was made; sync again to send it."));
        return;
    }
    if (!item.local.hash.isEmpty()) {
        sendUpload(index);
        return;
    }
    // Hash off the UI thread, then send.
    const quint64 generation = m_generation;
    auto cancel = m_cancelHash;
    const QString file = item.local.localFile;
    auto *watcher = new QFutureWatcher<QPair<QString, QString>>(this);
    connect(watcher, &QFutureWatcher<QPair<QString, QString>>::finished, this,
            [this, watcher, index, generation] {
                watcher->deleteLater();
                if (generation != m_generation || m_state != State::Running)
                    return;
                const auto [hash, error] = watcher->result();
                if (hash.isEmpty()) {
                    finishItem(index, Outcome::Failed, tr("Cannot read the file: %1").arg(error));
                    return;
                }
                m_items[index].local.hash = hash;
                sendUpload(index);
            });
    watcher->setFuture(QtConcurrent::run([file, cancel] {
        QString error;
        const QString hash = hostingsync::md5OfFile(file, &error, cancel.get());
        return qMakePair(hash, error);
    }));
}

void HostingTransfer::sendUpload(int index)
{
    const Item &item = m_items[index];
    HostingUpload upload;
    upload.path = item.remotePath;
    upload.localFile = item.local.localFile;
    upload.size = item.local.size;
    upload.hash = item.local.hash;
    upload.attrs = item.attrs;
    m_bytesSent += upload.size;
    ApiJob *job = hostingcalls::upload(*m_client, m_groupId, m_appId, upload);
    m_job = job;
    const qint64 size = upload.size;
    connect(job, &ApiJob::uploadProgress, this, [this, size](qint64 sent, qint64 total) {
        // total counts the multipart framing too; report the file's share of it.
        m_currentSent = total > 0 ? qMin(size, sent * size / total) : 0;
        emit progressChanged();
    });
    connect(job, &ApiJob::finished, this, [this, index](ApiJob *job) { onItemDone(index, job); });
}

void HostingTransfer::onItemDone(int index, ApiJob *job)
{
    m_job = nullptr;
    Item &item = m_items[index];
    if (job->ok()) {
        finishItem(index, item.action == Item::Upload ? Outcome::Uploaded : Outcome::Deleted,
                   QString());
        return;
    }
    const ApiError &error = job->error();
    if (error.kind == ApiError::Cancelled)
        return; // cancel() has marked it
    if (!m_client->hasSession()) {
        // The refresh failed: the session is over. This file did not land; wait for sign-in.
        m_currentSent = 0;
        m_state = State::Paused;
        emit progressChanged();
        emit paused(error);
        return;
    }
    if (item.action == Item::Delete && error.httpStatus == 404) {
        finishItem(index, Outcome::Deleted, tr("Already gone from the server."));
        return;
    }
    QString message = error.summary();
    if (error.httpStatus == 400 && error.message.contains(QLatin1String("does not match")))
        message = tr("The server's MD5 differs from the one planned: the file changed while it "
                     "was sent. (%1)")
                      .arg(error.summary());
    finishItem(index, Outcome::Failed, message);
}

void HostingTransfer::finishItem(int index, Outcome outcome, const QString &message)
{
    Item &item = m_items[index];
    item.outcome = outcome;
    item.message = message;
    if (item.action == Item::Upload)
        m_bytesDone += item.local.size;
    m_currentSent = 0;
    m_next = index + 1;
    emit itemFinished(index);
    emit progressChanged();
    if (outcome == Outcome::Failed && m_stopOnError) {
        for (int i = m_next; i < m_items.size(); ++i) {
            m_items[i].outcome = Outcome::Cancelled;
            m_items[i].message = tr("Not sent: the batch stopped after a failure.");
            emit itemFinished(i);
        }
        m_next = int(m_items.size());
        end();
        return;
    }
    // Queued: a long run of skipped files must not recurse.
    QMetaObject::invokeMethod(this, &HostingTransfer::startNext, Qt::QueuedConnection);
}

void HostingTransfer::end()
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    emit progressChanged();
    emit finished();
}
