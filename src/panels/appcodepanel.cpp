#include "appcodepanel.h"

#include "appcodewatch.h"
#include "promotetarget.h"

#include <api/apiclient.h>
#include <models/applistmodel.h>
#include <models/appcode/appreader.h>
#include <models/sharedmodels.h>
#include <session/session.h>
#include <widgets/editor/diffview.h>
#include <widgets/editor/reviewview.h>
#include <widgets/errorbanner.h>
#include <widgets/statuslabel.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHostAddress>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace appcode;

namespace {
const char *const kFolderKey = "appCode/folder";
}

AppCodePanel::AppCodePanel(Session *session, QWidget *parent)
    : Panel(session, ContextChange, parent)
    , m_watch(new AppCodeWatch(session, this))
    , m_remote(new PromoteTarget(this))
{
    buildUi();
    connect(m_remote, &PromoteTarget::secretNeeded, this, &AppCodePanel::askTargetSecret);
    connect(m_remote, &PromoteTarget::appsListed, this, &AppCodePanel::fillRemoteTargets);
    connect(m_remote, &PromoteTarget::failed, this, [this](const QString &reason) {
        m_banner->showMessage(reason);
        setBusy(false, reason);
    });
    connect(SharedModels::of(session)->apps(), &ListModelBase::reloaded, this,
            &AppCodePanel::fillTargets);
    updateState();
}

AppCodePanel::~AppCodePanel()
{
    // The target's review goes before its sign-in does.
    closeTargetReview();
}

