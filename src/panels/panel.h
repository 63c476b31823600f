#pragma once

#include <QWidget>

//! What the main window asks of every panel: its menu commands land here, so one F5 or Ctrl+F
//! in the window reaches whichever panel is showing.
class Panel : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

public slots:
    virtual void refresh() = 0;
    virtual void focusFilter() = 0;
};
