#include "panelregistry.h"
#include "appspanel.h"
#include "authproviderspanel.h"
#include "deploypanel.h"
#include "functionspanel.h"
#include "hostingpanel.h"
#include "logspanel.h"
#include "triggerspanel.h"
#include "pushpanel.h"
#include "servicespanel.h"
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

    PanelSpec triggers;
    triggers.id = QStringLiteral("triggers");
    triggers.title = tr("Triggers");
    triggers.description
        = tr("Create, edit, enable, resume and watch the triggers of the current app");
    triggers.iconName = QStringLiteral("chronometer");
    triggers.needsApp = true;
    triggers.create = [](Session *session, QWidget *parent) {
        return new TriggersPanel(session, parent);
    };
    rows << triggers;
    PanelSpec services;
    services.id = QStringLiteral("services");
    services.title = tr("Services");
    services.description
        = tr("Services of the current app: configuration, rules, incoming webhooks, commands");
    services.iconName = QStringLiteral("network-server");
    services.needsApp = true;
    services.create
        = [](Session *session, QWidget *parent) { return new ServicesPanel(session, parent); };
    rows << services;

    PanelSpec authProviders;
    authProviders.id = QStringLiteral("authproviders");
    authProviders.title = tr("Auth Providers");
    authProviders.description = tr("Create, configure, enable and disable how users sign in");
    authProviders.iconName = QStringLiteral("dialog-password");
    authProviders.needsApp = true;
    authProviders.create = [](Session *session, QWidget *parent) {
        return new AuthProvidersPanel(session, parent);
    };
    rows << authProviders;

    PanelSpec push;
    push.id = QStringLiteral("push");
    push.title = tr("Push Notifications");
    push.description = tr("Write, send and delete the current app's push notifications");
    push.iconName = QStringLiteral("mail-send");
    push.needsApp = true;
    push.create = [](Session *session, QWidget *parent) { return new PushPanel(session, parent); };
    rows << push;
    PanelSpec deploy;
    deploy.id = QStringLiteral("deploy");
    deploy.title = tr("Deploy");
    deploy.description = tr("Review & Deploy: the draft's changes, deploy or discard them, and "
                            "the deployment history");
    deploy.iconName = QStringLiteral("go-up");
    deploy.needsApp = true;
    deploy.create = [](Session *session, QWidget *parent) { return new DeployPanel(session, parent); };
    rows << deploy;
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
