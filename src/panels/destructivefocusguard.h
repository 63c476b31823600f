#pragma once

class QWidget;

//! Keeps keyboard focus off a panel's destructive buttons (object names starting with "delete",
//! "remove" or "discard") unless the user put it there: by mouse, by shortcut, or by Tab from a
//! control that is still there. Focus lands on one by accident in two ways: the control that
//! had it was disabled or hidden while a command ran (Qt then moves focus to the next control in
//! the chain, often Delete beside New), or a dialog closed and the window gave focus back to
//! the button that opened it. Then it goes to the panel's nearest list instead, so a stray Space
//! or Enter never deletes. Installed once for the application by the first Panel.
namespace destructivefocus {

void install();
//! Whether focus on this widget is guarded (a destructive button inside a Panel).
bool isGuarded(const QWidget *widget);

} // namespace destructivefocus
