// The Triggers panel's form: showing a trigger, reading it back, the raw-JSON view of the same
// trigger, validation naming the field before anything is sent.
#include "triggerspanel.h"
#include "triggerspanel_p.h"

#include <api/callchain.h>
#include <models/functionlistmodel.h>
#include <models/listfilterproxy.h>
#include <models/sharedmodels.h>
#include <models/triggerlistmodel.h>
#include <session/session.h>
#include <widgets/busyindicator.h>
#include <widgets/confirmdialog.h>
#include <widgets/editor/jsoneditor.h>
#include <widgets/errorbanner.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace triggerspanel;

void TriggersPanel::showTrigger(const StitchTrigger &trigger)
{
    m_shown = trigger;
    m_editing = !trigger.isNull() || trigger.type.size() > 0;
    clearFieldError();
    fillForm(trigger);
    if (m_tabs->currentIndex() == 1)
        m_json->setJson(QJsonDocument(formTrigger().toJson()));
    updateActions();
}

void TriggersPanel::fillForm(const StitchTrigger &trigger)
{
    const QSignalBlocker blockName(m_name);
    m_name->setText(trigger.name);
    const int typeIndex = m_type->findData(trigger.type.isEmpty() ? QStringLiteral("DATABASE")
                                                                  : trigger.type);
    m_type->setCurrentIndex(qMax(0, typeIndex));
    m_pages->setCurrentIndex(qMax(0, typeIndex));
    m_enabled->setChecked(!trigger.disabled);
    const QJsonObject &config = trigger.config;
    m_extraConfig = config;
    for (const QString &key : formKeys(trigger.type))
        m_extraConfig.remove(key);

    // The pickers pick what the trigger names, not what the previous one had.
    {
        const QSignalBlocker blocker(m_function);
        m_function->clear();
    }
    {
        const QSignalBlocker blocker(m_service);
        m_service->clear();
    }
    const StitchTrigger shown = m_shown;
    m_shown.functionId = trigger.functionId;
    m_shown.config = trigger.config;
    fillFunctionPicker();
    fillServicePicker();
    m_shown = shown;
    m_database->setText(config.value(QLatin1String("database")).toString());
    m_collection->setText(config.value(QLatin1String("collection")).toString());
    const QStringList operations = stringsOf(config.value(QLatin1String("operation_types")));
    for (QCheckBox *check : qAsConst(m_operations))
        check->setChecked(operations.contains(check->property("operation").toString()));
    m_fullDocument->setChecked(config.value(QLatin1String("full_document")).toBool());
    const QJsonValue match = config.value(QLatin1String("match"));
    if (match.isObject() && !match.toObject().isEmpty())
        m_match->setJson(QJsonDocument(match.toObject()));
    else
        m_match->setText(QStringLiteral("{}"));
    m_match->validateNow();

    const int op = m_authOperation->findData(config.value(QLatin1String("operation_type")).toString());
    m_authOperation->setCurrentIndex(qMax(0, op));
    fillProviderChecks(stringsOf(config.value(QLatin1String("providers"))));

    m_schedule->setText(config.value(QLatin1String("schedule")).toString());
    m_skipCatchup->setChecked(config.value(QLatin1String("skip_catchup_events")).toBool());
}

