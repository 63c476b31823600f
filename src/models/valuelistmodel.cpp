#include "valuelistmodel.h"

namespace {

ListModel<StitchValue>::Spec valuesSpec()
{
    ListModel<StitchValue>::Spec spec;
    spec.load = [](ApiClient &client, const QString &groupId, const QString &appId,
                   const QString &) { return valuecalls::list(client, groupId, appId); };
    spec.idOf = [](const StitchValue &value) { return value.id; };
    const auto name = [](const StitchValue &value, int role) -> QVariant {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return value.name;
        if (role == ValueListModel::PrivateRole)
            return value.isPrivate;
        return {};
    };
    const auto privacy = [](const StitchValue &value, int role) -> QVariant {
        switch (role) {
        case Qt::DisplayRole:
            return value.isPrivate ? ValueListModel::tr("private") : QString();
        case Qt::AccessibleTextRole:
            return value.isPrivate ? ValueListModel::tr("private") : ValueListModel::tr("public");
        case Qt::ToolTipRole:
            return value.isPrivate ? ValueListModel::tr("Only functions can read it")
                                   : ValueListModel::tr("Client applications can read it");
        case ListModelBase::SortRole:
        case ValueListModel::PrivateRole:
            return value.isPrivate;
        }
        return {};
    };
    // The preview column's text comes from ValueListModel::data (it is read on demand).
    const auto preview = [](const StitchValue &, int) -> QVariant { return {}; };
    spec.columns = { { ValueListModel::tr("Name"), name },
                     { ValueListModel::tr("Private"), privacy },
                     { ValueListModel::tr("Value"), preview } };
    return spec;
}

} // namespace

ValueListModel::ValueListModel(ApiClient *client, QObject *parent)
    : ListModel<StitchValue>(client, valuesSpec(), parent)
{
    // What was read before a reload may have changed since: read it again when painted.
    connect(this, &ListModelBase::reloaded, this, &ValueListModel::forgetPreviews);
    connect(this, &QAbstractItemModel::modelReset, this, [this] { m_wanted.clear(); });
}

ValueListModel::~ValueListModel()
{
    for (QPointer<ApiJob> &job : m_previewJobs)
        ApiJob::abandonFor(this, job);
}

QStringList ValueListModel::names() const
{
    QStringList names;
    names.reserve(items().size());
    for (const StitchValue &value : items())
        names.append(value.name);
    return names;
}

QVariant ValueListModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == PreviewColumn
        && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == JsonValueRole
            || role == SortRole || role == Qt::AccessibleTextRole)) {
        const QString id = data(index, IdRole).toString();
        const auto known = m_known.constFind(id);
        if (known == m_known.constEnd()) {
            if (role == Qt::DisplayRole)
                wantPreview(id);
            return role == Qt::AccessibleTextRole ? tr("value not read yet") : QVariant();
        }
        if (role == JsonValueRole)
            return QVariant::fromValue(*known);
        // A value from a secret holds the secret's name; what it reads is never shown.
        if (itemAt(index.row()).fromSecret && known->isString())
            return tr("secret “%1”").arg(known->toString());
        return valuecalls::preview(*known, role == Qt::ToolTipRole ? 2000 : 80);
    }
    return ListModel<StitchValue>::data(index, role);
}

void ValueListModel::setKnownValue(const QString &valueId, const QJsonValue &value)
{
    m_known.insert(valueId, value);
    const int row = rowOf(valueId);
    if (row >= 0)
        emit dataChanged(index(row, PreviewColumn), index(row, PreviewColumn));
}

void ValueListModel::wantPreview(const QString &valueId) const
{
    if (m_wanted.contains(valueId))
        return;
    for (const QPointer<ApiJob> &job : m_previewJobs) {
        if (job && job->property("valueId").toString() == valueId)
            return;
    }
    m_wanted.append(valueId);
    if (m_startQueued)
        return;
    // data() is const and may run inside a paint: the calls start on the next turn.
    m_startQueued = true;
    auto *self = const_cast<ValueListModel *>(this);
    QMetaObject::invokeMethod(self, [self] { self->startPreviewCalls(); }, Qt::QueuedConnection);
}

void ValueListModel::startPreviewCalls()
{
    m_startQueued = false;
    m_previewJobs.removeAll(nullptr);
    while (m_previewJobs.size() < MaxPreviewCalls && !m_wanted.isEmpty()) {
        // The rows painted last are the ones on screen now.
        const QString id = m_wanted.takeLast();
        if (m_known.contains(id) || rowOf(id) < 0)
            continue;
        auto *job = valuecalls::get(*client(), groupId(), appId(), id);
        job->setProperty("valueId", id);
        m_previewJobs.append(job);
        job->onFinished(this, [this, id](Job<StitchValue> *job) {
            if (job->ok())
                setKnownValue(id, job->result().value.isUndefined() ? QJsonValue()
                                                                    : job->result().value);
            startPreviewCalls();
        });
    }
}

void ValueListModel::forgetPreviews()
{
    m_known.clear();
    for (QPointer<ApiJob> &job : m_previewJobs)
        ApiJob::abandonFor(this, job);
    m_previewJobs.clear();
}
