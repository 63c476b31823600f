#pragma once

#include "panel.h"

#include <api/triggercalls.h>

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>

class BusyIndicator;
class CallChain;
class ErrorBanner;
class JsonEditor;
class ListFilterBinding;
class ListFilterProxy;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class TriggerListModel;

//! The triggers of the current app: a filterable list (suspended ones stand out, and the
//! navigation's badge counts them) beside a form per trigger type with a raw-JSON view of the
//! same trigger; create, save (PUT), delete, enable/disable, resume, the function's jump and the
//! trigger's runs in Logs. A watch polls the app's triggers while the console runs (every
//! minute and when the window gains focus) and raises a desktop notification when one becomes
//! suspended.
class TriggersPanel : public Panel
{
    Q_OBJECT
public:
    explicit TriggersPanel(Session *session, QWidget *parent = nullptr);
    ~TriggersPanel() override;

    TriggerListModel *model() const { return m_model; }
    ListFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    //! The trigger the form edits as the server last had it (empty id: a new one).
    StitchTrigger shownTrigger() const { return m_shown; }
    //! What the form (or the JSON view, when it is current) says now.
    StitchTrigger draft() const;
    bool isEditing() const { return m_editing; }
    bool hasUnsavedChanges() const override;
    void discardUnsaved() override;
    void openItem(const QString &triggerId) override;
    //! The field the last validation or server error named ("name", "config.database"...).
    QString errorField() const { return m_errorField; }
    QString errorText() const;
    //! The watch's interval; 60 s by default.
    void setWatchInterval(int msec);

public slots:
    void refresh() override;
    void focusFilter() override;
    //! An empty form for a new trigger of this type.
    void newTrigger(const QString &type = QStringLiteral("DATABASE"));
    //! Checks the form, then creates or PUTs the trigger.
    void saveShown();
    void revertShown();
    void deleteSelected();
    //! Enables a disabled trigger, disables an enabled one (the selected one).
    void toggleEnabled();
    void resumeSelected();
    //! Opens the Functions panel at the form's function.
    void jumpToFunction();
    //! Opens Logs filtered to the selected trigger's runs.
    void showFiringHistory();
    //! One poll of the watch now.
    void pollNow();
    //! A poll unless the list was read in the last seconds (the timer, focus and start-up use it).
    void pollIfStale();

signals:
    //! The watch saw this trigger become suspended; text is what the desktop notification
    //! (Panel::desktopNotification, emitted with it) says.
    void triggerSuspended(const QString &triggerId, const QString &name, const QString &text);

protected:
    void reloadForContext() override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void addFieldRow(QFormLayout *form, const QString &text, QWidget *field,
                     QLayout *row = nullptr);
    void applyErrorPalette();
    QWidget *buildDatabasePage();
    QWidget *buildAuthenticationPage();
    QWidget *buildScheduledPage();
    void updateActions();
    void updateCount();
    void updateBadge();
    QString selectedId() const;
    StitchTrigger selectedTrigger() const;
    void onCurrentRowChanged();
    void showTrigger(const StitchTrigger &trigger);
    void fillForm(const StitchTrigger &trigger);
    StitchTrigger formTrigger() const;
    void fillFunctionPicker();
    void fillServicePicker();
    void fillProviderChecks(const QStringList &checked);
    void loadPickers();
    //! The first problem of the draft, with the field it is in; empty when none.
    QString validate(const StitchTrigger &trigger, QString *field) const;
    void showFieldError(const QString &field, const QString &message);
    void clearFieldError();
    QWidget *widgetForField(const QString &field) const;
    void onTabChanged(int index);
    void track(CallChain *chain, std::function<void()> done,
               std::function<bool(const ApiError &)> failed = {});
    void askDiscard(std::function<void()> proceed);
    void selectId(const QString &triggerId);
    void seeTriggers(const QString &appId, const QList<StitchTrigger> &triggers);
    void notifySuspended(const StitchTrigger &trigger);
    QString groupId() const;

    TriggerListModel *m_model;
    ListFilterProxy *m_proxy;
    ListFilterBinding *m_filterBinding = nullptr;
    QLabel *m_title;
    QLabel *m_hint;
    ErrorBanner *m_banner;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_delete;
    QPushButton *m_toggle;
    QPushButton *m_resume;
    QPushButton *m_history;
    QPushButton *m_refresh;
    BusyIndicator *m_busy;

    QLabel *m_editorTitle;
    QLabel *m_brokenNote;
    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QComboBox *m_type;
    QComboBox *m_function;
    QToolButton *m_jump;
    QCheckBox *m_enabled;
    QStackedWidget *m_pages;
    QComboBox *m_service;
    QLineEdit *m_database;
    QLineEdit *m_collection;
    QWidget *m_operationsBox;
    QList<QCheckBox *> m_operations;
    QCheckBox *m_fullDocument;
    JsonEditor *m_match;
    QComboBox *m_authOperation;
    QWidget *m_providersBox;
    QList<QCheckBox *> m_providers;
    QLabel *m_noProviders;
    QLineEdit *m_schedule;
    QCheckBox *m_skipCatchup;
    JsonEditor *m_json;
    QLabel *m_fieldError;
    QPushButton *m_save;
    QPushButton *m_revert;
    QHash<QWidget *, QLabel *> m_fieldLabels; //!< each form field's label, marked when wrong
    bool m_applyingPalette = false;

    StitchTrigger m_shown; //!< as the server last had it; empty id for a new one
    bool m_editing = false;
    QJsonObject m_extraConfig; //!< config keys the form does not show, kept as they were
    QString m_errorField;
    int m_pendingCalls = 0;
    QString m_selectAfterReload;
    QString m_openAfterReload; // openItem() before the list had it: shown once it has
    QList<ServiceSummary> m_services;
    bool m_servicesKnown = false;
    QList<AuthProviderSummary> m_authProviders;
    QPointer<ApiJob> m_servicesJob;
    QPointer<ApiJob> m_providersJob;

    // The watch
    QTimer *m_watchTimer;
    QPointer<ApiJob> m_watchJob;
    QString m_watchedApp; //!< the app m_suspended describes
    QHash<QString, QString> m_suspended; //!< id -> name of the triggers seen suspended
    bool m_watchBaseline = false;
    QElapsedTimer m_lastSeen; //!< since the app's triggers were last read //!< m_suspended holds a first answer for m_watchedApp
};
