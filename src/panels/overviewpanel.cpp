#include "overviewpanel.h"
#include "panelkit.h"

#include <api/overviewcalls.h>
#include <models/functionlistmodel.h>
#include <models/sharedmodels.h>
#include <models/userlistmodel.h>
#include <models/userlistmodel.h>
#include <models/valuelistmodel.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/errorbanner.h>

#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

const char *const kFields[] = { "name", "client_app_id", "_id", "location", "deployment_model",
                                "product", "domain_id", "last_deployment" };

} // namespace

OverviewPanel::OverviewPanel(Session *session, QWidget *parent)
    : Panel(session, ContextChange | AppDataChange, parent)
{
    setObjectName(QStringLiteral("overviewPanel"));
    m_title = panelkit::title(tr("Overview"), this);
    m_hint = panelkit::hint(this);
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("overviewErrorBanner"));
    m_busy = new BusyIndicator(this);
    m_busy->setAccessibleName(tr("Loading the overview"));
    m_refresh = panelkit::button(tr("Refresh"), QStringLiteral("refreshOverviewButton"),
                                 tr("Load the app's details and counts again (F5)"), this);

    auto *detailsBox = new QGroupBox(tr("Details"), this);
    m_details = new QFormLayout(detailsBox);
    const QStringList titles { tr("Name:"),           tr("Client App ID:"),
                               tr("App ID:"),         tr("Location:"),
                               tr("Deployment model:"), tr("Product:"),
                               tr("Domain ID:"),      tr("Last deployment:") };
    for (int i = 0; i < titles.size(); ++i) {
        auto *value = new QLabel(QStringLiteral("—"), detailsBox);
        value->setObjectName(QStringLiteral("overviewDetail_%1").arg(QLatin1String(kFields[i])));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(titles.at(i));
        m_detailLabels.insert(QLatin1String(kFields[i]), value);
        m_details->addRow(titles.at(i), value);
    }

    m_resources = {
        { QStringLiteral("functions"), tr("Functions"), {} },
        { QStringLiteral("values"), tr("Values"), {} },
        { QStringLiteral("triggers"), tr("Triggers"), { QStringLiteral("triggers") } },
        { QStringLiteral("services"), tr("Services"), { QStringLiteral("services") } },
        { QStringLiteral("authproviders"), tr("Auth providers"),
          { QStringLiteral("auth_providers") } },
        { QStringLiteral("users"), tr("Users"), {} },
        { QStringLiteral("apikeys"), tr("API keys"), { QStringLiteral("api_keys") } },
        { QStringLiteral("hosting"), tr("Hosting files"),
          { QStringLiteral("hosting"), QStringLiteral("assets") } },
        { QStringLiteral("push"), tr("Push notifications"),
          { QStringLiteral("push"), QStringLiteral("notifications") } },
        { QStringLiteral("security"), tr("Allowed origins"),
          { QStringLiteral("security"), QStringLiteral("allowed_request_origins") } },
        { QStringLiteral("logs"), tr("Logs"), {} },
        { QStringLiteral("deploy"), tr("Deployments"), {} },
    };
    auto *countsBox = new QGroupBox(tr("Resources"), this);
    auto *grid = new QGridLayout(countsBox);
    grid->setColumnStretch(3, 1);
    QWidget *previous = m_refresh;
    for (int i = 0; i < m_resources.size(); ++i) {
        Resource &resource = m_resources[i];
        auto *name = new QLabel(resource.title, countsBox);
        resource.count = new QLabel(countsBox);
        resource.count->setObjectName(QStringLiteral("overviewCount_%1").arg(resource.panelId));
        resource.count->setMinimumWidth(resource.count->fontMetrics().horizontalAdvance(
            QStringLiteral("00000")));
        resource.count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        resource.link = new QPushButton(tr("Open %1").arg(resource.title), countsBox);
        resource.link->setObjectName(QStringLiteral("overviewLink_%1").arg(resource.panelId));
        resource.link->setToolTip(tr("Show the %1 panel").arg(resource.title));
        grid->addWidget(name, i, 0);
        grid->addWidget(resource.count, i, 1);
        grid->addWidget(resource.link, i, 2);
        const QString panelId = resource.panelId;
        connect(resource.link, &QPushButton::clicked, this,
                [this, panelId] { emit navigateRequested(panelId, QString()); });
        setTabOrder(previous, resource.link);
        previous = resource.link;
    }

    auto *content = new QWidget(this);
    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(detailsBox, 3);
    columns->addWidget(countsBox, 2);
    columns->setAlignment(detailsBox, Qt::AlignTop);
    columns->setAlignment(countsBox, Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_busy);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_hint);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);

    connect(m_refresh, &QPushButton::clicked, this, &OverviewPanel::refresh);
    connect(m_banner, &ErrorBanner::retryRequested, this, &OverviewPanel::refresh);
    SharedModels *shared = SharedModels::of(session);
    for (QAbstractItemModel *model :
         { static_cast<QAbstractItemModel *>(shared->functions()),
           static_cast<QAbstractItemModel *>(shared->values()),
           static_cast<QAbstractItemModel *>(shared->users()) }) {
        connect(model, &QAbstractItemModel::modelReset, this, &OverviewPanel::showShared);
        connect(model, &QAbstractItemModel::rowsInserted, this, &OverviewPanel::showShared);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &OverviewPanel::showShared);
        connect(static_cast<ListModelBase *>(model), &ListModelBase::loadingChanged, this,
                &OverviewPanel::showShared);
    }
    declareCalls(bindAction(m_refresh), { QStringLiteral("overviewcalls::appDefinition") });
}