void TriggersPanel::fillFunctionPicker()
{
    // Keeps the user's pick when the list changes; a function that is gone stays listed as
    // missing, so a broken trigger shows what it ran.
    const QString wanted = m_editing && m_function->count() > 0
        ? m_function->currentData().toString()
        : m_shown.functionId;
    const QString picked = wanted.isEmpty() ? m_shown.functionId : wanted;
    const QSignalBlocker blocker(m_function);
    m_function->clear();
    m_function->addItem(tr("(choose a function)"), QString());
    FunctionListModel *functions = SharedModels::of(session())->functions();
    QList<StitchFunction> sorted = functions->items();
    std::sort(sorted.begin(), sorted.end(), [](const StitchFunction &a, const StitchFunction &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    for (const StitchFunction &function : qAsConst(sorted))
        m_function->addItem(function.name, function.id);
    if (!picked.isEmpty() && m_function->findData(picked) < 0) {
        const QString name = picked == m_shown.functionId && !m_shown.functionName.isEmpty()
            ? m_shown.functionName
            : picked;
        m_function->addItem(QIcon::fromTheme(QStringLiteral("dialog-error")),
                            tr("%1 (missing)").arg(name), picked);
    }
    m_function->setCurrentIndex(qMax(0, m_function->findData(picked)));
}

void TriggersPanel::fillServicePicker()
{
    const QString current = m_service->count() > 0 && m_editing
        ? m_service->currentData().toString()
        : QString();
    const QString wanted = m_shown.config.value(QLatin1String("service_id")).toString();
    const QString picked = current.isEmpty() ? wanted : current;
    const QSignalBlocker blocker(m_service);
    m_service->clear();
    m_service->addItem(tr("(choose a MongoDB service)"), QString());
    for (const ServiceSummary &service : qAsConst(m_services)) {
        if (service.isMongoDb())
            m_service->addItem(service.name, service.id);
    }
    if (!picked.isEmpty() && m_service->findData(picked) < 0)
        m_service->addItem(QIcon::fromTheme(QStringLiteral("dialog-error")),
                           m_servicesKnown ? tr("%1 (missing)").arg(picked) : picked, picked);
    m_service->setCurrentIndex(qMax(0, m_service->findData(picked)));
}

void TriggersPanel::fillProviderChecks(const QStringList &checked)
{
    QStringList types;
    for (const AuthProviderSummary &provider : qAsConst(m_authProviders)) {
        if (!types.contains(provider.type))
            types << provider.type;
    }
    for (const QString &type : checked) {
        if (!types.contains(type))
            types << type; // named by the trigger though the app no longer has it
    }
    qDeleteAll(m_providers);
    m_providers.clear();
    auto *layout = static_cast<QVBoxLayout *>(m_providersBox->layout());
    for (const QString &type : qAsConst(types)) {
        const bool inApp = std::any_of(m_authProviders.cbegin(), m_authProviders.cend(),
                                       [&](const AuthProviderSummary &p) { return p.type == type; });
        auto *check = new QCheckBox(inApp ? type : tr("%1 (not in this app)").arg(type),
                                    m_providersBox);
        check->setObjectName(QStringLiteral("triggerProvider-") + type);
        check->setProperty("providerType", type);
        check->setChecked(checked.contains(type));
        connect(check, &QCheckBox::toggled, this, &TriggersPanel::updateActions);
        layout->addWidget(check);
        m_providers << check;
    }
    m_noProviders->setVisible(types.isEmpty());
}

StitchTrigger TriggersPanel::formTrigger() const
{
    StitchTrigger trigger = m_shown;
    trigger.name = m_name->text().trimmed();
    trigger.type = m_type->currentData().toString();
    trigger.functionId = m_function->currentData().toString();
    const int functionRow = SharedModels::of(session())->functions()->rowOf(trigger.functionId);
    if (functionRow >= 0)
        trigger.functionName = SharedModels::of(session())->functions()->functionAt(functionRow).name;
    trigger.disabled = !m_enabled->isChecked();
    QJsonObject config = m_extraConfig;
    if (trigger.type == QLatin1String("DATABASE")) {
        config.insert(QStringLiteral("service_id"), m_service->currentData().toString());
        config.insert(QStringLiteral("database"), m_database->text().trimmed());
        config.insert(QStringLiteral("collection"), m_collection->text().trimmed());
        QJsonArray operations;
        for (const QCheckBox *check : m_operations) {
            if (check->isChecked())
                operations.append(check->property("operation").toString());
        }
        config.insert(QStringLiteral("operation_types"), operations);
        config.insert(QStringLiteral("full_document"), m_fullDocument->isChecked());
        const QJsonDocument match = QJsonDocument::fromJson(m_match->text().toUtf8());
        if (match.isObject())
            config.insert(QStringLiteral("match"), match.object());
        else
            config.remove(QStringLiteral("match"));
    } else if (trigger.type == QLatin1String("AUTHENTICATION")) {
        config.insert(QStringLiteral("operation_type"), m_authOperation->currentData().toString());
        QJsonArray providers;
        for (const QCheckBox *check : m_providers) {
            if (check->isChecked())
                providers.append(check->property("providerType").toString());
        }
        config.insert(QStringLiteral("providers"), providers);
    } else if (trigger.type == QLatin1String("SCHEDULED")) {
        config.insert(QStringLiteral("schedule"), m_schedule->text().simplified());
        if (m_skipCatchup->isChecked() || config.contains(QStringLiteral("skip_catchup_events")))
            config.insert(QStringLiteral("skip_catchup_events"), m_skipCatchup->isChecked());
    }
    trigger.config = config;
    return trigger;
}

StitchTrigger TriggersPanel::draft() const
{
    if (m_tabs->currentIndex() == 1 && m_json->json().isObject()) {
        QString why;
        StitchTrigger fromJson = triggercalls::parseTrigger(m_json->json().object(), &why);
        fromJson.id = m_shown.id;
        fromJson.suspended = m_shown.suspended;
        return fromJson;
    }
    return formTrigger();
}

bool TriggersPanel::hasUnsavedChanges() const
{
    if (!m_editing)
        return false;
    if (m_tabs->currentIndex() == 1 && !m_json->json().isObject())
        return true; // half-typed JSON
    const StitchTrigger now = draft();
    if (m_shown.id.isEmpty())
        return !now.name.isEmpty();
    // Compare with the server's copy as the form would write it (the form fills defaults).
    QJsonObject saved = m_shown.toJson();
    QJsonObject current = now.toJson();
    QJsonObject savedConfig = saved.value(QLatin1String("config")).toObject();
    const QJsonObject currentConfig = current.value(QLatin1String("config")).toObject();
    for (auto it = currentConfig.begin(); it != currentConfig.end(); ++it) {
        if (!savedConfig.contains(it.key())) {
            // A default the form added (false, [], {}) is no change.
            const QJsonValue v = it.value();
            const bool empty = (v.isBool() && !v.toBool()) || (v.isArray() && v.toArray().isEmpty())
                || (v.isObject() && v.toObject().isEmpty()) || (v.isString() && v.toString().isEmpty());
            if (empty)
                savedConfig.insert(it.key(), v);
        }
    }
    saved.insert(QStringLiteral("config"), savedConfig);
    return saved != current;
}

void TriggersPanel::onTabChanged(int index)
{
    if (index == 1) {
        m_json->setJson(QJsonDocument(formTrigger().toJson()));
        m_json->validateNow();
        return;
    }
    // Back to the form: it shows what the JSON says (keys it has no field for are kept).
    if (!m_json->validateNow() || !m_json->json().isObject()) {
        showFieldError(QStringLiteral("json"),
                       tr("The JSON is not a trigger object: %1").arg(m_json->errorMessage()));
        return;
    }
    QString why;
    StitchTrigger fromJson = triggercalls::parseTrigger(m_json->json().object(), &why);
    if (!why.isEmpty()) {
        showFieldError(QStringLiteral("json"), tr("The JSON is not a trigger: %1").arg(why));
        return;
    }
    fromJson.id = m_shown.id;
    fromJson.suspended = m_shown.suspended;
    fillForm(fromJson);
    clearFieldError();
    updateActions();
}

QString TriggersPanel::validate(const StitchTrigger &trigger, QString *field) const
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (trigger.name.isEmpty()) {
        *field = QStringLiteral("name");
        return tr("Name: enter a name.");
    }
    if (!plain.match(trigger.name).hasMatch()) {
        *field = QStringLiteral("name");
        return tr("Name: 1 to 64 letters, digits, “_” or “-”.");
    }
    for (const StitchTrigger &other : m_model->items()) {
        if (other.name == trigger.name && other.id != trigger.id) {
            *field = QStringLiteral("name");
            return tr("Name: another trigger is already named “%1”.").arg(trigger.name);
        }
    }
    if (!triggercalls::types().contains(trigger.type)) {
        *field = QStringLiteral("type");
        return tr("Type: choose Database, Authentication or Scheduled.");
    }
    if (trigger.functionId.isEmpty()) {
        *field = QStringLiteral("function_id");
        return tr("Function: choose the function the trigger runs.");
    }
    FunctionListModel *functions = SharedModels::of(session())->functions();
    if (functions->hasLoaded() && functions->rowOf(trigger.functionId) < 0) {
        *field = QStringLiteral("function_id");
        return tr("Function: “%1” no longer exists; choose another.")
            .arg(trigger.functionName.isEmpty() ? trigger.functionId : trigger.functionName);
    }
    const QJsonObject &config = trigger.config;
    if (trigger.type == QLatin1String("DATABASE")) {
        const QString service = config.value(QLatin1String("service_id")).toString();
        if (service.isEmpty()) {
            *field = QStringLiteral("config.service_id");
            return tr("Service: choose the MongoDB service to watch.");
        }
        if (m_servicesKnown
            && std::none_of(m_services.cbegin(), m_services.cend(),
                            [&](const ServiceSummary &s) { return s.id == service; })) {
            *field = QStringLiteral("config.service_id");
            return tr("Service: the service “%1” no longer exists; choose another.").arg(service);
        }
        if (config.value(QLatin1String("database")).toString().isEmpty()) {
            *field = QStringLiteral("config.database");
            return tr("Database: enter the database to watch.");
        }
        if (config.value(QLatin1String("collection")).toString().isEmpty()) {
            *field = QStringLiteral("config.collection");
            return tr("Collection: enter the collection to watch.");
        }
        if (config.value(QLatin1String("operation_types")).toArray().isEmpty()) {
            *field = QStringLiteral("config.operation_types");
            return tr("Operations: check at least one operation type.");
        }
        if (m_tabs->currentIndex() == 0 && !m_match->text().trimmed().isEmpty()) {
            const QJsonDocument match = QJsonDocument::fromJson(m_match->text().toUtf8());
            if (!match.isObject()) {
                *field = QStringLiteral("config.match");
                return tr("Match: enter a JSON object (%1).")
                    .arg(m_match->isValid() ? tr("not an object") : m_match->errorMessage());
            }
        }
    } else if (trigger.type == QLatin1String("AUTHENTICATION")) {
        if (!triggercalls::authOperations().contains(
                config.value(QLatin1String("operation_type")).toString())) {
            *field = QStringLiteral("config.operation_type");
            return tr("Operation: choose LOGIN, CREATE or DELETE.");
        }
        const QStringList providers = stringsOf(config.value(QLatin1String("providers")));
        if (providers.isEmpty()) {
            *field = QStringLiteral("config.providers");
            return tr("Providers: check at least one provider type.");
        }
        for (const QString &type : providers) {
            if (!knownProviderTypes().contains(type)) {
                *field = QStringLiteral("config.providers");
                return tr("Providers: “%1” is not a provider type.").arg(type);
            }
        }
    } else if (trigger.type == QLatin1String("SCHEDULED")) {
        static const QRegularExpression cronField(QStringLiteral("^[0-9A-Za-z*,/?-]+$"));
        const QStringList fields = config.value(QLatin1String("schedule"))
                                       .toString()
                                       .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool ok = fields.size() == 5;
        for (const QString &part : fields)
            ok = ok && cronField.match(part).hasMatch();
        if (!ok) {
            *field = QStringLiteral("config.schedule");
            return fields.isEmpty()
                ? tr("Schedule: enter when to run, as five cron fields (e.g. “*/5 * * * *”).")
                : tr("Schedule: five cron fields of digits, names and * , - / ? are needed "
                     "(minute hour day month weekday).");
        }
    }
    field->clear();
    return {};
}

QWidget *TriggersPanel::widgetForField(const QString &field) const
{
    if (m_tabs->currentIndex() == 1 || field == QLatin1String("json"))
        return m_json;
    static const QHash<QString, int> index {
        { QStringLiteral("name"), 0 },
        { QStringLiteral("type"), 1 },
        { QStringLiteral("function_id"), 2 },
        { QStringLiteral("disabled"), 3 },
        { QStringLiteral("config.service_id"), 4 },
        { QStringLiteral("config.database"), 5 },
        { QStringLiteral("config.collection"), 6 },
        { QStringLiteral("config.operation_types"), 7 },
        { QStringLiteral("config.full_document"), 8 },
        { QStringLiteral("config.match"), 9 },
        { QStringLiteral("config.operation_type"), 10 },
        { QStringLiteral("config.providers"), 11 },
        { QStringLiteral("config.schedule"), 12 },
        { QStringLiteral("config.skip_catchup_events"), 13 },
    };
    QWidget *const widgets[] = { m_name,       m_type,           m_function,     m_enabled,
                                 m_service,    m_database,       m_collection,   m_operationsBox,
                                 m_fullDocument, m_match,        m_authOperation, m_providersBox,
                                 m_schedule,   m_skipCatchup };
    const int at = index.value(field, -1);
    return at < 0 ? nullptr : widgets[at];
}

void TriggersPanel::showFieldError(const QString &field, const QString &message)
{
    clearFieldError();
    m_errorField = field;
    m_fieldError->setText(message);
    m_fieldError->setAccessibleName(message);
    if (QWidget *widget = widgetForField(field)) {
        widget->setAccessibleDescription(message);
        widget->setToolTip(message);
        widget->setProperty("invalid", true);
        if (QLabel *label = m_fieldLabels.value(widget)) {
            label->setProperty("invalid", true);
            applyErrorPalette();
        }
        QWidget *focus = widget;
        if (widget == m_operationsBox && !m_operations.isEmpty())
            focus = m_operations.first();
        else if (widget == m_providersBox && !m_providers.isEmpty())
            focus = m_providers.first();
        focus->setFocus(Qt::OtherFocusReason);
    }
}

void TriggersPanel::clearFieldError()
{
    if (QWidget *widget = widgetForField(m_errorField)) {
        widget->setAccessibleDescription(QString());
        widget->setToolTip(QString());
        widget->setProperty("invalid", false);
        if (QLabel *label = m_fieldLabels.value(widget)) {
            label->setProperty("invalid", false);
            applyErrorPalette();
        }
    }
    m_errorField.clear();
    m_fieldError->clear();
}
