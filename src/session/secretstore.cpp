#include "secretstore.h"

#include <qt6keychain/keychain.h>

namespace {

// Where to keep a secret is the user's keychain or nowhere: never QtKeychain's plain-text
// QSettings fallback.
template<typename J> J *makeJob(const QString &service, const QString &key)
{
    auto *job = new J(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

void SecretStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this,
            [this, job] { noteResult(job->error(), job->errorString()); });
    connect(job, &QKeychain::Job::finished, context, [job, callback = std::move(callback)] {
        const bool found = job->error() == QKeychain::NoError;
        callback(found, found ? job->textData() : QString());
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context,
                        DoneCallback callback)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [this, job] { noteResult(job->error(), job->errorString()); });
    connect(job, &QKeychain::Job::finished, context, [job, callback = std::move(callback)] {
        const bool ok = job->error() == QKeychain::NoError;
        callback(ok, ok ? QString() : job->errorString());
    });
    job->start();
}

void SecretStore::remove(const QString &key, QObject *context, DoneCallback callback)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this,
            [this, job] { noteResult(job->error(), job->errorString()); });
    connect(job, &QKeychain::Job::finished, context, [job, callback = std::move(callback)] {
        // Deleting what is not there leaves the keychain as the caller wants it.
        const bool ok
            = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        callback(ok, ok ? QString() : job->errorString());
    });
    job->start();
}

void SecretStore::noteResult(int keychainError, const QString &text)
{
    bool available = m_available;
    switch (keychainError) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        available = true;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        available = false;
        break;
    default:
        // A denied or failed single entry says nothing about the keychain as a whole.
        return;
    }
    m_reason = available
        ? QString()
        : tr("The system keychain cannot be used (%1), so secrets are not saved.").arg(text);
    if (available != m_available) {
        m_available = available;
        emit availabilityChanged(m_available);
    }
}
