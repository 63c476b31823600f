#pragma once

#include <api/hostingcalls.h>

#include <QAbstractItemModel>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

class ApiClient;
class ApiJob;
struct ApiError;

//! One folder or file of the tree; folders come from the paths' segments (and from the server's
//! own folder entries, paths ending '/').
struct AssetNode
{
    QString name; //!< the last segment
    QString path; //!< "/a/b.txt"; a folder's ends with '/', the root's is "/"
    bool folder = false;
    HostingAsset asset; //!< a file's entry; a folder's only when the server listed it
    AssetNode *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<AssetNode>> children;
    int fileCount = 0; //!< files at any depth below a folder
    qint64 totalSize = 0; //!< their bytes
};

//! The current app's hosted assets as a tree (name, size, MD5, last modified, attributes). The
//! tree is built from the flat list off the UI thread, so 20,000 paths never stall the window.
//! Drags carry asset paths; drops of asset paths ask for a move (or copy, with Ctrl), drops of
//! local file URLs ask for an upload into the folder dropped on. The model changes nothing on the
//! server itself: the panel answers moveRequested and filesDropped.
class AssetTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, HashColumn, ModifiedColumn, AttributesColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, //!< the node's path
        IsFolderRole,
        UrlRole, //!< a file's served url
        SortRole, //!< numbers for size and date
    };
    static const char *const PathsMimeType;

    explicit AssetTreeModel(QObject *parent = nullptr);
    ~AssetTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    //! Lists the app's assets and rebuilds the tree; one call in flight at a time.
    void load(ApiClient *client, const QString &groupId, const QString &appId);
    //! Rebuilds the tree from assets (off the UI thread); reloaded() follows.
    void setAssets(const QList<HostingAsset> &assets);
    //! Parses a list answer and builds the tree from it, both off the UI thread.
    void setListing(const QByteArray &json);
    void clear();
    bool isLoading() const { return m_loading; }
    QString groupId() const { return m_groupId; }
    QString appId() const { return m_appId; }

    //! Every asset as the server last listed it (files and folder entries), sorted by path.
    const QList<HostingAsset> &assets() const { return m_assets; }
    int fileCount() const;
    QModelIndex indexForPath(const QString &path) const;
    const AssetNode *nodeAt(const QModelIndex &index) const;
    //! The folder a drop on index lands in: the folder itself, or a file's folder; "/" for none.
    QString folderFor(const QModelIndex &index) const;

    //! Pure: the tree of assets (the root is the folder "/"). Safe to call on any thread.
    static std::unique_ptr<AssetNode> buildTree(const QList<HostingAsset> &assets);

signals:
    void loadingChanged(bool loading);
    void errorOccurred(const ApiError &error);
    //! The tree now shows the last list.
    void reloaded();
    //! Asset paths were dropped on folder toFolder ("/a/").
    void moveRequested(const QStringList &paths, const QString &toFolder, bool copy);
    //! Local files or folders were dropped on folder toFolder.
    void filesDropped(const QList<QUrl> &urls, const QString &toFolder);

private:
    AssetNode *node(const QModelIndex &index) const;
    void setLoading(bool loading);
    struct Built;
    void startBuild(std::function<Built()> build);

    std::shared_ptr<AssetNode> m_root;
    QList<HostingAsset> m_assets;
    QString m_groupId;
    QString m_appId;
    QPointer<ApiJob> m_job;
    quint64 m_generation = 0;
    bool m_loading = false;
};
