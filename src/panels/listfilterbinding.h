#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class ListFilterProxy;
class QAbstractItemView;
class QLabel;
class QLineEdit;

//! What every list panel does with its filter field, its count label and its view, done once:
//! typing filters every item the model holds (ListFilterProxy, one pass per key); the label says
//! "100 of 10,000" (or the panel's noun when nothing is filtered); over a paged list not yet
//! all loaded (users) it says the filter covers the loaded pages and offers a "Load all" link
//! that follows every page. The view gets fixed row heights, so a 10,000-row list lays out
//! without asking each row for its size. A filter that matches nothing says so in the view
//! itself, not only in the count. Owned by the panel (parent of the filter field).
class ListFilterBinding : public QObject
{
    Q_OBJECT
public:
    //! noun(n) names n items when nothing is filtered, e.g. tr("%n value(s)", nullptr, n).
    using Noun = std::function<QString(int count)>;

    ListFilterBinding(QLineEdit *filter, QLabel *count, ListFilterProxy *proxy, Noun noun,
                      QAbstractItemView *view = nullptr);

    //! The panel shows a Load all button of its own: no link in the label.
    void setLoadAllLink(bool shown);
    //! Says the count again (the panel calls it when its noun changes for another reason).
    void updateCount();
    //! Follows every page of a paged list (what the link does).
    void loadAll();

    ListFilterProxy *proxy() const { return m_proxy; }

    static constexpr const char *LoadAllLink = "#load-all";

signals:
    //! The count label changed.
    void countUpdated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateNoMatches();

    QPointer<QLineEdit> m_filter;
    QPointer<QLabel> m_count;
    QPointer<QAbstractItemView> m_view;
    QPointer<QLabel> m_noMatches; //!< over the view's viewport while the filter matches nothing
    ListFilterProxy *m_proxy;
    Noun m_noun;
    bool m_loadAllLink = true;
};
