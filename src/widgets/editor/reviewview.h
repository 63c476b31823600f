#pragma once

#include <api/drafttypes.h>

#include <QWidget>

class DiffView;
class DraftFileModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

//! The review of a set of changed files: a filterable file list (change, +/- counts) beside the
//! selected file's diff, unified or side by side. The Deploy panel shows a draft in it; App as
//! code shows a folder compared with an app. Its buttons are exposed for the panel to bind.
class ReviewView : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewView(QWidget *parent = nullptr);

    //! Shows the files of diff, keeping the file shown if it is still there; emptyMessage
    //! when there are none.
    void setDiff(const DraftDiff &diff, const QString &emptyMessage);
    //! No files: message in the diff.
    void showMessage(const QString &message);
    //! What a hosting file shows instead of a diff: %1 the change, %2 the path.
    void setHostingMessage(const QString &message) { m_hostingMessage = message; }
    //! Selects a file by path; false when the list has none such.
    bool selectPath(const QString &path);
    QString currentPath() const;

    DraftFileModel *fileModel() const { return m_files; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    DiffView *diffView() const { return m_diff; }
    QTreeView *fileList() const { return m_fileList; }
    QLineEdit *fileFilter() const { return m_fileFilter; }
    QComboBox *layoutCombo() const { return m_layout; }
    QPushButton *previousFileButton() const { return m_previousFile; }
    QPushButton *nextFileButton() const { return m_nextFile; }
    QPushButton *previousChangeButton() const { return m_previousChange; }
    QPushButton *nextChangeButton() const { return m_nextChange; }

public slots:
    void nextFile();
    void previousFile();

private:
    void showFile();
    void moveFile(int step);
    void updateCounts();

    DraftFileModel *m_files;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_fileFilter;
    QLabel *m_fileCount;
    QTreeView *m_fileList;
    QPushButton *m_previousFile;
    QPushButton *m_nextFile;
    QComboBox *m_layout;
    QPushButton *m_previousChange;
    QPushButton *m_nextChange;
    QLabel *m_fileTitle;
    DiffView *m_diff;
    QString m_hostingMessage;
};
