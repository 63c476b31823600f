#pragma once

// What the tests of the Services, Auth providers and Push panels share: find a row by its
// name, select rows, answer the confirmation, and read a list through the second client.
#include "signedinfixture.h"

#include <api/resourcedoc.h>
#include <models/doclistmodel.h>
#include <models/listfilterproxy.h>
#include <panels/doclistpane.h>
#include <widgets/confirmdialog.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace doctest {

inline int rowNamed(DocListPane *pane, const QString &name)
{
    QAbstractItemModel *model = pane->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

//! Clicks the row of name (a plain click: it becomes the only selected row).
inline bool clickRow(DocListPane *pane, const QString &name, Qt::KeyboardModifiers mods = {})
{
    const int row = rowNamed(pane, name);
    if (row < 0)
        return false;
    QTableView *table = pane->table();
    const QModelIndex index = table->model()->index(row, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, mods, table->visualRect(index).center());
    return true;
}

//! The visible ConfirmDialog, accepted through its OK button (typing the text it asks for).
inline bool acceptConfirmation()
{
    ConfirmDialog *dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                for (QWidget *widget : QApplication::topLevelWidgets()) {
                    if (auto *candidate = qobject_cast<ConfirmDialog *>(widget);
                        candidate && candidate->isVisible())
                        dialog = candidate;
                }
                return dialog != nullptr;
            },
            5000))
        return false;
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    return true;
}

//! The list answer of job (through the second client), or an empty list on failure.
inline QList<ResourceDoc> listOf(Job<QList<ResourceDoc>> *job)
{
    if (!SignedInFixture::finish(job))
        return {};
    return job->result();
}

inline ResourceDoc named(const QList<ResourceDoc> &docs, const QString &name)
{
    for (const ResourceDoc &doc : docs) {
        if (doc.name == name)
            return doc;
    }
    return {};
}

} // namespace doctest
