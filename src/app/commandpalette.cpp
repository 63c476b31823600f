#include "commandpalette.h"
#include "mainwindow.h"

#include <models/fuzzymatch.h>
#include <panels/panel.h>

#include <QAction>
#include <QMenu>
#include <QPointer>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int MaxShown = 200;
constexpr int EntryRole = Qt::UserRole + 1;

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

} // namespace

CommandPalette::CommandPalette(MainWindow *window)
    : QDialog(window)
    , m_window(window)
    , m_query(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Command Palette"));
    setAccessibleName(tr("Command Palette"));
    m_query->setObjectName(QStringLiteral("paletteQuery"));
    m_query->setPlaceholderText(tr("Type a panel, a command, an app or a function…"));
    m_query->setAccessibleName(tr("Command"));
    m_query->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setAccessibleName(tr("Matching commands"));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // the arrows reach it from the query
    m_count->setObjectName(QStringLiteral("paletteCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    resize(560, 420);

    m_query->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, &CommandPalette::updateMatches);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
}

QList<CommandPalette::Entry> CommandPalette::entries() const
{
    QList<Entry> result;
    MainWindow *window = m_window;
    for (const PanelSpec &spec : window->panelSpecs()) {
        result.append({ tr("Go to %1").arg(spec.title),
                        spec.shortcut.toString(QKeySequence::NativeText),
                        [window, id = spec.id] { window->goToPanel(id); }, 30 });
    }
    auto addActions = [&result](const QList<QAction *> &actions, const QString &where) {
        for (QAction *action : actions) {
            if (action->menu() || action->isSeparator() || !action->isEnabled()
                || plainText(action).isEmpty()
                || action->objectName() == QLatin1String("commandPaletteAction")
                || action->objectName().startsWith(QLatin1String("goTo_")))
                continue;
            const QString key = action->shortcut().toString(QKeySequence::NativeText);
            result.append({ plainText(action), key.isEmpty() ? where : key,
                            [action = QPointer<QAction>(action)] {
                                if (action)
                                    action->trigger();
                            },
                            15 });
        }
    };
    if (Panel *panel = window->currentPanel())
        addActions(panel->panelActions(), panel->accessibleName());
    const auto menus = window->menuBar()->actions();
    for (QAction *menu : menus) {
        if (menu->menu())
            addActions(menu->menu()->actions(), plainText(menu));
    }
    for (const PanelSpec &spec : window->panelSpecs()) {
        if (!spec.items)
            continue;
        const QList<PanelItem> items = spec.items(window->session());
        for (const PanelItem &item : items) {
            result.append({ tr("%1: %2").arg(spec.itemKind, item.name), spec.title,
                            [window, id = spec.id, itemId = item.id] {
                                window->goToPanel(id);
                                if (Panel *panel = window->panel(id))
                                    panel->openItem(itemId);
                            } });
        }
    }
    return result;
}

void CommandPalette::open()
{
    m_entries = entries();
    m_query->clear();
    updateMatches();
    // Centred near the top of the window, where the eye already is.
    const QRect area = m_window->geometry();
    move(area.center().x() - width() / 2, area.top() + area.height() / 8);
    QDialog::open();
    m_query->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::updateMatches()
{
    const QString query = m_query->text().trimmed();
    QList<QPair<int, int>> ranked; // score, entry
    for (int i = 0; i < m_entries.size(); ++i) {
        const int score = fuzzymatch::score(query, m_entries.at(i).text);
        if (score >= 0)
            ranked.append({ score + m_entries.at(i).weight, i });
    }
    // Best first; equal scores keep the registry's order (panels, then actions, then items).
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    m_list->clear();
    for (int i = 0; i < ranked.size() && i < MaxShown; ++i) {
        const Entry &entry = m_entries.at(ranked.at(i).second);
        auto *item = new QListWidgetItem(
            entry.detail.isEmpty() ? entry.text : tr("%1    %2").arg(entry.text, entry.detail),
            m_list);
        item->setData(EntryRole, ranked.at(i).second);
        item->setData(Qt::AccessibleTextRole, entry.text);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_count->setText(ranked.isEmpty() ? tr("No match")
                                      : tr("%n match(es)", nullptr, int(ranked.size())));
}

QStringList CommandPalette::shownTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_list->count(); ++row)
        texts << m_entries.at(m_list->item(row)->data(EntryRole).toInt()).text;
    return texts;
}

void CommandPalette::runCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const auto run = m_entries.at(item->data(EntryRole).toInt()).run;
    accept();
    // Keys go back to the window at once (not every platform hands activation back to the
    // parent of a closed dialog), and the command runs after the palette has closed, so focus
    // lands where the command puts it.
    m_window->activateWindow();
    QMetaObject::invokeMethod(m_window, run, Qt::QueuedConnection);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentRow();
        switch (key->key()) {
        case Qt::Key_Down:
            m_list->setCurrentRow(std::min(row + 1, m_list->count() - 1));
            return true;
        case Qt::Key_Up:
            m_list->setCurrentRow(std::max(row - 1, 0));
            return true;
        case Qt::Key_PageDown:
            m_list->setCurrentRow(std::min(row + 10, m_list->count() - 1));
            return true;
        case Qt::Key_PageUp:
            m_list->setCurrentRow(std::max(row - 10, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}
