#pragma once

#include "listmodel.h"

#include <api/dependencycalls.h>

#include <QCoreApplication>

//! The packages of one app's uploaded node_modules: name and version. The Functions editor's
//! completion offers their names inside require('…').
class DependencyListModel : public ListModel<DependencyPackage>
{
    Q_DECLARE_TR_FUNCTIONS(DependencyListModel)
public:
    enum Column { NameColumn, VersionColumn };
    explicit DependencyListModel(ApiClient *client, QObject *parent = nullptr);

    QStringList names() const;
};
