#include "reviewview.h"

#include "diffview.h"

#include <models/draftfilemodel.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

ReviewView::ReviewView(QWidget *parent)
    : QWidget(parent)
    , m_files(new DraftFileModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_hostingMessage(tr("Hosting file %1: %2. Hosting files are compared by their MD5, "
                          "not shown."))
{
    m_proxy->setSourceModel(m_files);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(DraftFileModel::FileColumn);
    m_proxy->setSortRole(DraftFileModel::SortRole);

    // The file list.
    auto *listSide = new QWidget(this);
    m_fileFilter = new QLineEdit(listSide);
    m_fileFilter->setObjectName(QStringLiteral("draftFileFilter"));
    m_fileFilter->setPlaceholderText(tr("Filter files"));
    m_fileFilter->setAccessibleName(tr("Filter files"));
    m_fileFilter->setClearButtonEnabled(true);
    m_fileCount = new QLabel(listSide);
    m_fileCount->setObjectName(QStringLiteral("draftFileCount"));
    m_fileList = new QTreeView(listSide);
    m_fileList->setObjectName(QStringLiteral("draftFileList"));
    m_fileList->setAccessibleName(tr("Changed files"));
    m_fileList->setRootIsDecorated(false);
    m_fileList->setUniformRowHeights(true);
    m_fileList->setSortingEnabled(false);
    m_fileList->setModel(m_proxy);
    m_fileList->header()->setStretchLastSection(false);
    m_fileList->header()->setSectionResizeMode(DraftFileModel::FileColumn, QHeaderView::Stretch);
    // Fixed widths from the font: sizing to contents measures every row of a 1,000-file draft
    // on each layout pass.
    const QFontMetrics metrics(m_fileList->font());
    const int padding = metrics.horizontalAdvance(QStringLiteral("M"));
    int changeWidth = 0;
    for (const DraftFileModel::Change change :
         { DraftFileModel::Change::Added, DraftFileModel::Change::Deleted,
           DraftFileModel::Change::Modified })
        changeWidth
            = qMax(changeWidth, metrics.horizontalAdvance(DraftFileModel::changeName(change)));
    const int countWidth = metrics.horizontalAdvance(QStringLiteral("+0000"));
    for (const auto &[column, width] :
         { std::pair { int(DraftFileModel::ChangeColumn), changeWidth },
           std::pair { int(DraftFileModel::AddedColumn), countWidth },
           std::pair { int(DraftFileModel::RemovedColumn), countWidth } }) {
        const QString title = m_files->headerData(column, Qt::Horizontal).toString();
        m_fileList->header()->setSectionResizeMode(column, QHeaderView::Fixed);
        m_fileList->header()->resizeSection(
            column, qMax(width, metrics.horizontalAdvance(title)) + padding);
    }
    m_previousFile = new QPushButton(tr("Previous File"), listSide);
    m_previousFile->setObjectName(QStringLiteral("previousFileButton"));
    m_previousFile->setToolTip(tr("Show the previous changed file (Alt+Up)"));
    m_nextFile = new QPushButton(tr("Next File"), listSide);
    m_nextFile->setObjectName(QStringLiteral("nextFileButton"));
    m_nextFile->setToolTip(tr("Show the next changed file (Alt+Down)"));
    connect(m_previousFile, &QPushButton::clicked, this, &ReviewView::previousFile);
    connect(m_nextFile, &QPushButton::clicked, this, &ReviewView::nextFile);
    connect(m_fileFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCounts();
    });
    connect(m_fileList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewView::showFile);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_fileFilter, 1);
    filterRow->addWidget(m_fileCount);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_fileList, 1);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_previousFile);
    fileButtons->addWidget(m_nextFile);
    listLayout->addLayout(fileButtons);

    // The diff.
    auto *diffSide = new QWidget(this);
    m_fileTitle = new QLabel(diffSide);
    m_fileTitle->setObjectName(QStringLiteral("draftFileTitle"));
    QFont bold = m_fileTitle->font();
    bold.setBold(true);
    m_fileTitle->setFont(bold);
    m_layout = new QComboBox(diffSide);
    m_layout->setObjectName(QStringLiteral("diffLayoutCombo"));
    m_layout->setAccessibleName(tr("Diff layout"));
    // On Linux, Qt names a combo box by its value ("Unified"), and there is no label beside it:
    // its description tells a screen reader what it is for.
    m_layout->setAccessibleDescription(m_layout->accessibleName());
    m_layout->addItem(tr("Unified"), int(DiffView::Layout::Unified));
    m_layout->addItem(tr("Side by side"), int(DiffView::Layout::SideBySide));
    m_previousChange = new QPushButton(tr("Previous Change"), diffSide);
    m_previousChange->setObjectName(QStringLiteral("previousChangeButton"));
    m_previousChange->setToolTip(tr("Go to the previous change (Shift+F7)"));
    m_nextChange = new QPushButton(tr("Next Change"), diffSide);
    m_nextChange->setObjectName(QStringLiteral("nextChangeButton"));
    m_nextChange->setToolTip(tr("Go to the next change (F7)"));
    m_diff = new DiffView(diffSide);
    m_diff->setObjectName(QStringLiteral("draftDiffView"));
    m_diff->setLayout(DiffView::Layout::Unified);
    connect(m_layout, &QComboBox::currentIndexChanged, this,
            [this] { m_diff->setLayout(DiffView::Layout(m_layout->currentData().toInt())); });
    connect(m_previousChange, &QPushButton::clicked, m_diff, &DiffView::previousChange);
    connect(m_nextChange, &QPushButton::clicked, m_diff, &DiffView::nextChange);
    auto *diffTop = new QHBoxLayout;
    diffTop->addWidget(m_fileTitle, 1);
    diffTop->addWidget(m_previousChange);
    diffTop->addWidget(m_nextChange);
    diffTop->addWidget(m_layout);
    auto *diffLayout = new QVBoxLayout(diffSide);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addLayout(diffTop);
    diffLayout->addWidget(m_diff, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(diffSide);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 300, 700 });
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setTabOrder(m_fileFilter, m_fileList);
    setTabOrder(m_fileList, m_previousFile);
    setTabOrder(m_previousFile, m_nextFile);
    setTabOrder(m_nextFile, m_layout);
    updateCounts();
}

