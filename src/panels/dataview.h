#pragma once

#include <api/localdatacalls.h>
#include <api/resourcedoc.h>

#include <QPointer>
#include <QWidget>

class DocPanel;
class DocumentListModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

//! The Services panel's "Data" tab: the documents of a MongoDB service on stitch-local, through
//! its local data routes (the "local-data" server feature; elsewhere the tab says why it is
//! absent). Databases and collections with their counts; a page of documents as a JSON tree,
//! with a filter and a sort typed as Extended JSON and checked as typed, paging by the server's
//! skip and limit (a collection is never loaded whole); insert and edit in a JSON editor
//! (replace), delete (one confirmation for every selected document), import of a JSON or JSON
//! lines file (progress, bad lines listed by number, the choice to skip them).
class DataView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSizes[] = { 20, 50, 100, 500 };

    DataView(DocPanel *panel, QWidget *parent);
    ~DataView() override;

    //! The service the Services panel shows; loads its databases when the tab is usable.
    void setService(const ResourceDoc &service);

    QTreeWidget *collections() const { return m_collections; }
    QTreeView *documents() const { return m_documents; }
    DocumentListModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLineEdit *sortEdit() const { return m_sort; }
    QLabel *queryProblem() const { return m_problem; }
    QLabel *pageLabel() const { return m_pageLabel; }
    QLabel *absentLabel() const { return m_absent; }
    QComboBox *pageSize() const { return m_pageSize; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *insertButton() const { return m_insert; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *importButton() const { return m_import; }
    //! Whether the tab shows data (rather than why it cannot).
    bool isAvailable() const;
    QString database() const { return m_database; }
    QString collection() const { return m_collection; }
    //! The documents of the selected top-level rows.
    QList<QJsonObject> selectedDocuments() const;

    //! What the filter and sort boxes say is wrong (empty when both are usable).
    QString queryProblemText() const;

public slots:
    void reloadDatabases();
    //! Shows the collection's first page (the filter and sort as they are).
    void openCollection(const QString &database, const QString &collection);
    //! Runs the query from the first page.
    void applyQuery();
    void previousPage();
    void nextPage();
    void reloadPage();

    // Edits (dataview_edits.cpp).
    void insertDocument();
    void editSelected();
    void deleteSelected();
    void importFile();
    //! The edits without their dialogs (the dialogs call these; tests do too).
    void insertDocuments(const QJsonArray &documents);
    void replaceDocument(const QJsonValue &id, const QJsonObject &document);
    void deleteDocuments(const QJsonArray &ids);
    void importData(const QByteArray &body, const QString &fileName, bool skipBadLines);

signals:
    void databasesLoaded();
    void pageLoaded();
    //! An import ended: imported documents, skipped lines; refused lines when nothing was
    //! imported (then imported is 0).
    void importFinished(qint64 imported, const QList<localdatacalls::ImportLine> &skipped,
                        const QList<localdatacalls::ImportLine> &refused);

private:
    void buildLayout();
    void updateAvailability();
    void updateActions();
    void updatePageLabel();
    void showDatabases(const QList<localdatacalls::Database> &databases);
    void loadPage(qint64 skip);
    //! Parses a box's Extended JSON object; empty text is {}. *problem says what is wrong.
    static QJsonObject objectOf(const QLineEdit *edit, bool isFilter, QString *problem);
    int limit() const;
    //! Asks about an import that was refused for bad lines: skip them and import the rest?
    void offerToSkip(const QByteArray &body, const QString &fileName,
                     const QList<localdatacalls::ImportLine> &lines);

    DocPanel *m_panel;
    ResourceDoc m_service;
    QString m_database;
    QString m_collection;
    qint64 m_skip = 0;
    QStackedWidget *m_stack;
    QLabel *m_absent;
    QTreeWidget *m_collections;
    QPushButton *m_reload;
    QLineEdit *m_filter;
    QLineEdit *m_sort;
    QLabel *m_problem;
    QPushButton *m_apply;
    QComboBox *m_pageSize;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_pageLabel;
    QTreeView *m_documents;
    DocumentListModel *m_model;
    QPushButton *m_insert;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_import;
    QPointer<ApiJob> m_databasesJob;
    QPointer<ApiJob> m_pageJob;
    QPointer<ApiJob> m_importJob;
};
