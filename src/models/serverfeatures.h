#pragma once

#include <api/apierror.h>

#include <QObject>
#include <QPointer>
#include <QStringList>

class ApiJob;
class Session;

//! What the signed-in server offers beyond the Admin API (stitch-local's extensions: debug runs,
//! local data, ...), asked with GET /local/features once per sign-in, when first wanted (not at
//! sign-in itself: start-up waits for no call it does not need). Panels offer an extension only
//! where has() says so, never guessing from the URL, and explain its absence with whyAbsent().
//! A server without the route (the cloud) has none. changed() follows each answer: read again.
class ServerFeatures : public QObject
{
    Q_OBJECT
public:
    explicit ServerFeatures(Session *session, QObject *parent = nullptr);
    ~ServerFeatures() override;

    // Each of these asks the server the first time it is read in a session.
    bool isKnown() const;
    bool has(const QString &feature) const;
    QStringList features() const;
    //! Why has(feature) is false, as a sentence for a tooltip or a hint; empty when it is true.
    QString whyAbsent(const QString &feature) const;
    //! Asks the server again now.
    void refresh();

signals:
    //! An answer came, or the session changed: has() and whyAbsent() may say something else.
    void changed();

private:
    void wantAnswer() const;
    void forget();

    Session *m_session;
    QPointer<ApiJob> m_job;
    mutable bool m_asked = false; //!< this session's question is sent (or queued to be)
    bool m_known = false;
    QStringList m_features;
    ApiError m_error; //!< why the question failed, when it did
};
