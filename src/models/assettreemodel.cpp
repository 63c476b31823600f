#include "assettreemodel.h"

#include "hostingsync.h"

#include <api/apiclient.h>

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QMimeData>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

const char *const AssetTreeModel::PathsMimeType = "application/x-stitch-hosting-paths";

namespace {

using hostingsync::sizeText;

void finishNode(AssetNode *node)
{
    std::sort(node->children.begin(), node->children.end(),
              [](const std::unique_ptr<AssetNode> &a, const std::unique_ptr<AssetNode> &b) {
                  if (a->folder != b->folder)
                      return a->folder;
                  const int byName = a->name.compare(b->name, Qt::CaseInsensitive);
                  return byName != 0 ? byName < 0 : a->name < b->name;
              });
    node->fileCount = 0;
    node->totalSize = 0;
    for (size_t i = 0; i < node->children.size(); ++i) {
        AssetNode *child = node->children[i].get();
        child->row = int(i);
        if (child->folder) {
            finishNode(child);
            node->fileCount += child->fileCount;
            node->totalSize += child->totalSize;
        } else {
            node->fileCount += 1;
            node->totalSize += child->asset.size;
        }
    }
}

} // namespace

AssetTreeModel::AssetTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(buildTree({}))
{
}

AssetTreeModel::~AssetTreeModel()
{
    ApiJob::abandonFor(this, m_job);
}

std::unique_ptr<AssetNode> AssetTreeModel::buildTree(const QList<HostingAsset> &assets)
{
    auto root = std::make_unique<AssetNode>();
    root->path = QStringLiteral("/");
    root->folder = true;
    QHash<QString, AssetNode *> folders;
    folders.insert(root->path, root.get());
    const auto folderFor = [&](const QString &folderPath) {
        // folderPath ends with '/'; makes it and its parents as needed.
        AssetNode *found = folders.value(folderPath);
        if (found)
            return found;
        AssetNode *parent = folders.value(QStringLiteral("/"));
        qsizetype start = 1;
        while (start < folderPath.size()) {
            const qsizetype slash = folderPath.indexOf(QLatin1Char('/'), start);
            const QString path = folderPath.left(slash + 1);
            AssetNode *next = folders.value(path);
            if (!next) {
                auto created = std::make_unique<AssetNode>();
                created->name = folderPath.mid(start, slash - start);
                created->path = path;
                created->folder = true;
                created->parent = parent;
                next = created.get();
                parent->children.push_back(std::move(created));
                folders.insert(path, next);
            }
            parent = next;
            start = slash + 1;
        }
        return parent;
    };
    for (const HostingAsset &asset : assets) {
        if (!asset.path.startsWith(QLatin1Char('/')))
            continue;
        if (asset.isFolder()) {
            folderFor(asset.path)->asset = asset;
            continue;
        }
        const qsizetype slash = asset.path.lastIndexOf(QLatin1Char('/'));
        AssetNode *parent = folderFor(asset.path.left(slash + 1));
        auto file = std::make_unique<AssetNode>();
        file->name = asset.path.mid(slash + 1);
        file->path = asset.path;
        file->asset = asset;
        file->parent = parent;
        parent->children.push_back(std::move(file));
    }
    finishNode(root.get());
    return root;
}

AssetNode *AssetTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<AssetNode *>(index.internalPointer()) : m_root.get();
}

const AssetNode *AssetTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? node(index) : nullptr;
}

QModelIndex AssetTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    AssetNode *p = node(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex AssetTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    AssetNode *n = node(child);
    if (!n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int AssetTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(node(parent)->children.size());
}

int AssetTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AssetTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const AssetNode *n = node(index);
    switch (role) {
    case PathRole:
        return n->path;
    case IsFolderRole:
        return n->folder;
    case UrlRole:
        return n->asset.url;
    default:
        break;
    }
    const int column = index.column();
    if (role == SortRole) {
        if (column == SizeColumn)
            return n->folder ? n->totalSize : n->asset.size;
        if (column == ModifiedColumn)
            return n->asset.lastModified;
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole && column == NameColumn)
        return n->path;
    if (role == Qt::TextAlignmentRole && column == SizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case NameColumn:
        return n->name;
    case SizeColumn:
        if (n->folder)
            return tr("%n file(s), %1", nullptr, n->fileCount).arg(sizeText(n->totalSize));
        return sizeText(n->asset.size);
    case HashColumn:
        return n->folder ? QString() : n->asset.hash;
    case ModifiedColumn:
        if (n->asset.lastModified <= 0)
            return QString();
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(n->asset.lastModified),
                                  QLocale::ShortFormat);
    case AttributesColumn: {
        QStringList parts;
        for (const auto &attr : n->asset.attrs)
            parts << attr.first + QStringLiteral(": ") + attr.second;
        return parts.join(QStringLiteral("; "));
    }
    }
    return {};
}