void AppCodePanel::buildUi()
{
    auto *title = new QLabel(tr("App as code"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("appCodeErrorBanner"));

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("appCodeFolderEdit"));
    m_folder->setPlaceholderText(tr("A folder under version control, e.g. ~/src/my-app"));
    m_folder->setAccessibleName(tr("App folder"));
    m_folder->setText(QSettings().value(QLatin1String(kFolderKey)).toString());
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setToolTip(tr("Choose the app's folder"));
    connect(m_browse, &QPushButton::clicked, this, &AppCodePanel::chooseFolder);
    connect(m_folder, &QLineEdit::textChanged, this, [this](const QString &text) {
        QSettings().setValue(QLatin1String(kFolderKey), text);
        m_compared = false;
        updateState();
    });

    m_pull = new QPushButton(tr("&Pull to Folder"), this);
    m_pull->setObjectName(QStringLiteral("appCodePullButton"));
    m_pull->setToolTip(tr("Write the app into the folder: a second pull of an unchanged app "
                          "changes no byte"));
    m_compare = new QPushButton(tr("&Compare Folder"), this);
    m_compare->setObjectName(QStringLiteral("appCodeCompareButton"));
    m_compare->setToolTip(tr("What a push of the folder would change on the app"));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("appCodeProfileCombo"));
    m_profile->setAccessibleName(tr("Profile to promote to"));
    m_profile->setToolTip(tr("Another profile signs in separately, with the secret the keychain "
                             "holds for it (or one you type); the window stays signed in here"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &AppCodePanel::onProfileChosen);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("appCodeTargetCombo"));
    m_target->setAccessibleName(tr("App to promote to"));
    m_compareApp = new QPushButton(tr("Compare &with App"), this);
    m_compareApp->setObjectName(QStringLiteral("appCodeCompareAppButton"));
    m_compareApp->setToolTip(tr("What promoting the current app to the chosen app would change "
                                "there"));
    m_dryRun = new QPushButton(tr("&Dry Run"), this);
    m_dryRun->setObjectName(QStringLiteral("appCodeDryRunButton"));
    m_dryRun->setToolTip(tr("List the calls a push would make, without making them"));
    m_push = new QPushButton(tr("P&ush as Draft"), this);
    m_push->setObjectName(QStringLiteral("appCodePushButton"));
    m_push->setToolTip(tr("Make the calls inside a draft, then review it in Deploy"));
    m_reviewTarget = new QPushButton(tr("&Review on Target"), this);
    m_reviewTarget->setObjectName(QStringLiteral("appCodeReviewTargetButton"));
    m_reviewTarget->setToolTip(tr("Switch to the app promoted to and review its draft before "
                                  "deploying it"));
    m_reviewTarget->hide();
    connect(m_reviewTarget, &QPushButton::clicked, this, &AppCodePanel::reviewOnTarget);
    connect(m_pull, &QPushButton::clicked, this, &AppCodePanel::pull);
    connect(m_compare, &QPushButton::clicked, this, &AppCodePanel::compareFolder);
    connect(m_compareApp, &QPushButton::clicked, this, &AppCodePanel::compareWithApp);
    connect(m_dryRun, &QPushButton::clicked, this, &AppCodePanel::dryRun);
    connect(m_push, &QPushButton::clicked, this, &AppCodePanel::push);
    for (QPushButton *button :
         { m_browse, m_pull, m_compare, m_compareApp, m_dryRun, m_push, m_reviewTarget })
        bindAction(button);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    folderRow->addWidget(m_pull);
    folderRow->addWidget(m_compare);
    auto *promoteRow = new QHBoxLayout;
    auto *profileLabel = new QLabel(tr("Promote to: p&rofile"), this);
    profileLabel->setBuddy(m_profile);
    auto *promoteLabel = new QLabel(tr("&app"), this);
    promoteLabel->setBuddy(m_target);
    promoteRow->addWidget(profileLabel);
    promoteRow->addWidget(m_profile);
    promoteRow->addWidget(promoteLabel);
    promoteRow->addWidget(m_target, 1);
    promoteRow->addWidget(m_compareApp);
    promoteRow->addStretch();
    promoteRow->addWidget(m_dryRun);
    promoteRow->addWidget(m_push);
    promoteRow->addWidget(m_reviewTarget);

    m_watchBox = new QCheckBox(tr("Wa&tch"), this);
    m_watchBox->setObjectName(QStringLiteral("appCodeWatchBox"));
    m_watchBox->setToolTip(tr("Push functions to this Local app as they are saved in the folder "
                              "(no draft; never deletes)"));
    connect(m_watchBox, &QCheckBox::toggled, this, &AppCodePanel::setWatching);
    folderRow->addWidget(m_watchBox);
    m_watchLabel = new StatusLabel(tr("Watch"), this);
    m_watchLabel->setObjectName(QStringLiteral("appCodeWatchLabel"));
    m_watchLabel->setAutoFillBackground(true);
    m_watchLabel->setMargin(4);
    m_watchLabel->setBackgroundRole(QPalette::Highlight);
    m_watchLabel->setForegroundRole(QPalette::HighlightedText);
    m_watchLabel->hide();
    connect(m_watch, &AppCodeWatch::reported, this, [this](const QString &text, bool error) {
        m_watchLabel->setText(tr("Watching %1 → %2. %3")
                                  .arg(QDir::toNativeSeparators(folder()),
                                       session()->currentApp().name, text));
        if (error)
            m_banner->showMessage(text);
    });

    m_summary = new StatusLabel(tr("Comparison"), this);
    m_summary->setObjectName(QStringLiteral("appCodeSummary"));
    m_summary->setWordWrap(true);
    m_review = new ReviewView(this);
    m_calls = new QPlainTextEdit(this);
    m_calls->setObjectName(QStringLiteral("appCodeCalls"));
    m_calls->setReadOnly(true);
    m_calls->setAccessibleName(tr("Calls of the push"));
    m_calls->setPlaceholderText(tr("The calls of a dry run or a push, with their outcome."));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_review);
    splitter->addWidget(m_calls);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_banner);
    layout->addLayout(folderRow);
    layout->addLayout(promoteRow);
    layout->addWidget(m_watchLabel);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    m_review->showMessage(tr("Pull the app into a folder, or compare a folder (or another app) "
                             "with it: the differences show here."));
    setTabOrder(m_folder, m_browse);
    setTabOrder(m_browse, m_pull);
    setTabOrder(m_pull, m_compare);
    setTabOrder(m_compare, m_profile);
    setTabOrder(m_profile, m_target);
    setTabOrder(m_target, m_compareApp);
    setTabOrder(m_compareApp, m_dryRun);
    setTabOrder(m_dryRun, m_push);
}

