#include "draftstate.h"

#include <api/apiclient.h>
#include <api/draftcalls.h>
#include <session/session.h>

DraftState::DraftState(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &Session::contextChanged, this, &DraftState::reload);
    connect(session, &Session::appDataChanged, this, &DraftState::reload);
    connect(session, &Session::signedOut, this, &DraftState::clear);
    reload();
}

DraftState::~DraftState()
{
    ApiJob::abandonFor(this, m_job);
}

QString DraftState::summary() const
{
    if (!m_loaded)
        return tr("Draft: …");
    if (!hasDraft())
        return tr("No draft");
    if (m_changeCount < 0)
        return tr("Draft open");
    return tr("Draft: %n change(s)", nullptr, m_changeCount);
}

void DraftState::clear()
{
    ApiJob::abandonFor(this, m_job);
    ++m_serial;
    const bool was = m_loaded || hasDraft();
    m_draft = Draft();
    m_diff = DraftDiff();
    m_changeCount = 0;
    m_loaded = false;
    if (was)
        emit changed();
}

void DraftState::set(const Draft &draft, const DraftDiff &diff, int count)
{
    const bool same = m_loaded && draft.id == m_draft.id && count == m_changeCount;
    m_draft = draft;
    m_diff = diff;
    m_changeCount = count;
    m_loaded = true;
    if (!same)
        emit changed();
}

void DraftState::reload()
{
    const App app = m_session->currentApp();
    const QString groupId = app.groupId.isEmpty() ? m_session->currentGroupId() : app.groupId;
    if (!m_session->isSignedIn() || app.isNull() || groupId.isEmpty()) {
        clear();
        return;
    }
    ApiJob::abandonFor(this, m_job);
    const int serial = ++m_serial;
    ApiClient *client = m_session->client();
    const QString appId = app.id;
    m_job
        = draftcalls::list(*client, groupId, appId)->onFinished(this, [=](Job<QList<Draft>> *job) {
              if (serial != m_serial)
                  return;
              if (!job->ok()) {
                  // Keep what was known: a failed reload says nothing new.
                  if (!m_loaded) {
                      m_loaded = true;
                      emit changed();
                  }
                  return;
              }
              if (job->result().isEmpty()) {
                  set(Draft(), DraftDiff(), 0);
                  return;
              }
              const Draft draft = job->result().first();
              m_job = draftcalls::diff(*client, groupId, appId, draft.id)
                          ->onFinished(this, [=](Job<DraftDiff> *diffJob) {
                              if (serial != m_serial)
                                  return;
                              if (diffJob->ok())
                                  set(draft, diffJob->result(), diffJob->result().changeCount());
                              else if (diffJob->error().httpStatus == 404)
                                  set(Draft(), DraftDiff(), 0); // gone meanwhile
                              else
                                  set(draft, DraftDiff(), -1);
                          });
          });
}
