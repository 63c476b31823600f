#include "panel.h"
#include "panelkit.h"

#include "destructivefocusguard.h"

#include <session/session.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextEdit>

Panel::Panel(Session *session, ReloadTriggers reloadOn, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_reloadOn(reloadOn)
    , m_contextSeen(session->contextSerial())
    , m_dataSeen(session->appDataSerial())
{
    destructivefocus::install();
    if (m_reloadOn & ContextChange)
        connect(m_session, &Session::contextChanged, this, &Panel::onTrigger);
    if (m_reloadOn & AppDataChange)
        connect(m_session, &Session::appDataChanged, this, &Panel::onTrigger);
}

Panel::~Panel() = default;

bool Panel::isStale() const
{
    return !m_loadedOnce || ((m_reloadOn & ContextChange) && m_contextSeen != m_session->contextSerial())
        || ((m_reloadOn & AppDataChange) && m_dataSeen != m_session->appDataSerial());
}

void Panel::markFresh()
{
    m_loadedOnce = true;
    m_contextSeen = m_session->contextSerial();
    m_dataSeen = m_session->appDataSerial();
}

void Panel::reloadForContext()
{
    refresh();
}

void Panel::onTrigger()
{
    // A hidden panel waits: it reloads when shown, once, however many changes came meanwhile.
    if (!isVisible() || !isStale())
        return;
    markFresh();
    reloadForContext();
}

void Panel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_prepared) {
        m_prepared = true;
        prepareKeyboard();
        keepPlaceholdersReadable();
    }
    if (isStale()) {
        markFresh();
        reloadForContext();
    }
}

void Panel::keepPlaceholdersReadable()
{
    // A narrow filter field would cut its placeholder ("Filter by name or id…") to a stub that
    // no longer says what it filters: fields are at least as wide as their placeholder.
    const auto fields = findChildren<QLineEdit *>();
    for (QLineEdit *field : fields) {
        if (field->placeholderText().isEmpty())
            continue;
        const int wanted = qMin(field->fontMetrics().horizontalAdvance(field->placeholderText())
                                    + 2 * field->fontMetrics().averageCharWidth() + 12,
                                320);
        if (field->minimumWidth() < wanted)
            field->setMinimumWidth(wanted);
    }
}

void Panel::prepareKeyboard()
{
    // A field's clear button is a tool button with no name: a screen reader says only
    // "button". Name it after what it does.
    const auto fields = findChildren<QLineEdit *>();
    for (QLineEdit *field : fields) {
        if (!field->isClearButtonEnabled())
            continue;
        const auto buttons = field->findChildren<QToolButton *>();
        for (QToolButton *button : buttons) {
            if (button->accessibleName().isEmpty())
                button->setAccessibleName(tr("Clear"));
        }
    }
    // Tables take Tab to move between cells by default, which traps keyboard users inside them:
    // arrows move in a table, Tab moves on to the next control.
    const auto views = findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views)
        view->setTabKeyNavigation(false);
    // A read-only text view (an entry's details) would keep Tab for its links forever; links
    // stay reachable by mouse and by the panel's own actions.
    const auto texts = findChildren<QTextEdit *>();
    for (QTextEdit *text : texts) {
        if (text->isReadOnly())
            text->setTabChangesFocus(true);
    }
    const auto plainTexts = findChildren<QPlainTextEdit *>();
    for (QPlainTextEdit *text : plainTexts) {
        if (text->isReadOnly())
            text->setTabChangesFocus(true);
    }
    letPanelShortcutsPassEditors();
}

void Panel::openItem(const QString &) { }

QColor Panel::errorColor(const QPalette &palette)
{
    // WCAG's 4.5:1 on the window in both palettes: problem lines are normal, not bold, text.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return QColor::fromHsl(0, 190, dark ? 180 : 95);
}

QColor Panel::okColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return QColor::fromHsl(130, 170, dark ? 150 : 70);
}

bool Panel::rememberSplitter(QSplitter *splitter, const QString &key)
{
    return panelkit::rememberSplitter(splitter, key);
}

