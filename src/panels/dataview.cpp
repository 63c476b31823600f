#include "dataview.h"

#include "docpanel.h"

#include <api/apiclient.h>
#include <models/documentlistmodel.h>
#include <models/serverfeatures.h>
#include <models/sharedmodels.h>
#include <session/session.h>
#include <widgets/errorbanner.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

const QString kFeature = QStringLiteral("local-data");
constexpr int kDatabaseRole = Qt::UserRole + 1;
constexpr int kCollectionRole = Qt::UserRole + 2;

bool isMongoService(const ResourceDoc &service)
{
    const QString type = service.doc.value(QLatin1String("type")).toString();
    return type == QLatin1String("mongodb-atlas") || type == QLatin1String("mongodb");
}

} // namespace

DataView::DataView(DocPanel *panel, QWidget *parent)
    : QWidget(parent)
    , m_panel(panel)
    , m_model(new DocumentListModel(this))
{
    buildLayout();
    ServerFeatures *features = SharedModels::of(m_panel->session())->serverFeatures();
    connect(features, &ServerFeatures::changed, this, [this] {
        const bool was = isAvailable();
        updateAvailability();
        if (isAvailable() && !was)
            reloadDatabases();
    });
    updateAvailability();
}

DataView::~DataView()
{
    ApiJob::abandonFor(this, m_databasesJob);
    ApiJob::abandonFor(this, m_pageJob);
    ApiJob::abandonFor(this, m_importJob);
}

void DataView::buildLayout()
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_absent = new QLabel(m_stack);
    m_absent->setObjectName(QStringLiteral("dataAbsent"));
    m_absent->setWordWrap(true);
    m_absent->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_absent);

    auto *page = new QWidget(m_stack);
    m_stack->addWidget(page);
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_collections = new QTreeWidget(left);
    m_collections->setObjectName(QStringLiteral("dataCollections"));
    m_collections->setHeaderLabels({ tr("Collection"), tr("Documents") });
    m_collections->setAccessibleName(tr("Databases and collections"));
    m_collections->setRootIsDecorated(true);
    m_collections->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_collections->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_collections->header()->setStretchLastSection(false);
    m_reload = new QPushButton(tr("Re&load"), left);
    m_reload->setObjectName(QStringLiteral("dataReload"));
    m_reload->setToolTip(tr("Read the databases and collections again"));
    leftLayout->addWidget(m_collections);
    leftLayout->addWidget(m_reload);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *queryRow = new QHBoxLayout;
    m_filter = new QLineEdit(right);
    m_filter->setObjectName(QStringLiteral("dataFilter"));
    m_filter->setPlaceholderText(tr("Filter, e.g. {\"status\": \"open\"}"));
    m_filter->setAccessibleName(tr("Filter (Extended JSON)"));
    m_filter->setClearButtonEnabled(true);
    m_sort = new QLineEdit(right);
    m_sort->setObjectName(QStringLiteral("dataSort"));
    m_sort->setPlaceholderText(tr("Sort, e.g. {\"_id\": -1}"));
    m_sort->setAccessibleName(tr("Sort (Extended JSON)"));
    m_sort->setClearButtonEnabled(true);
    m_apply = new QPushButton(tr("&Find"), right);
    m_apply->setObjectName(QStringLiteral("dataApply"));
    m_apply->setDefault(false);
    queryRow->addWidget(m_filter, 3);
    queryRow->addWidget(m_sort, 2);
    queryRow->addWidget(m_apply);
    rightLayout->addLayout(queryRow);
    m_problem = new QLabel(right);
    m_problem->setObjectName(QStringLiteral("dataQueryProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->hide();
    rightLayout->addWidget(m_problem);

    m_documents = new QTreeView(right);
    m_documents->setObjectName(QStringLiteral("dataDocuments"));
    m_documents->setAccessibleName(tr("Documents"));
    m_documents->setModel(m_model);
    m_documents->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_documents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documents->setUniformRowHeights(true);
    m_documents->setAlternatingRowColors(true);
    m_documents->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_documents->header()->resizeSection(0, 220);
    m_documents->header()->resizeSection(1, 320);
    rightLayout->addWidget(m_documents, 1);

    auto *pagingRow = new QHBoxLayout;
    m_insert = new QPushButton(tr("&Insert…"), right);
    m_insert->setObjectName(QStringLiteral("dataInsert"));
    m_edit = new QPushButton(tr("&Edit…"), right);
    m_edit->setObjectName(QStringLiteral("dataEdit"));
    m_delete = new QPushButton(tr("Dele&te…"), right);
    m_delete->setObjectName(QStringLiteral("dataDelete"));
    m_import = new QPushButton(tr("I&mport…"), right);
    m_import->setObjectName(QStringLiteral("dataImport"));
    m_import->setToolTip(tr("Import a JSON array or JSON lines file of Extended JSON documents"));
    m_pageLabel = new QLabel(right);
    m_pageLabel->setObjectName(QStringLiteral("dataPageLabel"));
    m_pageSize = new QComboBox(right);
    m_pageSize->setObjectName(QStringLiteral("dataPageSize"));
    m_pageSize->setAccessibleName(tr("Documents per page"));
    for (int size : kPageSizes)
        m_pageSize->addItem(tr("%1 per page").arg(size), size);
    m_pageSize->setCurrentIndex(1);
    m_previous = new QPushButton(tr("&Previous"), right);
    m_previous->setObjectName(QStringLiteral("dataPrevious"));
    m_next = new QPushButton(tr("Ne&xt"), right);
    m_next->setObjectName(QStringLiteral("dataNext"));
    for (QPushButton *button : { m_insert, m_edit, m_delete, m_import })
        pagingRow->addWidget(button);
    pagingRow->addStretch(1);
    pagingRow->addWidget(m_pageLabel);
    pagingRow->addWidget(m_pageSize);
    pagingRow->addWidget(m_previous);
    pagingRow->addWidget(m_next);
    rightLayout->addLayout(pagingRow);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    // Room for "database / collection  12,345" before the documents take the rest.
    left->setMinimumWidth(180);
    splitter->setSizes({ 240, 760 });

    connect(m_reload, &QPushButton::clicked, this, &DataView::reloadDatabases);
    connect(m_collections, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kCollectionRole).isValid())
            openCollection(item->data(0, kDatabaseRole).toString(),
                           item->data(0, kCollectionRole).toString());
    });
    for (QLineEdit *edit : { m_filter, m_sort }) {
        connect(edit, &QLineEdit::textChanged, this, &DataView::updateActions);
        connect(edit, &QLineEdit::returnPressed, this, &DataView::applyQuery);
    }
    connect(m_apply, &QPushButton::clicked, this, &DataView::applyQuery);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &DataView::applyQuery);
    connect(m_previous, &QPushButton::clicked, this, &DataView::previousPage);
    connect(m_next, &QPushButton::clicked, this, &DataView::nextPage);
    connect(m_insert, &QPushButton::clicked, this, &DataView::insertDocument);
    connect(m_edit, &QPushButton::clicked, this, &DataView::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &DataView::deleteSelected);
    connect(m_import, &QPushButton::clicked, this, &DataView::importFile);
    connect(m_documents, &QTreeView::doubleClicked, this, &DataView::editSelected);
    connect(m_documents->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DataView::updateActions);
    updateActions();
}

