#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

//! The admin's draft of one app: the changes made since it started, deployed together.
struct Draft
{
    QString id; //!< _id
    QString userId; //!< user_id
    bool isNull() const { return id.isEmpty(); }
};

//! GET drafts/{id}/diff: one unified diff per configuration file that changes, and the hosting
//! paths the draft adds, deletes or modifies.
struct DraftDiff
{
    QStringList diffs;
    QStringList hostingAdded;
    QStringList hostingDeleted;
    QStringList hostingModified;
    int changeCount() const
    {
        return int(diffs.size() + hostingAdded.size() + hostingDeleted.size()
                   + hostingModified.size());
    }
    bool isEmpty() const { return changeCount() == 0; }
};

//! One deployment of an app: of a draft, or of a change made without one.
struct Deployment
{
    QString id; //!< _id
    QString appId;
    QString draftId;
    QString userId;
    qint64 deployedAt = 0; //!< Unix seconds
    QString origin; //!< "DRAFT", "UI", "CLI", "GITHUB", ...
    QString commit;
    QString status; //!< created, pending, successful, failed
    QString statusErrorMessage;
    QString diffUrl;
    bool isNull() const { return id.isEmpty(); }
    //! Whether the server is still working on it (created or pending): poll it again.
    bool isInProgress() const
    {
        return status == QLatin1String("created") || status == QLatin1String("pending");
    }
};
