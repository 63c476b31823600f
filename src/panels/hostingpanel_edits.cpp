// The Hosting panel's edits: folders, move, copy, delete, attributes, cache, URLs.
#include "hostingpanel.h"
#include "hostingpanel_p.h"

#include <api/apiclient.h>
#include <api/callchain.h>
#include <models/assettreemodel.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/confirmdialog.h>
#include <widgets/errorbanner.h>

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

using hostingpanel::sizeText;

namespace {

QString lastSegment(const QString &path)
{
    QString trimmed = path;
    if (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    return trimmed.mid(trimmed.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace

// ---- edits ----------------------------------------------------------------------------------

void HostingPanel::track(CallChain *chain, const QString &done, const QString &selectAfter)
{
    ++m_pendingCalls;
    m_banner->clear();
    updateActions();
    chain->run([this, done, selectAfter](const ApiError &error) {
        --m_pendingCalls;
        if (!error.isError()) {
            emit statusMessage(done);
            session()->notifyAppDataChanged();
            m_selectAfterReload = selectAfter;
        } else if (error.kind != ApiError::Cancelled) {
            m_banner->setRetryVisible(false);
            m_banner->showError(error);
        }
        // What landed before a failure is on the server: the tree shows it either way (the
        // banner stays, unlike with F5).
        m_model->load(session()->client(), groupId(), appId());
        updateActions();
    });
}

void HostingPanel::askPath(const QString &title, const QString &label, const QString &initial,
                           std::function<void(const QString &)> done)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("hostingPathDialog"));
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(initial);
    dialog->setMinimumWidth(420);
    connect(dialog, &QInputDialog::textValueSelected, this, [done](const QString &text) {
        if (!text.trimmed().isEmpty())
            done(text.trimmed());
    });
    dialog->open();
}

void HostingPanel::createFolder(const QString &folderPath)
{
    QString path = folderPath;
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    if (!checkPath(path))
        return;
    ApiClient *client = session()->client();
    const QString group = groupId();
    const QString app = appId();
    auto *chain = new CallChain(this);
    chain->then([=] { return hostingcalls::createFolder(*client, group, app, path); });
    track(chain, tr("Created the folder “%1”.").arg(path), path);
}

void HostingPanel::askNewFolder()
{
    const QString base = currentFolder();
    askPath(tr("New Folder"), tr("Name of the new folder in %1:").arg(base), QString(),
            [this, base](const QString &name) { createFolder(base + name); });
}

void HostingPanel::moveAsset(const QString &from, const QString &to)
{
    if (!checkPath(from) || !checkPath(to) || from == to)
        return;
    if (from.endsWith(QLatin1Char('/')) && to.startsWith(from)) {
        m_banner->setRetryVisible(false);
        m_banner->showMessage(tr("Not sent: a folder cannot move into itself."));
        return;
    }
    ApiClient *client = session()->client();
    const QString group = groupId();
    const QString app = appId();
    auto *chain = new CallChain(this);
    chain->then([=] { return hostingcalls::move(*client, group, app, from, to); });
    track(chain, tr("Moved “%1” to “%2”.").arg(from, to), to);
}

void HostingPanel::copyAsset(const QString &from, const QString &to)
{
    if (!checkPath(from) || !checkPath(to) || from == to)
        return;
    ApiClient *client = session()->client();
    const QString group = groupId();
    const QString app = appId();
    auto *chain = new CallChain(this);
    chain->then([=] { return hostingcalls::copy(*client, group, app, from, to); });
    track(chain, tr("Copied “%1” to “%2”.").arg(from, to), to);
}

void HostingPanel::onMoveRequested(const QStringList &paths, const QString &folder, bool copy)
{
    ApiClient *client = session()->client();
    const QString group = groupId();
    const QString app = appId();
    auto *chain = new CallChain(this);
    int steps = 0;
    QString last;
    for (const QString &from : paths) {
        const bool isFolder = from.endsWith(QLatin1Char('/'));
        const QString to = folder + lastSegment(from) + (isFolder ? QStringLiteral("/") : QString());
        if (to == from || (isFolder && to.startsWith(from)))
            continue;
        if (!checkPath(from) || !checkPath(to)) {
            delete chain;
            return;
        }
        chain->then([=] {
            return copy ? hostingcalls::copy(*client, group, app, from, to)
                        : hostingcalls::move(*client, group, app, from, to);
        });
        ++steps;
        last = to;
    }
    if (steps == 0) {
        delete chain;
        return;
    }
    track(chain,
          copy ? tr("Copied %n item(s) to “%1”.", nullptr, steps).arg(folder)
               : tr("Moved %n item(s) to “%1”.", nullptr, steps).arg(folder),
          last);
}

void HostingPanel::askRename()
{
    const QString from = selectedPath();
    if (from.isEmpty())
        return;
    askPath(tr("Rename or Move"), tr("New path for %1:").arg(from), from,
            [this, from](const QString &to) {
                QString target = to;
                if (from.endsWith(QLatin1Char('/')) && !target.endsWith(QLatin1Char('/')))
                    target += QLatin1Char('/');
                moveAsset(from, target);
            });
}

void HostingPanel::askCopy()
{
    const QString from = selectedPath();
    if (from.isEmpty())
        return;
    const bool folder = from.endsWith(QLatin1Char('/'));
    QString suggestion = folder ? from.chopped(1) + tr("-copy") + QLatin1Char('/') : from;
    if (!folder) {
        const QFileInfo info(from);
        const QString dir = from.left(from.lastIndexOf(QLatin1Char('/')) + 1);
        suggestion = dir + info.completeBaseName() + tr("-copy")
            + (info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix());
    }
    askPath(tr("Copy"), tr("Copy %1 to:").arg(from), suggestion, [this, from](const QString &to) {
        QString target = to;
        if (from.endsWith(QLatin1Char('/')) && !target.endsWith(QLatin1Char('/')))
            target += QLatin1Char('/');
        copyAsset(from, target);
    });
}

void HostingPanel::deleteSelected()
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    QStringList paths;
    int files = 0;
    for (const QModelIndex &row : rows) {
        const AssetNode *node = m_model->nodeAt(m_proxy->mapToSource(row));
        if (!node)
            continue;
        paths << node->path;
        files += node->folder ? node->fileCount : 1;
    }
    // A folder and something inside it: deleting the folder is enough.
    QStringList kept;
    for (const QString &path : paths) {
        const bool inside = std::any_of(paths.cbegin(), paths.cend(), [&](const QString &other) {
            return other != path && other.endsWith(QLatin1Char('/')) && path.startsWith(other);
        });
        if (!inside)
            kept << path;
    }
    if (kept.isEmpty())
        return;
    const bool anyFolder = std::any_of(kept.cbegin(), kept.cend(), [](const QString &p) {
        return p.endsWith(QLatin1Char('/'));
    });
    QString question;
    if (kept.size() == 1 && !anyFolder)
        question = tr("Delete “%1” from hosting? This cannot be undone.").arg(kept.first());
    else if (kept.size() == 1)
        question = tr("Delete the folder “%1” and the %n file(s) in it? This cannot be undone.",
                      nullptr, files)
                       .arg(kept.first());
    else
        question = tr("Delete these %1 items (%n file(s) in all)? This cannot be undone.\n\n%2",
                      nullptr, files)
                       .arg(kept.size())
                       .arg(ConfirmDialog::nameList(kept));
    const bool production = session()->profile().tag == Profile::Tag::Production;
    auto *dialog = new ConfirmDialog(tr("Delete from Hosting"), question, tr("Delete"),
                                     production ? (kept.size() == 1 ? kept.first()
                                                                    : tr("delete %n file(s)",
                                                                         nullptr, files))
                                                : QString(),
                                     this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("deleteAssetsDialog"));
    connect(dialog, &QDialog::accepted, this, [this, kept] { deletePaths(kept); });
    dialog->open();
}

void HostingPanel::deletePaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (!checkPath(path))
            return;
    }
    ApiClient *client = session()->client();
    const QString group = groupId();
    const QString app = appId();
    auto *chain = new CallChain(this);
    for (const QString &path : paths)
        chain->then([=] { return hostingcalls::remove(*client, group, app, path); });
    track(chain, tr("Deleted %n item(s) from hosting.", nullptr, int(paths.size())));
}

