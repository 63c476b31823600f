// Focus never lands on a panel's Delete button by accident: not when the control that had it is
// disabled while a command runs (Qt passes focus to the next control, Delete), not when a dialog
// closes and the window gives focus back; it goes to the panel's list. The user can still reach
// Delete by Tab or by mouse. A panel of the real framework (Panel) with its buttons named as the
// console's panels name theirs.
#include <panels/destructivefocusguard.h>
#include <panels/panel.h>
#include <session/session.h>

#include <QApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

namespace {

class ListPanel : public Panel
{
public:
    explicit ListPanel(Session *session)
        : Panel(session, {})
    {
        list = new QListWidget(this);
        list->addItems({ QStringLiteral("one"), QStringLiteral("two") });
        newButton = new QPushButton(QStringLiteral("New"), this);
        newButton->setObjectName(QStringLiteral("newThingButton"));
        deleteButton = new QPushButton(QStringLiteral("Delete"), this);
        deleteButton->setObjectName(QStringLiteral("deleteThingButton"));
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(newButton);
        buttons->addWidget(deleteButton);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(list);
        layout->addLayout(buttons);
        setTabOrder(list, newButton);
        setTabOrder(newButton, deleteButton);
    }
    void refresh() override { }
    void focusFilter() override { }

    QListWidget *list;
    QPushButton *newButton;
    QPushButton *deleteButton;
};

} // namespace

class TestDestructiveFocus : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void onlyDestructiveButtonsInPanelsAreGuarded();
    void disablingTheFocusedControlDoesNotFocusDelete();
    void closingADialogDoesNotFocusDelete();
    void tabAndMouseStillReachDelete();

private:
    Session m_session;
    ListPanel *m_panel = nullptr;
};

void TestDestructiveFocus::init()
{
    m_panel = new ListPanel(&m_session);
    m_panel->show();
    QApplication::setActiveWindow(m_panel);
    QVERIFY(QTest::qWaitForWindowActive(m_panel));
}

void TestDestructiveFocus::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

void TestDestructiveFocus::onlyDestructiveButtonsInPanelsAreGuarded()
{
    QVERIFY(destructivefocus::isGuarded(m_panel->deleteButton));
    QVERIFY(!destructivefocus::isGuarded(m_panel->newButton));
    QVERIFY(!destructivefocus::isGuarded(m_panel->list));
    QPushButton outside;
    outside.setObjectName(QStringLiteral("deleteSomething"));
    QVERIFY(!destructivefocus::isGuarded(&outside)); // not in a panel
    // A confirmation the panel opens is a window of its own: its Delete is the dialog's.
    QDialog confirm(m_panel);
    auto *confirmDelete = new QPushButton(QStringLiteral("Delete"), &confirm);
    confirmDelete->setObjectName(QStringLiteral("deleteConfirmButton"));
    QVERIFY(!destructivefocus::isGuarded(confirmDelete));
}

void TestDestructiveFocus::disablingTheFocusedControlDoesNotFocusDelete()
{
    m_panel->newButton->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_panel->newButton->hasFocus());
    // A command starts: its button is disabled while it runs. Qt moves focus to the next control
    // in the chain, which is Delete; the guard sends it to the list.
    m_panel->newButton->setEnabled(false);
    QVERIFY(!m_panel->deleteButton->hasFocus());
    QCOMPARE(QApplication::focusWidget(), m_panel->list);
}

void TestDestructiveFocus::closingADialogDoesNotFocusDelete()
{
    m_panel->deleteButton->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_panel->deleteButton->hasFocus());
    // The confirmation opens, the user answers, and the window takes focus back.
    QDialog confirm(m_panel);
    auto *ok = new QPushButton(QStringLiteral("OK"), &confirm);
    confirm.show();
    QApplication::setActiveWindow(&confirm);
    QVERIFY(QTest::qWaitForWindowActive(&confirm));
    ok->setFocus();
    confirm.accept();
    QApplication::setActiveWindow(m_panel);
    QVERIFY(QTest::qWaitForWindowActive(m_panel));
    QTRY_COMPARE(QApplication::focusWidget(), m_panel->list);
    QVERIFY(!m_panel->deleteButton->hasFocus());
}

void TestDestructiveFocus::tabAndMouseStillReachDelete()
{
    m_panel->newButton->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_panel->newButton->hasFocus());
    QTest::keyClick(m_panel->newButton, Qt::Key_Tab);
    QVERIFY(m_panel->deleteButton->hasFocus());

    m_panel->list->setFocus(Qt::OtherFocusReason);
    m_panel->deleteButton->setFocusPolicy(Qt::StrongFocus);
    QTest::mouseClick(m_panel->deleteButton, Qt::LeftButton);
    QVERIFY(m_panel->deleteButton->hasFocus());
}

QTEST_MAIN(TestDestructiveFocus)
#include "tst_destructivefocus.moc"