bool DataView::isAvailable() const
{
    return m_stack->currentIndex() == 1;
}

void DataView::setService(const ResourceDoc &service)
{
    const bool changed = service.id != m_service.id;
    m_service = service;
    if (changed) {
        ApiJob::abandonFor(this, m_pageJob);
        m_database.clear();
        m_collection.clear();
        m_collections->clear();
        m_model->clear();
    }
    updateAvailability();
    if (changed && isAvailable())
        reloadDatabases();
}

void DataView::updateAvailability()
{
    QString why;
    ServerFeatures *features = SharedModels::of(m_panel->session())->serverFeatures();
    if (!features->has(kFeature))
        why = features->whyAbsent(kFeature);
    else if (m_service.id.isEmpty())
        why = tr("Select a MongoDB service to see its data.");
    else if (!isMongoService(m_service))
        why = tr("Only MongoDB services (mongodb-atlas, mongodb) hold data to show here.");
    m_absent->setText(why);
    m_absent->setAccessibleName(why);
    m_stack->setCurrentIndex(why.isEmpty() ? 1 : 0);
}

void DataView::reloadDatabases()
{
    if (!isAvailable())
        return;
    ApiJob::abandonFor(this, m_databasesJob);
    auto *job = localdatacalls::databases(*m_panel->session()->client(), m_panel->groupId(),
                                          m_panel->appId(), m_service.id);
    m_databasesJob = job;
    job->onFinished(this, [this](Job<QList<localdatacalls::Database>> *job) {
        m_databasesJob = nullptr;
        if (!job->ok()) {
            m_panel->banner()->showError(job->error());
            return;
        }
        showDatabases(job->result());
        emit databasesLoaded();
    });
}

void DataView::showDatabases(const QList<localdatacalls::Database> &databases)
{
    const QString database = m_database;
    const QString collection = m_collection;
    const QSignalBlocker blocker(m_collections);
    m_collections->clear();
    QTreeWidgetItem *current = nullptr;
    const QLocale locale;
    for (const localdatacalls::Database &db : databases) {
        auto *dbItem = new QTreeWidgetItem(m_collections, { db.name });
        dbItem->setData(0, kDatabaseRole, db.name);
        qint64 total = 0;
        for (const localdatacalls::Collection &c : db.collections) {
            auto *item = new QTreeWidgetItem(dbItem, { c.name, locale.toString(c.count) });
            item->setData(0, kDatabaseRole, db.name);
            item->setData(0, kCollectionRole, c.name);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            total += c.count;
            if (db.name == database && c.name == collection)
                current = item;
        }
        dbItem->setText(1, locale.toString(total));
        dbItem->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        dbItem->setExpanded(true);
    }
    if (current)
        m_collections->setCurrentItem(current);
    else if (!m_collection.isEmpty()) {
        // The collection went away (deleted elsewhere, the last document removed).
        m_database.clear();
        m_collection.clear();
        m_model->clear();
    }
    updateActions();
}

