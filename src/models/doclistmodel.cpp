#include "doclistmodel.h"

#include <api/authprovidercalls.h>
#include <api/pushcalls.h>
#include <api/rulecalls.h>
#include <api/servicecalls.h>
#include <api/webhookcalls.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace {

ListModel<ResourceDoc>::Spec makeSpec(const std::shared_ptr<QString> &parentId,
                                      DocListModel::Loader load,
                                      QList<ListColumn<ResourceDoc>> columns)
{
    ListModel<ResourceDoc>::Spec spec;
    spec.load = [parentId, load](ApiClient &client, const QString &groupId, const QString &appId,
                                 const QString &) { return load(client, groupId, appId, *parentId); };
    spec.idOf = [](const ResourceDoc &doc) { return doc.id; };
    spec.columns = std::move(columns);
    return spec;
}

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? DocListModel::tr("yes") : QString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << (item.isString() ? item.toString()
                                      : QString::fromUtf8(QJsonDocument(QJsonArray { item })
                                                              .toJson(QJsonDocument::Compact)));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

} // namespace

DocListModel::DocListModel(ApiClient *client, Loader load,
                           QList<ListColumn<ResourceDoc>> columns, QObject *parent)
    : DocListModel(client, std::make_shared<QString>(), std::move(load), std::move(columns), parent)
{
}

DocListModel::DocListModel(ApiClient *client, std::shared_ptr<QString> parentId, Loader load,
                           QList<ListColumn<ResourceDoc>> columns, QObject *parent)
    : ListModel<ResourceDoc>(client, makeSpec(parentId, std::move(load), std::move(columns)),
                             parent)
    , m_parentId(std::move(parentId))
{
}

void DocListModel::setParentId(const QString &parentId)
{
    if (*m_parentId == parentId)
        return;
    clear();
    *m_parentId = parentId;
}

QVariant DocListModel::data(const QModelIndex &index, int role) const
{
    if (role == DocRole && index.isValid())
        return QVariant::fromValue(itemAt(index.row()).doc);
    return ListModel<ResourceDoc>::data(index, role);
}

ListColumn<ResourceDoc> DocListModel::textColumn(const QString &title, const QString &key)
{
    return { title, [key](const ResourceDoc &doc, int role) -> QVariant {
                const QJsonValue value = doc.doc.value(key);
                switch (role) {
                case Qt::DisplayRole:
                case Qt::ToolTipRole:
                case Qt::AccessibleTextRole:
                    return cellText(value);
                case ListModelBase::SortRole:
                    return value.isDouble() ? QVariant(value.toDouble())
                                            : QVariant(cellText(value).toLower());
                }
                return {};
            } };
}

ListColumn<ResourceDoc> DocListModel::enabledColumn(const QString &title)
{
    return { title, [](const ResourceDoc &doc, int role) -> QVariant {
                const bool disabled = doc.doc.value(QLatin1String("disabled")).toBool();
                switch (role) {
                case Qt::DisplayRole:
                case Qt::AccessibleTextRole:
                    return disabled ? DocListModel::tr("disabled") : DocListModel::tr("enabled");
                case ListModelBase::SortRole:
                    return !disabled;
                }
                return {};
            } };
}

DocListModel *DocListModel::services(ApiClient *client, QObject *parent)
{
    return new DocListModel(
        client,
        [](ApiClient &c, const QString &g, const QString &a, const QString &) {
            return servicecalls::list(c, g, a);
        },
        { textColumn(tr("Name"), QStringLiteral("name")),
          textColumn(tr("Type"), QStringLiteral("type")),
          textColumn(tr("Version"), QStringLiteral("version")) },
        parent);
}

DocListModel *DocListModel::rules(ApiClient *client, QObject *parent)
{
    return new DocListModel(
        client,
        [](ApiClient &c, const QString &g, const QString &a, const QString &service) {
            return rulecalls::list(c, g, a, service);
        },
        { textColumn(tr("Name"), QStringLiteral("name")),
          textColumn(tr("Actions"), QStringLiteral("actions")) },
        parent);
}

DocListModel *DocListModel::webhooks(ApiClient *client, QObject *parent)
{
    return new DocListModel(
        client,
        [](ApiClient &c, const QString &g, const QString &a, const QString &service) {
            return webhookcalls::list(c, g, a, service);
        },
        { textColumn(tr("Name"), QStringLiteral("name")),
          textColumn(tr("Responds"), QStringLiteral("respond_result")) },
        parent);
}

DocListModel *DocListModel::authProviders(ApiClient *client, QObject *parent)
{
    return new DocListModel(
        client,
        [](ApiClient &c, const QString &g, const QString &a, const QString &) {
            return authprovidercalls::list(c, g, a);
        },
        { textColumn(tr("Name"), QStringLiteral("name")),
          textColumn(tr("Type"), QStringLiteral("type")), enabledColumn(tr("State")) },
        parent);
}

DocListModel *DocListModel::pushMessages(ApiClient *client, const QString &state, QObject *parent)
{
    return new DocListModel(
        client,
        [state](ApiClient &c, const QString &g, const QString &a, const QString &) {
            return pushcalls::list(c, g, a, state);
        },
        { textColumn(tr("Label"), QStringLiteral("label")),
          textColumn(tr("Topic"), QStringLiteral("topic")),
          textColumn(tr("Message"), QStringLiteral("message")),
          textColumn(tr("Type"), QStringLiteral("type")),
          textColumn(state == QLatin1String("sent") ? tr("Sent") : tr("Created"),
                     state == QLatin1String("sent") ? QStringLiteral("sent")
                                                    : QStringLiteral("created")) },
        parent);
}
