#pragma once

// What the Functions panel tests share: a real in-process local server with the demo app
// (SignedInFixture), one panel over it, and the steps a user takes (open a function, type,
// wait for a run). Both tst_functionspanel and tst_functionsrun drive the panel through it.
#include "signedinfixture.h"

#include <app/theme.h>
#include <models/functionlistmodel.h>
#include <models/listfilterproxy.h>
#include <models/json/jsontreemodel.h>
#include <panels/functioneditortab.h>
#include <panels/functionspanel.h>
#include <panels/runconsole.h>
#include <panels/saveconflictdialog.h>
#include <widgets/editor/codeeditor.h>
#include <widgets/statuslabel.h>
#include <widgets/editor/diffview.h>
#include <widgets/editor/jsoneditor.h>
#include <widgets/errorbanner.h>
#include <widgets/namedialog.h>

#include <QDialogButtonBox>

#include <Qsci/qscilexerjavascript.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTreeView>

struct FunctionsPanelDriver
{
    //! Starts the server, shows a panel over it and waits for the demo functions.
    bool setUp(const QString &testName)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("stitch-console-tests"));
        QCoreApplication::setApplicationName(testName);
        QSettings().clear();
        if (!m_autosaveDir.isValid() || !m_fx.start())
            return false;
        m_panel = std::make_unique<FunctionsPanel>(m_fx.session.get(), m_autosaveDir.path());
        m_panel->resize(1200, 800);
        m_panel->show();
        if (!QTest::qWaitForWindowExposed(m_panel.get()))
            return false;
        return QTest::qWaitFor([this] { return proxyRowNamed(QStringLiteral("sum")) >= 0; }, 20000);
    }
    void tearDown()
    {
        m_panel.reset();
        QSettings().clear();
    }
    //! Every test starts with no tab open and no dialog left.
    void closeEverything()
    {
        const QWidgetList dialogs = QApplication::topLevelWidgets();
        for (QWidget *widget : dialogs) {
            if (qobject_cast<QDialog *>(widget) && widget->isVisible())
                widget->close();
        }
        if (m_panel)
            m_panel->discardAll();
    }

    FunctionEditorTab *open(const QString &name);
    int proxyRowNamed(const QString &name) const;
    void typeAtEnd(FunctionEditorTab *tab, const QString &text);
    void waitRun(RunConsole *console);
    QString resultValue(RunConsole *console);
    template<typename T> T *waitForDialog(const char *objectName = nullptr);

    SignedInFixture m_fx;
    QTemporaryDir m_autosaveDir;
    std::unique_ptr<FunctionsPanel> m_panel;
};

inline int FunctionsPanelDriver::proxyRowNamed(const QString &name) const
{
    QSortFilterProxyModel *proxy = m_panel->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, FunctionListModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

FunctionEditorTab *FunctionsPanelDriver::open(const QString &name)
{
    auto *list = m_panel->findChild<QTableView *>(QStringLiteral("functionList"));
    [&] { QTRY_VERIFY_WITH_TIMEOUT(proxyRowNamed(name) >= 0, 20000); }();
    const QModelIndex index = m_panel->proxy()->index(proxyRowNamed(name), 0);
    list->scrollTo(index);
    // As a user does: click the row, press Enter.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QTest::keyClick(list, Qt::Key_Return);
    FunctionEditorTab *tab = nullptr;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT((tab = m_panel->currentTab()) && tab->functionName() == name,
                                 20000);
    }();
    return tab;
}

inline void FunctionsPanelDriver::typeAtEnd(FunctionEditorTab *tab, const QString &text)
{
    CodeEditor *editor = tab->editor();
    editor->setFocus();
    editor->setAutoCompletionThreshold(-1);
    const int last = editor->lines() - 1;
    editor->setCursorPosition(last, editor->text(last).size());
    QTest::keyClicks(editor, text);
}

inline void FunctionsPanelDriver::waitRun(RunConsole *console)
{
    QTRY_VERIFY_WITH_TIMEOUT(!console->isRunning(), 60000);
}

inline QString FunctionsPanelDriver::resultValue(RunConsole *console)
{
    // A scalar result shows as one row with its value.
    JsonTreeModel *model = console->resultModel();
    if (model->rowCount() == 0)
        return {};
    return model->index(0, JsonTreeModel::ValueColumn).data().toString();
}

template<typename T> T *FunctionsPanelDriver::waitForDialog(const char *objectName)
{
    T *found = nullptr;
    auto look = [&] {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            auto *candidate = qobject_cast<T *>(widget);
            if (candidate && candidate->isVisible()
                && (!objectName || candidate->objectName() == QLatin1String(objectName)))
                found = candidate;
        }
        return found != nullptr;
    };
    [&] { QTRY_VERIFY_WITH_TIMEOUT(look(), 20000); }();
    return found;
}
