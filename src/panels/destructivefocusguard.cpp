#include "destructivefocusguard.h"

#include "panel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>

namespace destructivefocus {

namespace {

bool hasDestructiveName(const QWidget *widget)
{
    const QString name = widget->objectName();
    return name.startsWith(QLatin1String("delete")) || name.startsWith(QLatin1String("remove"))
        || name.startsWith(QLatin1String("discard"));
}

//! The panel the widget is part of: not across a window, so a button of a dialog the panel
//! opened (a confirmation's "Delete") is the dialog's, not the panel's.
Panel *panelOf(const QWidget *widget)
{
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *panel = qobject_cast<Panel *>(parent))
            return panel;
        if (parent->isWindow())
            return nullptr;
    }
    return nullptr;
}

//! The list the button acts on: the first usable item view among the button's nearest
//! ancestors' children, searching outwards up to the panel.
QAbstractItemView *nearestList(QWidget *button, Panel *panel)
{
    for (QWidget *scope = button->parentWidget(); scope; scope = scope->parentWidget()) {
        const auto views = scope->findChildren<QAbstractItemView *>();
        for (QAbstractItemView *view : views) {
            if (view->isVisible() && view->isEnabled() && view->focusPolicy() != Qt::NoFocus)
                return view;
        }
        if (scope == panel)
            break;
    }
    return nullptr;
}

//! Whether focus moving from old to a guarded button was the user's doing: old is a control
//! still there (they tabbed or clicked from it). No old widget means the window got focus back
//! (a dialog closed); a disabled or hidden one means Qt passed focus on.
bool movedByUser(const QWidget *old)
{
    return old && old->isEnabled() && old->isVisible();
}

void onFocusChanged(QWidget *old, QWidget *now)
{
    if (!now || !isGuarded(now) || movedByUser(old))
        return;
    QAbstractItemView *list = nearestList(now, panelOf(now));
    if (list)
        list->setFocus(Qt::OtherFocusReason);
    else
        now->clearFocus();
}

} // namespace

bool isGuarded(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) && hasDestructiveName(widget)
        && panelOf(widget);
}

void install()
{
    static bool installed = false;
    if (installed || !qApp)
        return;
    installed = true;
    QObject::connect(qApp, &QApplication::focusChanged, qApp, &onFocusChanged);
}

} // namespace destructivefocus
