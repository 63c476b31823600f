#pragma once

// A MainWindow on its own built-in local server (a fresh data folder), with the helpers the
// window tests share: find a widget, read the apps table, select an app, sign in by the dialog.

#include <api/apiclient.h>
#include <app/logindialog.h>
#include <app/mainwindow.h>
#include <models/applistmodel.h>
#include <panels/panel.h>
#include <session/session.h>

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class ConsoleFixture
{
public:
    //! Keeps the test's settings away from the user's and starts from none.
    static void isolateSettings(const QString &testName)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("stitch-console-tests"));
        QCoreApplication::setApplicationName(testName);
        QSettings().clear();
    }

    void create(const QString &profileName = QString())
    {
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>(
            MainWindow::Options { profileName, m_dir.filePath(QStringLiteral("local-server")) });
    }
    void destroy() { m_window.reset(); }

    MainWindow *window() const { return m_window.get(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    //! The registered panel of this id, built if it was not yet.
    template<typename T> T *panel(const char *id) const
    {
        return qobject_cast<T *>(m_window->panel(QLatin1String(id)));
    }

    template<typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }

    QSortFilterProxyModel *proxy() const
    {
        return qobject_cast<QSortFilterProxyModel *>(child<QTableView>("tableView")->model());
    }

    int proxyRowNamed(const QString &name) const
    {
        QSortFilterProxyModel *model = proxy();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, AppListModel::NameColumn).data().toString() == name)
                return row;
        }
        return -1;
    }

    //! Clicks the app's row, as a user would, and waits until it is the session's current app.
    void selectApp(const QString &name) const
    {
        auto *table = child<QTableView>("tableView");
        const int row = proxyRowNamed(name);
        QVERIFY2(row >= 0, qPrintable(name + QStringLiteral(" is not listed")));
        const QModelIndex index = proxy()->index(row, AppListModel::NameColumn);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QTRY_COMPARE(m_window->session()->currentApp().name, name);
    }

    static QPushButton *okButton(QWidget *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    //! Clicks "Sign In" in the login dialog with the Local profile chosen.
    void signInWithDialog() const
    {
        LoginDialog *login = m_window->loginDialog();
        QTRY_VERIFY(login->isVisible());
        QVERIFY(login->profile().builtInLocal);
        QPushButton *signIn = okButton(login);
        QVERIFY(signIn->isEnabled());
        QSignalSpy failed(m_window->session(), &Session::signInFailed);
        QTest::mouseClick(signIn, Qt::LeftButton);
        waitSignedIn(failed);
        QTRY_VERIFY(!login->isVisible());
    }

    //! Waits until no call is in flight and the events it posted (decoding, model resets) are
    //! done: a panel just shown has finished loading.
    void waitUntilQuiet() const
    {
        ApiClient *client = m_window->session()->client();
        for (int settled = 0; settled < 3;) {
            QTRY_COMPARE_WITH_TIMEOUT(client->activeCalls(), 0, 20000);
            QCoreApplication::processEvents();
            settled = client->activeCalls() == 0 ? settled + 1 : 0;
        }
    }

    void waitSignedIn(const QSignalSpy &failed) const
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isSignedIn() || !failed.isEmpty(), 60000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.value(0).value(0).value<ApiError>().summary()));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};