void AppCodePanel::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

QString AppCodePanel::folder() const
{
    return m_folder->text().trimmed().replace(QLatin1Char('~'), QDir::homePath());
}

QString AppCodePanel::summaryText() const
{
    return m_summary->text();
}

QString AppCodePanel::callsText() const
{
    return m_calls->toPlainText();
}

QString AppCodePanel::groupId() const
{
    const App app = session()->currentApp();
    return app.groupId.isEmpty() ? session()->currentGroupId() : app.groupId;
}

void AppCodePanel::reloadForContext()
{
    refresh();
}

QString AppCodePanel::watchText() const
{
    return m_watchLabel->isVisible() ? m_watchLabel->text() : QString();
}

bool AppCodePanel::canWatch() const
{
    if (session()->profile().builtInLocal)
        return true;
    const QHostAddress host(session()->client()->baseUrl().host());
    return host.isLoopback()
        || session()->client()->baseUrl().host() == QLatin1String("localhost");
}

void AppCodePanel::setWatching(bool on)
{
    if (on && (!canWatch() || folder().isEmpty() || session()->currentApp().isNull())) {
        m_watchBox->setChecked(false);
        return;
    }
    if (on) {
        m_watch->start(folder(), groupId(), session()->currentApp().id);
        m_watchLabel->setText(tr("Watching %1 → %2: saved functions are pushed as they are "
                                 "saved.")
                                  .arg(QDir::toNativeSeparators(folder()),
                                       session()->currentApp().name));
        m_watchLabel->show();
        setBadge(tr("watch"));
    } else {
        m_watch->stop();
        m_watchLabel->hide();
        setBadge(QString());
    }
    m_folder->setEnabled(!on);
}

void AppCodePanel::refresh()
{
    markFresh();
    m_compared = false;
    // Another app (or sign-in): watching the old one would push into the wrong place.
    if (m_watchBox->isChecked())
        m_watchBox->setChecked(false);
    m_banner->clear();
    SharedModels::of(session())->apps()->reload(groupId());
    fillProfiles();
    if (targetIsRemote() && m_remote->isSignedIn())
        m_remote->listApps();
    fillTargets();
    updateState();
}

void AppCodePanel::focusFilter()
{
    m_review->fileFilter()->setFocus();
    m_review->fileFilter()->selectAll();
}

void AppCodePanel::fillTargets()
{
    if (targetIsRemote())
        return; // the other profile's apps, filled by fillRemoteTargets()
    const QString kept = m_target->currentData().toString();
    m_target->clear();
    AppListModel *apps = SharedModels::of(session())->apps();
    for (int row = 0; row < apps->rowCount(); ++row) {
        const App app = apps->appAt(row);
        if (app.id != session()->currentApp().id)
            m_target->addItem(app.name, app.id);
    }
    const int index = m_target->findData(kept);
    if (index >= 0)
        m_target->setCurrentIndex(index);
    updateState();
}

void AppCodePanel::chooseFolder()
{
    auto *dialog = new QFileDialog(this, tr("App Folder"), folder());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &AppCodePanel::setFolder);
    dialog->open();
}

void AppCodePanel::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    if (!text.isEmpty())
        m_summary->setText(text);
    updateState();
}

void AppCodePanel::updateState()
{
    const bool hasApp = !session()->currentApp().isNull();
    const bool hasFolder = !folder().isEmpty();
    m_pull->setEnabled(hasApp && hasFolder && !m_busy);
    m_compare->setEnabled(hasApp && hasFolder && !m_busy);
    m_compareApp->setEnabled(hasApp && m_target->count() > 0 && !m_busy);
    m_watchBox->setEnabled(hasApp && hasFolder && canWatch());
    m_dryRun->setEnabled(m_compared && !m_busy);
    m_push->setEnabled(m_compared && !m_busy && !m_comparison.isEmpty());
}

