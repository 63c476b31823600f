#include "panelregistry.h"
#include "appspanel.h"
#include "functionspanel.h"
#include "hostingpanel.h"
#include "logspanel.h"
#include "valuespanel.h"

#include <models/applistmodel.h>
#include <models/functionlistmodel.h>
#include <models/sharedmodels.h>
#include <models/valuelistmodel.h>
#include <session/session.h>

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PanelRegistry", text);
}

template<typename Model> QList<PanelItem> itemsOf(Model *model)
{
    QList<PanelItem> items;
    items.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        items.append({ model->index(row, 0).data(ListModelBase::IdRole).toString(),
                       model->index(row, 0).data().toString() });
    }
    return items;
}

QKeySequence shortcutFor(int position)
{
    if (position < 9)
        return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + position));
    if (position == 9)
        return QKeySequence(Qt::CTRL | Qt::Key_0);
    if (position < 19)
        return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + position - 10));
    return {};
}

} // namespace

QList<PanelSpec> panelRegistry()
{
    QList<PanelSpec> rows;

    PanelSpec apps;
    apps.id = QStringLiteral("apps");
    apps.title = tr("Apps");
    apps.description = tr("Create, delete and export the apps of the current group");
    apps.iconName = QStringLiteral("applications-other");
    apps.buildBeforeFirstPaint = true;
    apps.create = [](Session *session, QWidget *parent) { return new AppsPanel(session, parent); };
    apps.items = [](Session *session) { return itemsOf(SharedModels::of(session)->apps()); };
    apps.itemKind = tr("App");
    rows << apps;

    PanelSpec functions;
    functions.id = QStringLiteral("functions");
    functions.title = tr("Functions");
    functions.description = tr("Edit, save and test-run the functions of the current app");
    functions.iconName = QStringLiteral("text-x-script");
    functions.needsApp = true;
    functions.create = [](Session *session, QWidget *parent) {
        return new FunctionsPanel(session, QString(), parent);
    };
    functions.items
        = [](Session *session) { return itemsOf(SharedModels::of(session)->functions()); };
    functions.itemKind = tr("Function");
    rows << functions;

    PanelSpec values;
    values.id = QStringLiteral("values");
    values.title = tr("Values");
    values.description = tr("Create, edit and delete the values functions read");
    values.iconName = QStringLiteral("accessories-dictionary");
    values.needsApp = true;
    values.create = [](Session *session, QWidget *parent) { return new ValuesPanel(session, parent); };
    values.items = [](Session *session) { return itemsOf(SharedModels::of(session)->values()); };
    values.itemKind = tr("Value");
    rows << values;

    PanelSpec hosting;
    hosting.id = QStringLiteral("hosting");
    hosting.title = tr("Hosting");
    hosting.description = tr("Browse, upload, sync and edit the current app's hosted files");
    hosting.iconName = QStringLiteral("folder-remote");
    hosting.needsApp = true;
    hosting.create = [](Session *session, QWidget *parent) { return new HostingPanel(session, parent); };
    rows << hosting;

    PanelSpec logs;
    logs.id = QStringLiteral("logs");
    logs.title = tr("Logs");
    logs.description = tr("Browse, filter, tail and export the current app's logs");
    logs.iconName = QStringLiteral("text-x-generic");
    logs.needsApp = true;
    logs.create = [](Session *session, QWidget *parent) { return new LogsPanel(session, parent); };
    rows << logs;

    for (int i = 0; i < rows.size(); ++i)
        rows[i].shortcut = shortcutFor(i);
    return rows;
}
