#include "panelregistry.h"
#include "apikeyspanel.h"
#include "appspanel.h"
#include "authproviderspanel.h"
#include "appcodepanel.h"
#include "deploypanel.h"
#include "functionspanel.h"
#include "hostingpanel.h"
#include "logspanel.h"
#include "triggerspanel.h"
#include "pushpanel.h"
#include "servicespanel.h"
#include "overviewpanel.h"
#include "securitypanel.h"
#include "userspanel.h"
#include "valuespanel.h"

#include <models/applistmodel.h>
#include <models/doclistmodel.h>
#include <models/functionlistmodel.h>
#include <models/sharedmodels.h>
#include <models/triggerlistmodel.h>
#include <models/userlistmodel.h>
#include <models/valuelistmodel.h>
#include <session/session.h>

#include <QCoreApplication>

namespace {

//! Gives the rows' tr() the context "PanelRegistry", which lupdate sees (a free tr() it does
//! not, so the titles and descriptions were never offered for translation).
struct PanelRegistry
{
    Q_DECLARE_TR_FUNCTIONS(PanelRegistry)
public:
    static QList<PanelSpec> rows();
};

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
    return PanelRegistry::rows();
}

QList<PanelSpec> PanelRegistry::rows()
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

    PanelSpec overview;
    overview.id = QStringLiteral("overview");
    overview.title = tr("Overview");
    overview.description = tr("The current app's details and how many of each resource it holds");
    overview.iconName = QStringLiteral("go-home");
    overview.needsApp = true;
    overview.create
        = [](Session *session, QWidget *parent) { return new OverviewPanel(session, parent); };
    rows << overview;

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

    PanelSpec appCode;
    appCode.id = QStringLiteral("appcode");
    appCode.title = tr("App as Code");
    appCode.description = tr("Pull the app to a folder, compare a folder or another app with it, "
                             "push a folder as a draft, promote between apps");
    appCode.iconName = QStringLiteral("folder-sync");
    appCode.needsApp = true;
    appCode.create
        = [](Session *session, QWidget *parent) { return new AppCodePanel(session, parent); };
    rows << appCode;

    PanelSpec logs;
    logs.id = QStringLiteral("logs");
    logs.title = tr("Logs");
    logs.description = tr("Browse, filter, tail and export the current app's logs");
    logs.iconName = QStringLiteral("text-x-generic");
    logs.needsApp = true;
    logs.create = [](Session *session, QWidget *parent) { return new LogsPanel(session, parent); };
    rows << logs;

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
    triggers.items
        = [](Session *session) { return itemsOf(SharedModels::of(session)->triggers()); };
    triggers.itemKind = tr("Trigger");
    rows << triggers;

    PanelSpec hosting;
    hosting.id = QStringLiteral("hosting");
    hosting.title = tr("Hosting");
    hosting.description = tr("Browse, upload, sync and edit the current app's hosted files");
    hosting.iconName = QStringLiteral("folder-remote");
    hosting.needsApp = true;
    hosting.create = [](Session *session, QWidget *parent) { return new HostingPanel(session, parent); };
    rows << hosting;

    PanelSpec deploy;
    deploy.id = QStringLiteral("deploy");
    deploy.title = tr("Deploy");
    deploy.description = tr("Review & Deploy: the draft's changes, deploy or discard them, and "
                            "the deployment history");
    deploy.iconName = QStringLiteral("go-up");
    deploy.needsApp = true;
    deploy.create = [](Session *session, QWidget *parent) { return new DeployPanel(session, parent); };
    rows << deploy;

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

    PanelSpec services;
    services.id = QStringLiteral("services");
    services.title = tr("Services");
    services.description
        = tr("Services of the current app: configuration, rules, incoming webhooks, commands");
    services.iconName = QStringLiteral("network-server");
    services.needsApp = true;
    services.create
        = [](Session *session, QWidget *parent) { return new ServicesPanel(session, parent); };
    services.items
        = [](Session *session) { return itemsOf(SharedModels::of(session)->services()); };
    services.itemKind = tr("Service");
    rows << services;

    PanelSpec users;
    users.id = QStringLiteral("users");
    users.title = tr("Users");
    users.description
        = tr("Create, enable, disable, log out and delete app users; confirm pending registrations");
    users.iconName = QStringLiteral("system-users");
    users.needsApp = true;
    users.create = [](Session *session, QWidget *parent) { return new UsersPanel(session, parent); };
    users.items = [](Session *session) { return itemsOf(SharedModels::of(session)->users()); };
    users.itemKind = tr("User");
    rows << users;

    PanelSpec authProviders;
    authProviders.id = QStringLiteral("authproviders");
    authProviders.title = tr("Auth Providers");
    authProviders.description = tr("Create, configure, enable and disable how users sign in");
    authProviders.iconName = QStringLiteral("dialog-password");
    authProviders.needsApp = true;
    authProviders.create = [](Session *session, QWidget *parent) {
        return new AuthProvidersPanel(session, parent);
    };
    authProviders.items
        = [](Session *session) { return itemsOf(SharedModels::of(session)->authProviders()); };
    authProviders.itemKind = tr("Auth provider");
    rows << authProviders;

    PanelSpec apiKeys;
    apiKeys.id = QStringLiteral("apikeys");
    apiKeys.title = tr("API Keys");
    apiKeys.description = tr("Create, enable, disable and delete the app's API keys");
    apiKeys.iconName = QStringLiteral("dialog-password");
    apiKeys.needsApp = true;
    apiKeys.create
        = [](Session *session, QWidget *parent) { return new ApiKeysPanel(session, parent); };
    rows << apiKeys;

    PanelSpec push;
    push.id = QStringLiteral("push");
    push.title = tr("Push Notifications");
    push.description = tr("Write, send and delete the current app's push notifications");
    push.iconName = QStringLiteral("mail-send");
    push.needsApp = true;
    push.create = [](Session *session, QWidget *parent) { return new PushPanel(session, parent); };
    push.items
        = [](Session *session) { return itemsOf(SharedModels::of(session)->pushMessages()); };
    push.itemKind = tr("Push notification");
    rows << push;

    PanelSpec security;
    security.id = QStringLiteral("security");
    security.title = tr("Security");
    security.description = tr("Edit the origins browsers may call the app from");
    security.iconName = QStringLiteral("security-high");
    security.needsApp = true;
    security.create
        = [](Session *session, QWidget *parent) { return new SecurityPanel(session, parent); };
    rows << security;

    for (int i = 0; i < rows.size(); ++i)
        rows[i].shortcut = shortcutFor(i);
    return rows;
}
