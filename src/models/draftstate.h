#pragma once

#include <api/drafttypes.h>

#include <QObject>
#include <QPointer>

class ApiJob;
class Session;

//! What the session knows of the current app's draft: whether the admin has one, its id and how
//! many changes it holds (configuration files plus hosting files). It reloads by itself on every
//! context change and every appDataChanged (an edit may have gone into the draft), so the main
//! window's indicator and the editing panels' banners always agree.
class DraftState : public QObject
{
    Q_OBJECT
public:
    explicit DraftState(Session *session, QObject *parent = nullptr);
    ~DraftState() override;

    //! Whether the first answer for the current context has come.
    bool isLoaded() const { return m_loaded; }
    bool hasDraft() const { return !m_draft.isNull(); }
    Draft draft() const { return m_draft; }
    QString draftId() const { return m_draft.id; }
    //! Changes in the draft; -1 while not known (the diff could not be read).
    int changeCount() const { return m_changeCount; }
    //! The last diff read for the count (empty without a draft).
    DraftDiff diff() const { return m_diff; }
    //! "No draft", "Draft: 3 changes", ... for labels.
    QString summary() const;

public slots:
    void reload();

signals:
    //! The draft, its count or isLoaded changed.
    void changed();

private:
    void set(const Draft &draft, const DraftDiff &diff, int count);
    void clear();

    Session *m_session;
    QPointer<ApiJob> m_job;
    Draft m_draft;
    DraftDiff m_diff;
    int m_changeCount = 0;
    bool m_loaded = false;
    int m_serial = 0;
};
