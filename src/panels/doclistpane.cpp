#include "doclistpane.h"
#include "listfilterbinding.h"

#include <models/doclistmodel.h>
#include <models/listfilterproxy.h>
#include <widgets/busyindicator.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

DocListPane::DocListPane(DocListModel *model, const QString &what,
                         std::function<QString(int)> countNoun, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ListFilterProxy(model, this))
    , m_noun(std::move(countNoun))
{
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setAccessibleName(tr("Filter %1").arg(what));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_table = new QTableView(this);
    m_table->setAccessibleName(what);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_busy = new BusyIndicator(this);
    m_busy->setAccessibleName(tr("Loading %1").arg(what));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_busy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_buttons);
    setTabOrder(m_filter, m_table);
    m_lastTab = m_table;

    m_filterBinding = new ListFilterBinding(m_filter, m_count, m_proxy,
                                            m_noun, m_table);
    connect(m_proxy, &ListFilterProxy::countChanged, this, &DocListPane::updateCount);
    connect(m_model, &ListModelBase::loadingChanged, m_busy, &BusyIndicator::setRunning);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentChanged(currentId()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DocListPane::selectionChanged);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &DocListPane::deleteRequested);
    updateCount();
}

QPushButton *DocListPane::addButton(const QString &text, const QString &objectName,
                                    const QString &toolTip)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    m_buttons->insertWidget(m_buttons->count() - 2, button);
    setTabOrder(m_lastTab, button);
    m_lastTab = button;
    return button;
}

QStringList DocListPane::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(ListModelBase::IdRole).toString();
    return ids;
}

QString DocListPane::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(ListModelBase::IdRole).toString() : QString();
}

void DocListPane::clearCurrent()
{
    m_table->selectionModel()->clear();
}

bool DocListPane::selectId(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void DocListPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void DocListPane::updateCount()
{
    if (m_filterBinding)
        m_filterBinding->updateCount();
}
