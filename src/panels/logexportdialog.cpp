#include "logexportdialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>

void askLogExportFile(QWidget *parent, const QString &title, const QString &defaultName,
                      std::function<void(const QString &path)> chosen)
{
    auto *dialog = new QFileDialog(parent, title, QDir::home().filePath(defaultName),
                                   QCoreApplication::translate("LogsPanel",
                                                               "JSON Lines (*.jsonl);;CSV (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [dialog, chosen = std::move(chosen)](QString path) {
                         const bool csv
                             = dialog->selectedNameFilter().contains(QLatin1String("csv"));
                         if (QFileInfo(path).suffix().isEmpty())
                             path += csv ? QStringLiteral(".csv") : QStringLiteral(".jsonl");
                         chosen(path);
                     });
    dialog->open();
}
