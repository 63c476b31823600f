#pragma once

#include "store.h"

#include <optional>

namespace stitchlocal {

//! The one door to an app's configuration documents (functions, values, triggers, services,
//! rules, webhooks, auth providers, the "security" settings): every route reads and writes them
//! here, naming the admin who asks, so that an admin holding a draft sees and changes the draft
//! while everyone else sees the deployed state. adminId empty means the deployed state (the
//! function runtime, webhooks, triggers, export).
class ConfigStore
{
public:
    enum class Status { Ok, NotFound, Duplicate, Failed };

    explicit ConfigStore(Store &store)
        : m_store(store)
    {
    }

    //! parentId: a null QString lists every parent; an empty one only top-level documents.
    QList<Resource> list(const QString &appId, const QString &kind, const QString &adminId,
                         const QString &parentId = QString()) const;
    std::optional<Resource> get(const QString &appId, const QString &kind, const QString &id,
                                const QString &adminId) const;
    std::optional<Resource> findByName(const QString &appId, const QString &kind,
                                       const QString &parentId, const QString &name,
                                       const QString &adminId) const;

    //! Duplicate when (kind, parentId, name) is taken.
    Status insert(const QString &appId, const Resource &resource, const QString &adminId);
    //! Replaces the document with resource.id; NotFound when there is none, Duplicate on a rename
    //! onto a taken name.
    Status update(const QString &appId, const Resource &resource, const QString &adminId);
    //! Removes the document and every document whose parentId is its id (a service's rules and
    //! webhooks).
    Status remove(const QString &appId, const QString &kind, const QString &id,
                  const QString &adminId);

    //! The store under it (for what keeps files beside it: secretvault's key).
    const Store &store() const { return m_store; }

    //! Every document of the app as the admin sees it, ordered by kind then name (export, diff).
    QList<Resource> all(const QString &appId, const QString &adminId) const;
    //! Writes the draft's changes into the deployed state; call it inside Store::write and fail
    //! the write when it returns false (*error says why: a name taken meanwhile, ...).
    bool applyDraft(const QString &appId, const QString &draftId, QString *error);

private:
    QString draftOf(const QString &appId, const QString &adminId) const;
    QList<Resource> view(const QString &appId, const QString &kind, const QString &draftId) const;
    bool putDraft(const QString &draftId, const Resource &resource, bool deleted);
    bool commitDirect(const QString &appId, const QString &adminId);

    Store &m_store;
};

} // namespace stitchlocal