QString ReviewView::currentPath() const
{
    return m_fileList->currentIndex().data(DraftFileModel::PathRole).toString();
}

bool ReviewView::selectPath(const QString &path)
{
    const int row = m_files->rowOf(path);
    if (row < 0)
        return false;
    m_fileFilter->clear();
    m_fileList->setCurrentIndex(m_proxy->mapFromSource(m_files->index(row, 0)));
    return true;
}

void ReviewView::showMessage(const QString &message)
{
    m_files->clear();
    m_fileTitle->clear();
    m_diff->showMessage(message);
    updateCounts();
}

void ReviewView::setDiff(const DraftDiff &diff, const QString &emptyMessage)
{
    const QString shownPath = currentPath();
    m_files->setDiff(diff);
    if (m_files->rowCount() == 0) {
        m_fileTitle->clear();
        m_diff->showMessage(emptyMessage);
    } else {
        const int row = qMax(0, m_files->rowOf(shownPath));
        const QModelIndex index = m_proxy->mapFromSource(m_files->index(row, 0));
        m_fileList->setCurrentIndex(index.isValid() ? index : m_proxy->index(0, 0));
        showFile();
    }
    updateCounts();
}

void ReviewView::showFile()
{
    const QModelIndex current = m_fileList->currentIndex();
    if (!current.isValid())
        return;
    const DraftFileModel::File file = m_files->fileAt(m_proxy->mapToSource(current).row());
    m_fileTitle->setText(tr("%1 (%2)").arg(file.path, DraftFileModel::changeName(file.change)));
    if (file.hosting) {
        m_diff->showMessage(
            m_hostingMessage.arg(DraftFileModel::changeName(file.change), file.path));
        return;
    }
    m_diff->setPatch(file.patch, DiffView::syntaxFor(file.path));
}

void ReviewView::moveFile(int step)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int row = m_fileList->currentIndex().row();
    const int next = row < 0 ? 0 : qBound(0, row + step, rows - 1);
    m_fileList->setCurrentIndex(m_proxy->index(next, 0));
}

void ReviewView::nextFile()
{
    moveFile(1);
}

void ReviewView::previousFile()
{
    moveFile(-1);
}

void ReviewView::updateCounts()
{
    const int all = m_files->rowCount();
    const int shown = m_proxy->rowCount();
    m_fileCount->setText(shown == all ? tr("%n file(s)", nullptr, all)
                                      : tr("%1 of %2").arg(shown).arg(all));
    m_previousFile->setEnabled(shown > 1);
    m_nextFile->setEnabled(shown > 1);
}
