#pragma once

#include "listmodel.h"

#include <api/resourcedoc.h>

#include <QCoreApplication>

#include <memory>

//! A list of configuration documents (services, a service's rules or incoming webhooks, auth
//! providers, push messages) over one list call. Lists under a service carry the service's id
//! as their parent: setParentId() empties the rows when it changes.
class DocListModel : public ListModel<ResourceDoc>
{
    Q_DECLARE_TR_FUNCTIONS(DocListModel)
public:
    enum Role { DocRole = FirstCustomRole };
    using Loader = std::function<Job<QList<ResourceDoc>> *(
        ApiClient &, const QString &groupId, const QString &appId, const QString &parentId)>;

    DocListModel(ApiClient *client, Loader load, QList<ListColumn<ResourceDoc>> columns,
                 QObject *parent = nullptr);

    QString parentId() const { return *m_parentId; }
    //! Another parent: the rows go at once; reload() loads the new parent's list.
    void setParentId(const QString &parentId);
    ResourceDoc docAt(int row) const { return itemAt(row); }
    ResourceDoc docOf(const QString &id) const { return itemAt(rowOfId(id)); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    //! A column showing doc[key] as text (bool: "yes"/""; sorts by the value).
    static ListColumn<ResourceDoc> textColumn(const QString &title, const QString &key);
    //! "enabled"/"disabled" from doc.disabled.
    static ListColumn<ResourceDoc> enabledColumn(const QString &title);

    //! The models of each list, as the panels use them.
    static DocListModel *services(ApiClient *client, QObject *parent);
    static DocListModel *rules(ApiClient *client, QObject *parent);
    static DocListModel *webhooks(ApiClient *client, QObject *parent);
    static DocListModel *authProviders(ApiClient *client, QObject *parent);
    //! state "draft" or "sent".
    static DocListModel *pushMessages(ApiClient *client, const QString &state, QObject *parent);

private:
    DocListModel(ApiClient *client, std::shared_ptr<QString> parentId, Loader load,
                 QList<ListColumn<ResourceDoc>> columns, QObject *parent);
    std::shared_ptr<QString> m_parentId;
};