void Panel::setBadge(const QString &badge)
{
    if (m_badge == badge)
        return;
    m_badge = badge;
    emit badgeChanged(m_badge);
}

namespace {

// Keeps an action's enabled state equal to its button's (QWidget has no signal for it).
class EnabledMirror : public QObject
{
public:
    EnabledMirror(QAbstractButton *button, QAction *action)
        : QObject(action)
        , m_action(action)
    {
        button->installEventFilter(this);
        m_action->setEnabled(button->isEnabled());
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::EnabledChange)
            m_action->setEnabled(static_cast<QWidget *>(watched)->isEnabled());
        return false;
    }

private:
    QAction *m_action;
};

// Hands a Ctrl (or Alt) key the panel has a shortcut for past the text field that has focus.
// Clipboard, undo and select-all stay the field's: a panel never means those.
class PanelShortcutPass : public QObject
{
public:
    explicit PanelShortcutPass(Panel *panel)
        : QObject(panel)
        , m_panel(panel)
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride)
            return QObject::eventFilter(watched, event);
        auto *key = static_cast<QKeyEvent *>(event);
        if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
            return false;
        for (const auto standard :
             { QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste, QKeySequence::Undo,
               QKeySequence::Redo, QKeySequence::SelectAll }) {
            if (key->matches(standard))
                return false;
        }
        if (!isPanelShortcut(QKeySequence(key->keyCombination())))
            return false;
        event->ignore(); // not claimed: the shortcut map delivers it to the panel's shortcut
        return true;
    }

private:
    bool isPanelShortcut(const QKeySequence &keys) const
    {
        const auto shortcuts = m_panel->findChildren<QShortcut *>(Qt::FindDirectChildrenOnly);
        for (const QShortcut *shortcut : shortcuts) {
            if (shortcut->isEnabled() && shortcut->context() != Qt::WidgetShortcut
                && shortcut->keys().contains(keys))
                return true;
        }
        const auto actions = m_panel->actions();
        for (const QAction *action : actions) {
            if (action->shortcutContext() != Qt::WidgetShortcut
                && action->shortcuts().contains(keys))
                return true;
        }
        return false;
    }

    Panel *m_panel;
};

} // namespace

void Panel::letPanelShortcutsPassEditors()
{
    auto *pass = new PanelShortcutPass(this);
    const auto widgets = findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QTextEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget))
            widget->installEventFilter(pass);
    }
}

QAction *Panel::bindAction(QAbstractButton *button, const QKeySequence &shortcut)
{
    auto *action = new QAction(button->text(), this);
    action->setObjectName(button->objectName() + QLatin1String("Action"));
    action->setToolTip(button->toolTip());
    action->setIcon(button->icon());
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    new EnabledMirror(button, action);
    connect(action, &QAction::triggered, button, &QAbstractButton::click);
    addAction(action);
    return action;
}

QList<QAction *> Panel::panelActions() const
{
    QList<QAction *> result;
    auto take = [&result](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (!action->text().isEmpty() && !action->isSeparator() && !result.contains(action))
                result << action;
        }
    };
    take(actions());
    const auto widgets = findChildren<QWidget *>();
    for (const QWidget *widget : widgets)
        take(widget->actions());
    return result;
}

namespace {
const char *const CallsProperty = "stitchCalls";
}

void Panel::declareCalls(QAction *action, const QStringList &calls)
{
    QStringList all = action->property(CallsProperty).toStringList();
    all += calls;
    action->setProperty(CallsProperty, all);
}

QList<Panel::CallUse> Panel::callUses() const
{
    QList<CallUse> uses;
    const auto actions = panelActions();
    for (const QAction *action : actions) {
        const QStringList calls = action->property(CallsProperty).toStringList();
        if (!calls.isEmpty())
            uses.append({ action->text().remove(QLatin1Char('&')), calls });
    }
    if (!m_callsOnShow.isEmpty())
        uses.append({ QStringLiteral("(shown / F5)"), m_callsOnShow });
    if (!m_callsOnSelect.isEmpty())
        uses.append({ QStringLiteral("(select an item)"), m_callsOnSelect });
    return uses;
}
