#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

#include <functional>

class Panel;
class Session;
class QWidget;

//! An item of a panel that the command palette can jump to (an app, a function, a value).
struct PanelItem
{
    QString id;
    QString name;
};

//! One row of the panel registry: everything the main window, its navigation, the shortcuts and
//! the command palette know about a panel. Adding a panel is adding a row (panelregistry.cpp).
struct PanelSpec
{
    QString id; //!< stable and untranslated: "functions"
    QString title; //!< translated, for the navigation and the palette
    QString description; //!< translated, a tooltip sentence
    QString iconName; //!< a freedesktop icon theme name
    bool needsApp = false; //!< shows nothing useful until an app is chosen
    //! Built before the first paint (the landing panel); the others are built just after it.
    bool buildBeforeFirstPaint = false;
    std::function<Panel *(Session *session, QWidget *parent)> create;
    //! Items of this panel the palette lists by name ("Function: sum"); may be empty.
    std::function<QList<PanelItem>(Session *session)> items;
    QString itemKind; //!< translated: what an item is ("Function")
    QKeySequence shortcut; //!< set by panelRegistry() from the row's position
};

//! The registry, in navigation order, each row with its shortcut: Ctrl+1 … Ctrl+9, Ctrl+0, then
//! Ctrl+Alt+1 … for the rows past the tenth.
QList<PanelSpec> panelRegistry();
