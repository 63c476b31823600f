#include "functionlistmodel.h"

#include <api/functioncalls.h>

namespace {

ListModel<StitchFunction>::Spec functionsSpec()
{
    ListModel<StitchFunction>::Spec spec;
    spec.load = [](ApiClient &client, const QString &groupId, const QString &appId,
                   const QString &) { return functioncalls::list(client, groupId, appId); };
    spec.idOf = [](const StitchFunction &function) { return function.id; };
    const auto name = [](const StitchFunction &function, int role) -> QVariant {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return function.name;
        if (role == FunctionListModel::PrivateRole)
            return function.isPrivate;
        return {};
    };
    const auto privacy = [](const StitchFunction &function, int role) -> QVariant {
        switch (role) {
        case Qt::DisplayRole:
            return function.isPrivate ? FunctionListModel::tr("private") : QString();
        case Qt::ToolTipRole:
            return function.isPrivate ? FunctionListModel::tr("Hidden from client applications")
                                      : FunctionListModel::tr("Callable from client applications");
        case Qt::AccessibleTextRole:
            return function.isPrivate ? FunctionListModel::tr("private")
                                      : FunctionListModel::tr("public");
        case ListModelBase::SortRole:
            return function.isPrivate;
        case FunctionListModel::PrivateRole:
            return function.isPrivate;
        }
        return {};
    };
    spec.columns = { { FunctionListModel::tr("Name"), name },
                     { FunctionListModel::tr("Private"), privacy } };
    return spec;
}

} // namespace

FunctionListModel::FunctionListModel(ApiClient *client, QObject *parent)
    : ListModel<StitchFunction>(client, functionsSpec(), parent)
{
}

QStringList FunctionListModel::names() const
{
    QStringList names;
    names.reserve(items().size());
    for (const StitchFunction &function : items())
        names.append(function.name);
    return names;
}