void HostingPanel::setAttributes(const QString &path, const AssetAttributes &attrs)
{
    if (!checkPath(path))
        return;
    // The names the dialog edits, plus any the file already has (a redirect set elsewhere is
    // kept as it is, since PATCH replaces every attribute).
    QStringList allowed = hostingcalls::allowedAttributes();
    if (const AssetNode *node = m_model->nodeAt(m_model->indexForPath(path))) {
        for (const auto &attr : node->asset.attrs)
            allowed << attr.first;
    }
    for (const auto &attr : attrs) {
        if (!allowed.contains(attr.first)) {
            m_banner->setRetryVisible(false);
            m_banner->showMessage(tr("Not sent: “%1” is not an attribute hosting accepts.")
                                      .arg(attr.first));
            return;
        }
    }
    ApiClient *client = session()->client();
    const QString group = groupId();
    const QString app = appId();
    auto *chain = new CallChain(this);
    chain->then([=] { return hostingcalls::setAttributes(*client, group, app, path, attrs); });
    track(chain, tr("Saved the attributes of “%1”.").arg(path), path);
}

void HostingPanel::askAttributes()
{
    const QString path = selectedPath();
    const AssetNode *node = m_model->nodeAt(m_model->indexForPath(path));
    if (!node || node->folder)
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("attributesDialog"));
    dialog->setWindowTitle(tr("Attributes of %1").arg(path));
    auto *form = new QFormLayout;
    QList<QPair<QString, QComboBox *>> fields;
    for (const QString &name : hostingcalls::allowedAttributes()) {
        auto *combo = new QComboBox(dialog);
        combo->setObjectName(QStringLiteral("attribute-") + name);
        combo->setEditable(true);
        combo->addItem(QString());
        combo->addItems(hostingcalls::usualValues(name));
        combo->setCurrentText(node->asset.attribute(name));
        combo->lineEdit()->setPlaceholderText(tr("not set"));
        combo->setAccessibleName(name);
        combo->setMinimumWidth(280);
        form->addRow(name + QLatin1Char(':'), combo);
        fields.append({ name, combo });
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    auto *hint = new QLabel(tr("Empty fields are not sent. The server answers with these "
                               "headers when the file is fetched."),
                            dialog);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(buttons);
    AssetAttributes kept; // attributes the dialog does not edit survive the save
    for (const auto &attr : node->asset.attrs) {
        if (!hostingcalls::allowedAttributes().contains(attr.first, Qt::CaseInsensitive))
            kept.append(attr);
    }
    connect(dialog, &QDialog::accepted, this, [this, path, fields, kept] {
        AssetAttributes attrs;
        for (const auto &[name, combo] : fields) {
            const QString value = combo->currentText().trimmed();
            if (!value.isEmpty())
                attrs.append({ name, value });
        }
        setAttributes(path, attrs + kept);
    });
    dialog->open();
    // The tree may be older than the server: the asset's metadata, fresh, fills every field the
    // user has not touched yet. A file deleted elsewhere closes the dialog and says so.
    QPointer<QDialog> guard(dialog);
    const AssetAttributes shown = node->asset.attrs;
    auto *job = hostingcalls::get(*session()->client(), groupId(), appId(), path);
    job->onFinished(dialog, [this, guard, fields, shown, path](Job<HostingAsset> *job) {
        if (!guard)
            return;
        if (!job->ok()) {
            if (job->error().httpStatus == 404) {
                guard->reject();
                m_banner->showMessage(
                    tr("%1 no longer exists: it was deleted elsewhere.").arg(path));
                refresh();
            }
            return;
        }
        const HostingAsset fresh = job->result();
        for (const auto &[name, combo] : fields) {
            QString before;
            for (const auto &attr : shown) {
                if (attr.first.compare(name, Qt::CaseInsensitive) == 0)
                    before = attr.second;
            }
            if (combo->currentText() == before)
                combo->setCurrentText(fresh.attribute(name));
        }
    });
}

void HostingPanel::invalidateCache()
{
    ApiClient *client = session()->client();
    const QString group = groupId();
    const QString app = appId();
    auto *chain = new CallChain(this);
    chain->then([=] { return hostingcalls::invalidateCache(*client, group, app); });
    track(chain, tr("Asked for the hosting cache to be invalidated."));
}

void HostingPanel::openInBrowser()
{
    const QModelIndex current = m_tree->currentIndex();
    const QString url = current.data(AssetTreeModel::UrlRole).toString();
    if (!url.isEmpty())
        QDesktopServices::openUrl(QUrl(url));
}

void HostingPanel::copyUrl()
{
    const QModelIndex current = m_tree->currentIndex();
    const QString url = current.data(AssetTreeModel::UrlRole).toString();
    if (url.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(url);
    emit statusMessage(tr("Copied %1").arg(url));
}

