#include "listfilterbinding.h"

#include <models/listfilterproxy.h>
#include <models/listmodelbase.h>

#include <QAbstractItemView>
#include <QEvent>
#include <QKeyEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTreeView>

ListFilterBinding::ListFilterBinding(QLineEdit *filter, QLabel *count, ListFilterProxy *proxy,
                                     Noun noun, QAbstractItemView *view)
    : QObject(filter)
    , m_filter(filter)
    , m_count(count)
    , m_view(view)
    , m_proxy(proxy)
    , m_noun(std::move(noun))
{
    connect(filter, &QLineEdit::textChanged, proxy, &ListFilterProxy::setFilterText);
    connect(proxy, &ListFilterProxy::countChanged, this, &ListFilterBinding::updateCount);
    if (count) {
        count->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                       | Qt::LinksAccessibleByKeyboard);
        connect(count, &QLabel::linkActivated, this, [this](const QString &link) {
            if (link == QLatin1String(LoadAllLink))
                loadAll();
        });
    }
    if (auto *table = qobject_cast<QTableView *>(view)) {
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        // One line of text with a little air, as the panels' other lists (the style's default
        // row is a third taller than that).
        table->verticalHeader()->setMinimumSectionSize(0);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
        // A column sized to its contents reads this many rows, not all 10,000.
        table->horizontalHeader()->setResizeContentsPrecision(200);
    } else if (auto *tree = qobject_cast<QTreeView *>(view)) {
        tree->setUniformRowHeights(true);
    }
    if (view) {
        m_noMatches = new QLabel(view->viewport());
        m_noMatches->setObjectName(QStringLiteral("noMatchesLabel"));
        m_noMatches->setAlignment(Qt::AlignCenter);
        m_noMatches->setWordWrap(true);
        m_noMatches->setEnabled(false); // drawn in the palette's muted text colour
        m_noMatches->hide();
        view->viewport()->installEventFilter(this);
        filter->installEventFilter(this); // Down moves on into the list
    }
    updateCount();
}

bool ListFilterBinding::eventFilter(QObject *watched, QEvent *event)
{
    // From the filter, Down goes to the list it filters (the buttons between the two would
    // otherwise take a Tab each), on its current row or the first.
    if (watched == m_filter && event->type() == QEvent::KeyPress && m_view
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier
        && m_view->model() && m_view->model()->rowCount() > 0) {
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_view->model()->index(0, 0));
        m_view->setFocus(Qt::TabFocusReason);
        return true;
    }
    if (m_noMatches && watched == m_noMatches->parent() && event->type() == QEvent::Resize)
        m_noMatches->setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    return QObject::eventFilter(watched, event);
}

void ListFilterBinding::updateNoMatches()
{
    if (!m_noMatches || !m_filter)
        return;
    // Only when the model holds items: an empty list is the panel's own empty state.
    const bool none = !m_filter->text().isEmpty() && m_proxy->rowCount() == 0
        && m_proxy->list()->rowCount() > 0;
    if (none) {
        m_noMatches->setText(
            m_proxy->filterIsPartial()
                ? tr("Nothing loaded so far matches “%1”. Load all to search every item.")
                      .arg(m_filter->text())
                : tr("Nothing matches “%1”.").arg(m_filter->text()));
        m_noMatches->setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    }
    m_noMatches->setVisible(none);
}

void ListFilterBinding::setLoadAllLink(bool shown)
{
    m_loadAllLink = shown;
    updateCount();
}

void ListFilterBinding::loadAll()
{
    m_proxy->list()->fetchAll();
    updateCount();
}

void ListFilterBinding::updateCount()
{
    updateNoMatches();
    if (!m_count)
        return;
    const ListModelBase *list = m_proxy->list();
    const QString plain = m_proxy->countText(m_noun ? m_noun(list->rowCount()) : QString());
    const bool partial = m_proxy->filterIsPartial();
    if (m_loadAllLink && partial) {
        m_count->setTextFormat(Qt::RichText);
        m_count->setText(plain.toHtmlEscaped() + QStringLiteral(" — <a href=\"%1\">%2</a>")
                                                     .arg(QLatin1String(LoadAllLink),
                                                          list->isLoading() ? tr("Loading…")
                                                                            : tr("Load all")));
    } else {
        m_count->setTextFormat(Qt::PlainText);
        m_count->setText(plain);
    }
    m_count->setToolTip(partial ? tr("The filter covers the %n loaded item(s) only: Load all "
                                     "fetches every page so that it covers every item.",
                                     nullptr, list->rowCount())
                                : QString());
    m_count->setAccessibleName(plain);
    emit countUpdated();
}