QVariant AssetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case HashColumn:
        return tr("MD5");
    case ModifiedColumn:
        return tr("Last Modified");
    case AttributesColumn:
        return tr("Attributes");
    }
    return {};
}

Qt::ItemFlags AssetTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (node(index)->folder)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList AssetTreeModel::mimeTypes() const
{
    return { QString::fromLatin1(PathsMimeType), QStringLiteral("text/uri-list") };
}

QMimeData *AssetTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList paths;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.column() == 0)
            paths << node(index)->path;
    }
    if (paths.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(PathsMimeType), paths.join(QLatin1Char('\n')).toUtf8());
    return data;
}

Qt::DropActions AssetTreeModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions AssetTreeModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool AssetTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                     const QModelIndex &) const
{
    return data
        && (data->hasFormat(QString::fromLatin1(PathsMimeType))
            || (data->hasUrls() && !data->urls().isEmpty() && data->urls().first().isLocalFile()));
}

QString AssetTreeModel::folderFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return QStringLiteral("/");
    const AssetNode *n = node(index);
    return n->folder ? n->path : n->parent->path;
}

bool AssetTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, -1, -1, parent))
        return false;
    const QString folder = folderFor(parent);
    if (data->hasFormat(QString::fromLatin1(PathsMimeType))) {
        const QStringList paths = QString::fromUtf8(data->data(QString::fromLatin1(PathsMimeType)))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        emit moveRequested(paths, folder, action == Qt::CopyAction);
        // The move happens on the server; the view must not remove the source rows itself.
        return false;
    }
    QList<QUrl> urls;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            urls << url;
    }
    emit filesDropped(urls, folder);
    return true;
}

void AssetTreeModel::load(ApiClient *client, const QString &groupId, const QString &appId)
{
    ApiJob::abandonFor(this, m_job);
    if (m_appId != appId)
        clear();
    m_groupId = groupId;
    m_appId = appId;
    ++m_generation; // a tree still being built from an older list is not news any more
    setLoading(true);
    auto *job = hostingcalls::listRaw(*client, groupId, appId);
    m_job = job;
    job->onFinished(this, [this](ApiJob *job) {
        m_job = nullptr;
        if (!job->ok()) {
            setLoading(false);
            if (job->error().kind != ApiError::Cancelled)
                emit errorOccurred(job->error());
            return;
        }
        setListing(job->body());
    });
}

struct AssetTreeModel::Built
{
    std::shared_ptr<AssetNode> root; // shared: QFuture results must be copyable
    QList<HostingAsset> assets;
    QString error;
};

void AssetTreeModel::setAssets(const QList<HostingAsset> &assets)
{
    startBuild([assets] {
        return Built { std::shared_ptr<AssetNode>(buildTree(assets).release()), assets, {} };
    });
}

void AssetTreeModel::setListing(const QByteArray &json)
{
    startBuild([json] {
        Built built;
        QString why;
        built.assets = hostingcalls::parseAssets(QJsonDocument::fromJson(json), &why);
        built.error = why;
        built.root = std::shared_ptr<AssetNode>(buildTree(built.assets).release());
        return built;
    });
}

void AssetTreeModel::startBuild(std::function<Built()> build)
{
    const quint64 generation = ++m_generation;
    setLoading(true);
    auto *watcher = new QFutureWatcher<Built>(this);
    connect(watcher, &QFutureWatcher<Built>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        Built built = watcher->result();
        if (generation != m_generation)
            return; // a newer list is being built
        if (!built.error.isEmpty()) {
            setLoading(false);
            ApiError error;
            error.kind = ApiError::Parse;
            error.message = tr("The server's list of hosted files was not understood: %1")
                                .arg(built.error);
            emit errorOccurred(error);
            return;
        }
        beginResetModel();
        m_root = std::move(built.root);
        m_assets = std::move(built.assets);
        endResetModel();
        setLoading(false);
        emit reloaded();
    });
    watcher->setFuture(QtConcurrent::run(std::move(build)));
}

void AssetTreeModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_root = buildTree({});
    m_assets.clear();
    endResetModel();
}

int AssetTreeModel::fileCount() const
{
    return m_root->fileCount;
}

QModelIndex AssetTreeModel::indexForPath(const QString &path) const
{
    if (path.isEmpty() || path == QLatin1String("/"))
        return {};
    AssetNode *n = m_root.get();
    QModelIndex index;
    const bool folder = path.endsWith(QLatin1Char('/'));
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (int i = 0; i < segments.size(); ++i) {
        const bool last = i == segments.size() - 1;
        AssetNode *next = nullptr;
        for (const auto &child : n->children) {
            if (child->name == segments.at(i) && (child->folder == (!last || folder))) {
                next = child.get();
                break;
            }
        }
        if (!next)
            return {};
        index = createIndex(next->row, 0, next);
        n = next;
    }
    return index;
}

void AssetTreeModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}
