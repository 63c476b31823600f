#pragma once

// Small builders the panels of the app's data (overview, users, API keys, security) share, so
// each looks and behaves like the Values panel without repeating its widget set-up.

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

class ApiError;
class ErrorBanner;
class QSplitter;
class Session;

namespace panelkit {

inline QLabel *title(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    return label;
}

inline QLabel *hint(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    return label;
}

inline QTableView *table(const QString &objectName, const QString &accessibleName,
                         QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSortingEnabled(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(160);
    return view;
}

inline QPushButton *button(const QString &text, const QString &objectName, const QString &toolTip,
                           QWidget *parent)
{
    auto *push = new QPushButton(text, parent);
    push->setObjectName(objectName);
    push->setToolTip(toolTip);
    return push;
}

//! The group of the current app (the app's own, else the session's).
QString groupOf(Session *session);

//! Shows error in banner, in a sentence of ours when the server's error_code is one the
//! app-data panels know (AccountNameInUse, APIKeyAlreadyExists, UserNotFound, ...); the
//! server's own text and code stay in the details.
void showError(ErrorBanner *banner, const ApiError &error);

//! Restores splitter's sizes from the settings under key and saves them whenever the user
//! moves a handle, so a pane keeps its size across restarts. False when nothing was saved yet:
//! the caller then sets its own default sizes. (Panel::rememberSplitter, for widgets that are
//! not panels: an editor tab, its run console.)
bool rememberSplitter(QSplitter *splitter, const QString &key);

} // namespace panelkit