void AppCodePanel::readApp(ApiClient *client, const QString &group, const QString &appId,
                           bool withContents, std::function<void(const Snapshot &)> done,
                           const QHash<QString, QString> &have)
{
    delete m_reader;
    m_reader = new AppReader(client, group, appId, this);
    m_reader->setWithContents(withContents, have);
    connect(m_reader, &AppReader::progress, this, [this](int read, int total) {
        m_summary->setText(tr("Reading the app… %1 of %2 calls").arg(read).arg(total));
    });
    connect(m_reader, &AppReader::finished, this, [this, done] {
        AppReader *reader = m_reader;
        reader->deleteLater();
        if (reader->error().isError()) {
            m_banner->showError(reader->error());
            setBusy(false, tr("Could not read the app."));
            return;
        }
        if (!reader->snapshot().isValid()) {
            m_banner->showMessage(reader->snapshot().problems.join(u'\n'));
            setBusy(false, tr("The app cannot be written as a folder."));
            return;
        }
        done(reader->snapshot());
    });
    m_reader->start();
}

void AppCodePanel::pull()
{
    const QString root = folder();
    if (root.isEmpty() || m_busy)
        return;
    m_banner->clear();
    setBusy(true, tr("Hashing the folder's hosting files…"));
    // Hosting files the folder holds already are not downloaded again.
    auto *hashing = new QFutureWatcher<QHash<QString, QString>>(this);
    connect(hashing, &QFutureWatcherBase::finished, this, [this, hashing, root] {
        hashing->deleteLater();
        pullInto(root, hashing->result());
    });
    hashing->setFuture(QtConcurrent::run([root] { return hostingHashes(root); }));
}

void AppCodePanel::pullInto(const QString &root, const QHash<QString, QString> &have)
{
    m_summary->setText(tr("Reading the app…"));
    readApp(session()->client(), groupId(), session()->currentApp().id, true,
            [this, root](const Snapshot &app) {
        m_summary->setText(tr("Writing the folder…"));
        auto *watcher = new QFutureWatcher<QPair<QString, int>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, root] {
            watcher->deleteLater();
            const auto [error, written] = watcher->result();
            if (!error.isEmpty()) {
                m_banner->showMessage(error);
                setBusy(false, tr("The pull failed."));
                return;
            }
            setBusy(false, tr("Pulled into %1: %n file(s) written.", nullptr, written)
                               .arg(QDir::toNativeSeparators(root)));
            emit statusMessage(m_summary->text());
        });
        watcher->setFuture(QtConcurrent::run([root, app] {
            int written = 0;
            const QString error = writeFolder(root, app, &written);
            return qMakePair(error, written);
        }));
    }, have);
}

void AppCodePanel::compareFolder()
{
    const QString root = folder();
    if (root.isEmpty() || m_busy)
        return;
    m_banner->clear();
    m_calls->clear();
    setBusy(true, tr("Reading the folder…"));
    auto *watcher = new QFutureWatcher<Snapshot>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Snapshot local = watcher->result();
        if (!local.isValid()) {
            m_banner->showMessage(tr("The folder cannot be pushed:\n%1")
                                      .arg(local.problems.join(u'\n')));
            m_compared = false;
            setBusy(false, tr("The folder has problems (see above)."));
            return;
        }
        m_targetAppId = session()->currentApp().id;
        m_targetName = session()->currentApp().name;
        m_targetGroup = groupId();
        m_targetOnRemote = false;
        readApp(session()->client(), m_targetGroup, m_targetAppId, false,
                [this, local](const Snapshot &app) {
            m_current = app;
            m_wanted = local;
            showComparison(tr("Folder → %1").arg(m_targetName));
        });
    });
    watcher->setFuture(QtConcurrent::run([root] { return readFolder(root); }));
}