OverviewPanel::~OverviewPanel()
{
    abandonAll();
}

void OverviewPanel::abandonAll()
{
    for (QPointer<ApiJob> &job : m_jobs)
        ApiJob::abandonFor(this, job);
    m_jobs.clear();
}

QString OverviewPanel::countText(const QString &panelId) const
{
    for (const Resource &resource : m_resources) {
        if (resource.panelId == panelId)
            return resource.count->text();
    }
    return {};
}

QPushButton *OverviewPanel::linkFor(const QString &panelId) const
{
    for (const Resource &resource : m_resources) {
        if (resource.panelId == panelId)
            return resource.link;
    }
    return nullptr;
}

QString OverviewPanel::detailText(const QString &field) const
{
    QLabel *label = m_detailLabels.value(field);
    return label ? label->text() : QString();
}

void OverviewPanel::setCount(const QString &panelId, const QString &text)
{
    for (Resource &resource : m_resources) {
        if (resource.panelId == panelId) {
            resource.count->setText(text);
            resource.count->setAccessibleName(tr("%1: %2").arg(resource.title, text));
        }
    }
}

void OverviewPanel::setDetail(const QString &field, const QString &text)
{
    if (QLabel *label = m_detailLabels.value(field))
        label->setText(text.isEmpty() ? QStringLiteral("—") : text);
}

void OverviewPanel::showShared()
{
    SharedModels *shared = SharedModels::of(session());
    const QString appId = session()->currentApp().id;
    const auto text = [&](ListModelBase *model) {
        if (appId.isEmpty() || model->appId() != appId)
            return QString();
        if (!model->hasLoaded())
            return model->isLoading() ? QStringLiteral("…") : QStringLiteral("?");
        if (model->isPaged() && !model->isComplete())
            return tr("%1+").arg(model->rowCount());
        return QString::number(model->rowCount());
    };
    setCount(QStringLiteral("functions"), text(shared->functions()));
    setCount(QStringLiteral("values"), text(shared->values()));
    setCount(QStringLiteral("users"), text(shared->users()));
}

void OverviewPanel::reloadForContext()
{
    refresh();
}

