#include "callstackmodel.h"

CallStackModel::CallStackModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CallStackModel::setPause(const PauseInfo &pause)
{
    beginResetModel();
    m_frames = pause.appFrames();
    endResetModel();
}

void CallStackModel::clear()
{
    beginResetModel();
    m_frames.clear();
    endResetModel();
}

int CallStackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_frames.size());
}

QVariant CallStackModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallFrame &frame = m_frames.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // The function a file exports is named "exports" by V8: the app function's name says more.
        if (frame.functionName.isEmpty() || frame.functionName == u"exports")
            return tr("%1, line %2").arg(frame.appFunction()).arg(frame.line + 1);
        return tr("%1 in %2, line %3").arg(frame.functionName, frame.appFunction()).arg(frame.line + 1);
    case Qt::ToolTipRole:
        return tr("Function %1, line %2").arg(frame.appFunction()).arg(frame.line + 1);
    case FrameIdRole:
        return frame.id;
    case FunctionRole:
        return frame.appFunction();
    case LineRole:
        return frame.line + 1;
    default:
        return {};
    }
}