void AppCodePanel::showComparison(const QString &title)
{
    m_summary->setText(tr("Comparing…"));
    auto *watcher = new QFutureWatcher<Comparison>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, title] {
        watcher->deleteLater();
        m_comparison = watcher->result();
        m_compared = true;
        m_review->diffView()->setTitles(m_targetName, tr("Wanted"));
        m_review->setDiff(m_comparison.diff,
                          tr("No differences: a push would change nothing."));
        QStringList lines { tr("%1: %2.").arg(title, m_comparison.summary()) };
        if (m_targetOnRemote)
            lines << remoteTargetText();
        if (!m_wanted.ignored.isEmpty())
            lines << tr("Ignored (not part of an app): %1").arg(m_wanted.ignored.join(", "));
        const QStringList secrets = m_wanted.secretValues();
        if (!secrets.isEmpty())
            lines << tr("Values that name secrets (secrets are never copied; check that "
                        "%1 has them): %2")
                         .arg(m_targetName, secrets.join(", "));
        QStringList problems;
        plan(m_current, m_wanted, m_comparison, &problems);
        if (!problems.isEmpty())
            lines << tr("Problems: %1").arg(problems.join("; "));
        setBusy(false, lines.join(u'\n'));
    });
    const Snapshot current = m_current, wanted = m_wanted;
    watcher->setFuture(
        QtConcurrent::run([current, wanted] { return compare(current, wanted); }));
}

void AppCodePanel::dryRun()
{
    if (!m_compared)
        return;
    const QList<PlannedCall> calls = plan(m_current, m_wanted, m_comparison);
    QStringList lines { tr("Dry run: %n call(s) on %1, nothing sent.", nullptr, calls.size())
                            .arg(targetLabel()) };
    for (const PlannedCall &call : calls)
        lines << call.description();
    m_calls->setPlainText(lines.join(u'\n'));
}

void AppCodePanel::push()
{
    if (!m_compared || m_busy)
        return;
    m_banner->clear();
    m_reviewTarget->hide();
    const QList<PlannedCall> calls = plan(m_current, m_wanted, m_comparison);
    delete m_pusher;
    if (m_targetOnRemote && !m_remote->isSignedIn()) {
        m_banner->showMessage(tr("No longer signed in to %1: choose the profile again.")
                                  .arg(m_remote->profile().name));
        return;
    }
    m_pusher = new AppPusher(m_targetOnRemote ? m_remote->session()->client() : session()->client(),
                             m_targetGroup, m_targetAppId, this);
    connect(m_pusher, &AppPusher::progress, this, [this](int done, int total) {
        m_summary->setText(tr("Pushing… %1 of %2 calls").arg(done).arg(total));
    });
    connect(m_pusher, &AppPusher::finished, this, [this] {
        AppPusher *pusher = m_pusher;
        pusher->deleteLater();
        QStringList lines;
        for (const PlannedCall &call : pusher->calls())
            lines << tr("%1 — %2").arg(call.description(), call.outcomeText());
        m_calls->setPlainText(lines.join(u'\n'));
        m_compared = false;
        if (pusher->writeCount() > 0 && !m_targetOnRemote)
            session()->notifyAppDataChanged();
        if (pusher->error().isError()) {
            m_banner->showError(pusher->error());
            setBusy(false, pusher->isStale()
                               ? tr("%1 changed since the comparison: compare again.")
                                     .arg(targetLabel())
                               : tr("The push stopped: the draft holds what landed; compare "
                                    "and push again to complete it."));
            return;
        }
        const QString done = tr("Pushed %n change(s) into a draft of %1.", nullptr,
                                pusher->writeCount())
                                 .arg(targetLabel());
        setBusy(false, pusher->writeCount() == 0 ? tr("Nothing to push: %1 already matches.")
                                                       .arg(targetLabel())
                                                 : done);
        emit statusMessage(m_summary->text());
        if (pusher->writeCount() > 0 && !m_targetOnRemote
            && m_targetAppId == session()->currentApp().id)
            emit navigateRequested(QStringLiteral("deploy"), QString());
        else if (pusher->writeCount() > 0)
            m_reviewTarget->show();
    });
    setBusy(true, tr("Checking %1…").arg(targetLabel()));
    m_pusher->start(m_wanted, calls, m_comparison.currentFingerprint);
}
