#pragma once

#include <QObject>
#include <QString>

#include <functional>

//! Secrets (private API keys, passwords, refresh tokens) in the OS keychain through QtKeychain.
//! Every call is asynchronous. Where no keychain service runs, nothing is saved, available()
//! turns false and unavailableChanged() tells the UI to show a notice; secrets are never written
//! anywhere else.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(const QString &service = QStringLiteral("stitch-console"),
                         QObject *parent = nullptr);

    using ReadCallback = std::function<void(bool found, const QString &secret)>;
    using DoneCallback = std::function<void(bool ok, const QString &error)>;

    //! key is e.g. "<profile id>/secret" or "<profile id>/refresh-token".
    void read(const QString &key, QObject *context, ReadCallback callback);
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback callback);
    void remove(const QString &key, QObject *context, DoneCallback callback);

    bool available() const { return m_available; }
    QString unavailableReason() const { return m_reason; }

signals:
    void availabilityChanged(bool available);

private:
    void noteResult(int keychainError, const QString &text);
    QString m_service;
    bool m_available = true;
    QString m_reason;
};
