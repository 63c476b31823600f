#pragma once

#include <api/debugtypes.h>

#include <QAbstractListModel>

//! The call stack of a paused debug run: the app functions' frames, innermost first.
class CallStackModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { FrameIdRole = Qt::UserRole + 1, FunctionRole, LineRole };

    explicit CallStackModel(QObject *parent = nullptr);

    //! Keeps the frames of app functions only (the runtime's own are of no use to the user).
    void setPause(const PauseInfo &pause);
    void clear();
    CallFrame frame(int row) const { return m_frames.value(row); }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<CallFrame> m_frames;
};
