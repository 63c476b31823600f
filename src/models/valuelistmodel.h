#pragma once

#include "listmodel.h"

#include <api/valuecalls.h>

#include <QCoreApplication>
#include <QHash>

//! The values of one app: name, private, and a preview of the value. The list call carries no
//! values, so a preview is read (GET .../values/{id}) when its row is first painted, a few at a
//! time: an app of 10,000 values costs one call per row the user actually looks at.
class ValueListModel : public ListModel<StitchValue>
{
    Q_DECLARE_TR_FUNCTIONS(ValueListModel)
public:
    enum Column { NameColumn, PrivateColumn, PreviewColumn };
    enum Role { ValueIdRole = IdRole, PrivateRole = FirstCustomRole, JsonValueRole };
    static constexpr int MaxPreviewCalls = 4;

    explicit ValueListModel(ApiClient *client, QObject *parent = nullptr);
    ~ValueListModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    StitchValue valueAt(int row) const { return itemAt(row); }
    int rowOf(const QString &valueId) const { return rowOfId(valueId); }
    QStringList names() const;
    //! Whether the value of this id has been read (for its preview or by setKnownValue).
    bool hasKnownValue(const QString &valueId) const { return m_known.contains(valueId); }
    QJsonValue knownValue(const QString &valueId) const { return m_known.value(valueId); }
    //! A value read or written elsewhere (the panel's editor), so the preview needs no call.
    void setKnownValue(const QString &valueId, const QJsonValue &value);

private:
    void wantPreview(const QString &valueId) const;
    void startPreviewCalls();
    void forgetPreviews();

    QHash<QString, QJsonValue> m_known;
    mutable QStringList m_wanted; // painted rows whose value is not read yet, newest last
    mutable bool m_startQueued = false;
    QList<QPointer<ApiJob>> m_previewJobs;
};
