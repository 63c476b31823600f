#pragma once

// Drafts and deployments made and read "behind the console's back" through the fixture's second
// client, shared by the Deploy panel's tests (tst_deploypanel, tst_deploypolling).

#include "signedinfixture.h"

#include <api/draftcalls.h>
#include <api/valuecalls.h>

#include <QApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

//! The visible top-level widget of type T named name (a dialog opened with open()), or null.
template<typename T> T *findTopLevel(const QString &name)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *match = qobject_cast<T *>(widget);
            match && match->objectName() == name && match->isVisible())
            return match;
    }
    return nullptr;
}

//! Waits for findTopLevel to find it; null (and a failed check) when it never shows.
template<typename T> T *waitForTopLevel(const QString &name)
{
    T *found = nullptr;
    [&] { QTRY_VERIFY((found = findTopLevel<T>(name)) != nullptr); }();
    return found;
}

class DraftDriver
{
public:
    explicit DraftDriver(SignedInFixture &fx)
        : m_fx(fx)
    {
    }

    //! Starts a draft of the demo app; its id, empty on failure.
    QString startDraft()
    {
        auto *job = draftcalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id);
        QSignalSpy done(job, &ApiJob::finished);
        if (!done.wait(30000) || !job->ok())
            return {};
        return job->result().id;
    }

    QList<Draft> drafts()
    {
        auto *job = draftcalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id);
        QSignalSpy done(job, &ApiJob::finished);
        if (!done.wait(30000) || !job->ok())
            return {};
        return job->result();
    }

    QList<Deployment> deployments()
    {
        auto *job = draftcalls::deployments(*m_fx.other->client(), m_fx.groupId, m_fx.app.id);
        QSignalSpy done(job, &ApiJob::finished);
        if (!done.wait(30000) || !job->ok())
            return {};
        return job->result();
    }

    bool discardAll()
    {
        for (const Draft &draft : drafts()) {
            if (!SignedInFixture::finish(draftcalls::discard(*m_fx.other->client(), m_fx.groupId,
                                                             m_fx.app.id, draft.id)))
                return false;
        }
        return true;
    }

    bool createValue(const QString &name, const QJsonValue &value)
    {
        StitchValue v;
        v.name = name;
        v.value = value;
        return SignedInFixture::finish(
            valuecalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, v));
    }

    //! Makes deploying the open draft fail: stitch-local fails a deployment whose new value name
    //! another admin deployed meanwhile. The fixture has one admin (whose every write goes into
    //! the draft), so "another admin" is a row written into the server's store directly. The
    //! draft must hold a new value called name. Empty on success, else what went wrong.
    QString contestValueName(const QString &name)
    {
        const QString connection = QStringLiteral("behind-the-back");
        QString failure;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_fx.dir.filePath(QStringLiteral("server/stitch-local.sqlite")));
            failure = contest(db, name);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return failure;
    }

private:
    QString contest(QSqlDatabase &db, const QString &name)
    {
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA busy_timeout = 5000")))
            return query.lastError().text();
        query.prepare(QStringLiteral("SELECT kind FROM draft_resources WHERE name = ?"));
        query.addBindValue(name);
        if (!query.exec() || !query.next())
            return QStringLiteral("no draft resource named %1").arg(name);
        const QString kind = query.value(0).toString();
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO resources(app_id, kind, id, parent_id, name, doc, updated)"
                           " VALUES(?, ?, 'aaaaaaaaaaaaaaaaaaaaaaaa', '', ?, ?, 0)"));
        insert.addBindValue(m_fx.app.id);
        insert.addBindValue(kind);
        insert.addBindValue(name);
        insert.addBindValue(QStringLiteral("{\"_id\":\"aaaaaaaaaaaaaaaaaaaaaaaa\",\"name\":\"%1\","
                                           "\"value\":2}")
                                .arg(name));
        return insert.exec() ? QString() : insert.lastError().text();
    }

    SignedInFixture &m_fx;
};
