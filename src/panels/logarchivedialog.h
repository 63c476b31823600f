#pragma once

#include <models/logarchivetypes.h>

#include <QDialog>

class LogArchive;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

//! Manages the log archives of the current profile: each app's size on disk, the current app's
//! range held and complete ranges, deleting its archive (after a confirmation), and a limit by
//! size or age that prunes the oldest entries (remembered, applied after each sync).
class LogArchiveDialog : public QDialog
{
    Q_OBJECT
public:
    LogArchiveDialog(LogArchive *archive, const QString &appId, QWidget *parent = nullptr);

    //! The limit the user set (0s for none).
    static LogArchiveLimit savedLimit();

public slots:
    //! Reads the archive's figures again.
    void refresh();
    //! Prunes to the limit in the spin boxes now, and remembers it.
    void applyLimit();
    //! Asks, then deletes this app's archive.
    void deleteArchive();

signals:
    //! The figures shown are current (tests wait for it).
    void refreshed();

private:
    void showStats(const LogArchiveStats &stats);
    void listArchives();

    LogArchive *m_archive;
    QString m_appId;
    QLabel *m_summary;
    QLabel *m_ranges;
    QTableWidget *m_apps;
    QSpinBox *m_maxMegabytes;
    QSpinBox *m_maxDays;
    QPushButton *m_deleteButton;
};