void DataView::openCollection(const QString &database, const QString &collection)
{
    m_database = database;
    m_collection = collection;
    // Keep the tree's current item in step when called from outside (tests, after a reload).
    for (int i = 0; i < m_collections->topLevelItemCount(); ++i) {
        QTreeWidgetItem *db = m_collections->topLevelItem(i);
        for (int j = 0; j < db->childCount(); ++j) {
            QTreeWidgetItem *item = db->child(j);
            if (item->data(0, kDatabaseRole).toString() == database
                && item->data(0, kCollectionRole).toString() == collection
                && m_collections->currentItem() != item) {
                const QSignalBlocker blocker(m_collections);
                m_collections->setCurrentItem(item);
            }
        }
    }
    applyQuery();
}

QJsonObject DataView::objectOf(const QLineEdit *edit, bool isFilter, QString *problem)
{
    const QByteArray text = edit->text().trimmed().toUtf8();
    if (text.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    // Whole sentences per box: a translation may need to inflect around "filter" and "sort".
    if (error.error != QJsonParseError::NoError) {
        *problem = (isFilter ? tr("The filter is not JSON: %1 at character %2.")
                             : tr("The sort is not JSON: %1 at character %2."))
                       .arg(error.errorString())
                       .arg(error.offset + 1);
        return {};
    }
    if (!doc.isObject()) {
        *problem = isFilter
            ? tr("The filter must be a JSON object, such as {\"status\": \"open\"}.")
            : tr("The sort must be a JSON object, such as {\"_id\": -1}.");
        return {};
    }
    return doc.object();
}

QString DataView::queryProblemText() const
{
    QString problem;
    objectOf(m_filter, true, &problem);
    if (problem.isEmpty())
        objectOf(m_sort, false, &problem);
    return problem;
}

int DataView::limit() const
{
    return m_pageSize->currentData().toInt();
}

void DataView::applyQuery()
{
    loadPage(0);
}

void DataView::previousPage()
{
    loadPage(qMax<qint64>(0, m_skip - limit()));
}

void DataView::nextPage()
{
    if (m_skip + limit() < m_model->total())
        loadPage(m_skip + limit());
}

void DataView::reloadPage()
{
    loadPage(m_skip);
}

void DataView::loadPage(qint64 skip)
{
    if (m_collection.isEmpty() || !isAvailable())
        return;
    localdatacalls::FindQuery query;
    QString problem;
    query.filter = objectOf(m_filter, true, &problem);
    if (problem.isEmpty())
        query.sort = objectOf(m_sort, false, &problem);
    if (!problem.isEmpty()) {
        m_panel->refuse(problem);
        return;
    }
    query.database = m_database;
    query.collection = m_collection;
    query.skip = int(skip);
    query.limit = limit();
    ApiJob::abandonFor(this, m_pageJob);
    auto *job = localdatacalls::find(*m_panel->session()->client(), m_panel->groupId(),
                                     m_panel->appId(), m_service.id, query);
    m_pageJob = job;
    updateActions();
    job->onFinished(this, [this, skip](Job<localdatacalls::FindResult> *job) {
        m_pageJob = nullptr;
        if (!job->ok()) {
            m_panel->banner()->showError(job->error());
            updateActions();
            return;
        }
        m_skip = skip;
        m_model->setPage(job->result().documents, job->result().count, skip);
        updatePageLabel();
        updateActions();
        emit pageLoaded();
    });
}

void DataView::updatePageLabel()
{
    const QLocale locale;
    if (m_model->total() == 0 || m_model->documentCount() == 0) {
        m_pageLabel->setText(m_collection.isEmpty() ? QString() : tr("No documents"));
        return;
    }
    m_pageLabel->setText(tr("%1–%2 of %3")
                             .arg(locale.toString(m_skip + 1),
                                  locale.toString(m_skip + m_model->documentCount()),
                                  locale.toString(m_model->total())));
}

QList<QJsonObject> DataView::selectedDocuments() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_documents->selectionModel()->selectedRows()) {
        const int row = m_model->documentRow(index);
        if (row >= 0 && !rows.contains(row))
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    QList<QJsonObject> documents;
    for (int row : rows)
        documents.append(m_model->document(row));
    return documents;
}

void DataView::updateActions()
{
    const QString problem = queryProblemText();
    m_problem->setText(problem);
    m_problem->setAccessibleName(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool open = !m_collection.isEmpty();
    const bool idle = !m_panel->isBusy();
    const bool selected = m_documents->selectionModel()->hasSelection();
    m_apply->setEnabled(open && problem.isEmpty());
    m_previous->setEnabled(open && m_skip > 0);
    m_next->setEnabled(open && m_skip + limit() < m_model->total());
    m_insert->setEnabled(open && idle);
    m_edit->setEnabled(open && idle && selectedDocuments().size() == 1);
    m_delete->setEnabled(open && idle && selected);
    m_import->setEnabled(open && idle && !m_importJob);
}
