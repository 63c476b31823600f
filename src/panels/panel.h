#pragma once

#include <QStringList>
#include <QWidget>

class Session;
class QAbstractButton;
class QAction;
class QSplitter;

//! What every panel is to the main window, and what the framework does for each: it follows the
//! one Session (a panel declares what makes it reload, and a hidden panel reloads when next
//! shown rather than at once), takes the window's F5 and Ctrl+F, offers its actions to the
//! command palette, and keeps Tab moving between controls rather than inside tables.
class Panel : public QWidget
{
    Q_OBJECT
public:
    //! What makes a panel's content stale.
    enum ReloadOn {
        ContextChange = 0x1, //!< sign-in, sign-out, group or app changed
        AppDataChange = 0x2, //!< another panel changed the current app's data
    };
    Q_DECLARE_FLAGS(ReloadTriggers, ReloadOn)

    Panel(Session *session, ReloadTriggers reloadOn, QWidget *parent = nullptr);
    ~Panel() override;

    Session *session() const { return m_session; }
    //! A short text the navigation shows beside the panel's title while something there needs
    //! the user's attention (e.g. suspended triggers); empty for none.
    QString badge() const { return m_badge; }
    //! Whether the panel never loaded, or something it declared changed since it last did.
    bool isStale() const;
    //! The panel's commands, for the command palette and the keyboard help; by default every
    //! QAction added to the panel or to one of its widgets, with text, in order.
    virtual QList<QAction *> panelActions() const;
    //! Shows the item with this id (an app, a function...) that the palette offered from the
    //! panel's registry row.
    virtual void openItem(const QString &id);
    //! The panel's "save what is being edited" command, which the window's File > Save triggers
    //! (Ctrl+S stays the panel's own key); nullptr when the panel has nothing to save.
    virtual QAction *saveAction() const { return nullptr; }
    //! Whether closing the window would lose something typed here.
    virtual bool hasUnsavedChanges() const { return false; }
    //! The user chose to close the window without saving.
    virtual void discardUnsaved() { }
    //! What reaches some of the panel's API calls: an action (by its text) or, for calls made
    //! without a command, the panel being shown or refreshed, or an item being selected.
    struct CallUse
    {
        QString trigger;
        QStringList calls;
    };
    //! Every call the panel declared and what reaches it, for the operation table test and the
    //! README's table. Read from the actions panelActions() lists, so an action that leaves the
    //! palette takes its calls with it.
    QList<CallUse> callUses() const;
    //! Names the API calls that triggering action makes, as api/operationtable.h names them
    //! ("valuecalls::update"). The operation table test fails on a name it does not know and on
    //! a call of the table that no action of any panel declares.
    static void declareCalls(QAction *action, const QStringList &calls);
    //! A red for "this is wrong" text that reads on the palette's window colour in light and
    //! dark palettes (QPalette::BrightText is white in the light one).
    static QColor errorColor(const QPalette &palette);
    //! A green for "this is on and working" (a live tail) that reads on the palette's window
    //! colour in light and dark palettes.
    static QColor okColor(const QPalette &palette);

public slots:
    //! F5: load again what the panel shows, keeping what the user has typed.
    virtual void refresh() = 0;
    //! Ctrl+F: focus the panel's filter.
    virtual void focusFilter() = 0;

signals:
    //! A short confirmation for the window's status bar ("Saved “sum”.").
    void statusMessage(const QString &text);
    //! Asks the window to show another panel and, if itemId is set, that panel's item there
    //! (Panel::openItem): a trigger's function in Functions, a function's runs in Logs.
    void navigateRequested(const QString &panelId, const QString &itemId);
    //! The panel's badge in the navigation changed ("2 suspended"; empty: none).
    void badgeChanged(const QString &badge);
    //! Something the user should hear about even with the window in the background (a trigger
    //! was suspended). The window shows it as a system tray message when the desktop has a
    //! tray (a click opens itemId in this panel), else in its status bar.
    void desktopNotification(const QString &title, const QString &text, const QString &itemId);

protected:
    //! The framework calls this when the panel is visible and stale, or becomes visible while
    //! stale. The default calls refresh().
    virtual void reloadForContext();
    //! Records that the panel now shows the current context (refresh() implementations that
    //! load everything call it; the framework calls it before reloadForContext()).
    void markFresh();
    void setBadge(const QString &badge);
    //! A QAction that does what button does, for the palette and the keyboard help: same text
    //! and tooltip, enabled whenever the button is. The button stays the source of truth.
    QAction *bindAction(QAbstractButton *button, const QKeySequence &shortcut = QKeySequence());
    //! Calls made with no command: when the panel is shown or refreshed (F5), for a panel with
    //! no Refresh action; when an item is selected (its details are fetched).
    void declareCallsOnShow(const QStringList &calls) { m_callsOnShow += calls; }
    void declareCallsOnSelect(const QStringList &calls) { m_callsOnSelect += calls; }
    //! Restores splitter's sizes from the settings under key and saves them whenever the user
    //! moves a handle, so a pane keeps its width across restarts. False when nothing was saved
    //! yet: the panel then sets its own default sizes.
    bool rememberSplitter(QSplitter *splitter, const QString &key);
    void showEvent(QShowEvent *event) override;

private:
    void onTrigger();
    //! Both done once, when the panel is first shown (its widgets exist by then).
    void prepareKeyboard();
    void keepPlaceholdersReadable();
    //! The panel's own Ctrl shortcuts (QShortcut children and actions, both in the panel's
    //! context) reach it from a text field too: on X11 a line edit claims Ctrl+E, Ctrl+K, ...
    //! for Emacs-style editing, so they would work everywhere in the panel but there.
    void letPanelShortcutsPassEditors();

    Session *m_session;
    ReloadTriggers m_reloadOn;
    quint64 m_contextSeen = 0;
    quint64 m_dataSeen = 0;
    bool m_prepared = false;
    bool m_loadedOnce = false;
    QString m_badge; // a panel built late loads when first shown, not when built
    QStringList m_callsOnShow;
    QStringList m_callsOnSelect;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Panel::ReloadTriggers)
