#pragma once

#include <QWidget>

#include <functional>

class BusyIndicator;
class DocListModel;
class ListFilterBinding;
class ListFilterProxy;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

//! The list half every configuration panel of issue 13 shares: a filter box with its count,
//! a sortable multi-select table over a DocListModel, a row of buttons and a busy mark. The
//! panel owns what the buttons do.
class DocListPane : public QWidget
{
    Q_OBJECT
public:
    //! what: the items' plural for accessible names ("services"); noun: tr("%n service(s)").
    DocListPane(DocListModel *model, const QString &what,
                std::function<QString(int)> countNoun, QWidget *parent = nullptr);

    DocListModel *model() const { return m_model; }
    ListFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    QLabel *countLabel() const { return m_count; }
    BusyIndicator *busy() const { return m_busy; }
    QPushButton *addButton(const QString &text, const QString &objectName,
                           const QString &toolTip);
    QStringList selectedIds() const;
    QString currentId() const;
    //! Selects and shows the row of id (clearing a filter that hides it); false when absent.
    bool selectId(const QString &id);
    //! No row selected and none current, so that clicking any row (the last one shown too)
    //! opens it again: what a New form starts with.
    void clearCurrent();
    void focusFilter();
    void updateCount();

signals:
    void currentChanged(const QString &id);
    void selectionChanged();
    void deleteRequested();

private:
    DocListModel *m_model;
    ListFilterProxy *m_proxy;
    ListFilterBinding *m_filterBinding = nullptr;
    std::function<QString(int)> m_noun;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    QHBoxLayout *m_buttons;
    BusyIndicator *m_busy;
    QWidget *m_lastTab = nullptr;
};