void OverviewPanel::refresh()
{
    markFresh();
    abandonAll();
    m_banner->clear();
    const App app = session()->currentApp();
    for (const char *field : kFields)
        setDetail(QLatin1String(field), QString());
    for (const Resource &resource : std::as_const(m_resources)) {
        resource.count->clear();
        resource.link->setEnabled(!app.isNull());
    }
    if (app.isNull() || !session()->isSignedIn()) {
        m_title->setText(tr("Overview"));
        m_hint->setText(tr("Open an app in Apps (double-click it) to see its overview."));
        m_busy->setRunning(false);
        return;
    }
    m_title->setText(tr("Overview of %1").arg(app.name));
    m_hint->setText(tr("The app's details and what it holds. Each Open button shows that "
                       "panel."));
    const QString groupId = panelkit::groupOf(session());
    setDetail(QStringLiteral("name"), app.name);
    setDetail(QStringLiteral("_id"), app.id);
    setDetail(QStringLiteral("client_app_id"), app.clientAppId);
    setDetail(QStringLiteral("location"), app.location);
    setDetail(QStringLiteral("deployment_model"), app.deploymentModel);
    setDetail(QStringLiteral("domain_id"), app.domainId);
    ApiClient *client = session()->client();
    const auto settle = [this] {
        bool running = false;
        for (const QPointer<ApiJob> &job : std::as_const(m_jobs))
            running = running || (job && !job->isFinished());
        m_busy->setRunning(running);
    };

    auto *definition = overviewcalls::appDefinition(*client, groupId, app.id);
    m_jobs << definition;
    definition->onFinished(this, [this, settle](Job<QJsonObject> *job) {
        if (job->ok()) {
            const QJsonObject app = job->result();
            for (const char *field : kFields) {
                const QJsonValue value = app.value(QLatin1String(field));
                if (value.isString())
                    setDetail(QLatin1String(field), value.toString());
            }
            if (!app.contains(QLatin1String("product")))
                setDetail(QStringLiteral("product"), tr("standard"));
        } else if (job->error().kind != ApiError::Cancelled) {
            m_banner->setRetryVisible(true);
            m_banner->showError(job->error());
        }
        settle();
    });
    auto *deployment = overviewcalls::latestDeployment(*client, groupId, app.id);
    m_jobs << deployment;
    deployment->onFinished(this, [this, settle](Job<QJsonObject> *job) {
        QString text;
        if (job->ok() && job->result().isEmpty()) {
            text = tr("never deployed");
        } else if (job->ok()) {
            const QJsonObject latest = job->result();
            const qint64 at = qint64(latest.value(QLatin1String("deployed_at")).toDouble());
            text = tr("%1, %2")
                       .arg(QDateTime::fromSecsSinceEpoch(at).toString(
                                QStringLiteral("yyyy-MM-dd HH:mm")),
                            latest.value(QLatin1String("status")).toString());
            const QString error = latest.value(QLatin1String("status_error_message")).toString();
            if (!error.isEmpty())
                text += QStringLiteral(" (%1)").arg(error);
        } else if (job->error().kind != ApiError::Cancelled) {
            text = tr("unknown (%1)").arg(job->error().summary());
        }
        setDetail(QStringLiteral("last_deployment"), text);
        setCount(QStringLiteral("deploy"), QString());
        settle();
    });
    for (const Resource &resource : std::as_const(m_resources)) {
        if (resource.path.isEmpty())
            continue;
        setCount(resource.panelId, QStringLiteral("…"));
        auto *count = overviewcalls::count(*client, groupId, app.id, resource.path);
        m_jobs << count;
        count->onFinished(this, [this, settle, id = resource.panelId](Job<int> *job) {
            if (job->ok())
                setCount(id, QString::number(job->result()));
            else if (job->error().kind != ApiError::Cancelled)
                setCount(id, QStringLiteral("?"));
            settle();
        });
    }
    m_busy->setRunning(true);
    SharedModels *shared = SharedModels::of(session());
    shared->ensureLoaded();
    // The shared lists load once per app; the overview's F5 (or another panel's change) reads
    // them again, except a users list grown past its first page that the Users panel browses.
    for (ListModelBase *model : { static_cast<ListModelBase *>(shared->functions()),
                                  static_cast<ListModelBase *>(shared->values()),
                                  static_cast<ListModelBase *>(shared->users()) }) {
        const bool mine = model->appId() == app.id && model->hasLoaded() && !model->isLoading();
        if (mine && model->rowCount() <= UserListModel::PageSize)
            model->refresh();
        else
            model->ensureLoaded(groupId, app.id);
    }
    showShared();
}

void OverviewPanel::focusFilter()
{
    // No list to filter here: Ctrl+F goes to the first link.
    if (!m_resources.isEmpty())
        m_resources.first().link->setFocus(Qt::ShortcutFocusReason);
}
