// The Values panel's changes to the list: new, rename and delete (several through one
// CallChain, so a failure stops the rest), each with its name checked before anything is sent.
#include "valuespanel.h"

#include <api/callchain.h>
#include <api/valuecalls.h>
#include <models/valuelistmodel.h>
#include <session/session.h>
#include <widgets/confirmdialog.h>
#include <widgets/errorbanner.h>
#include <widgets/namedialog.h>

#include <QRegularExpression>

namespace {

// The server's rule for resource names (resourcekit.cpp): checked here so a bad name is
// refused before anything is sent.
QString nameProblem(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (name.isEmpty())
        return ValuesPanel::tr("Enter a name.");
    if (!plain.match(name).hasMatch())
        return ValuesPanel::tr("A value name has 1 to 64 letters, digits, “_” or “-”.");
    return {};
}

} // namespace

void ValuesPanel::newValue()
{
    if (m_model->appId().isEmpty())
        return;
    askName(tr("New Value"), tr("&Name of the new value:"), QString(),
            [this](const QString &name) { createValue(name, false, QJsonValue()); });
}

void ValuesPanel::createValue(const QString &name, bool isPrivate, const QJsonValue &value)
{
    const QString problem = nameProblem(name);
    if (!problem.isEmpty()) {
        m_banner->setRetryVisible(false);
        m_banner->showMessage(problem);
        return;
    }
    auto created = std::make_shared<StitchValue>();
    created->name = name;
    created->isPrivate = isPrivate;
    created->value = value;
    ApiClient *client = session()->client();
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    auto *chain = (new CallChain(this))
                      ->then([=] { return valuecalls::create(*client, groupId, appId, *created); },
                             [=](const StitchValue &answer) { created->id = answer.id; });
    track(chain, [this, created] {
        // POST may answer without _id (the reference's example does): names are unique.
        m_selectAfterReload = created->name;
        emit statusMessage(tr("Created the value “%1”.").arg(created->name));
    });
}

void ValuesPanel::renameSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    const StitchValue value = m_model->valueAt(m_model->rowOf(ids.first()));
    askName(tr("Rename Value"), tr("New &name for “%1”:").arg(value.name), value.name,
            [this, id = value.id](const QString &name) { renameValue(id, name); });
}

void ValuesPanel::renameValue(const QString &valueId, const QString &newName)
{
    const QString problem = nameProblem(newName);
    if (!problem.isEmpty()) {
        m_banner->setRetryVisible(false);
        m_banner->showMessage(problem);
        return;
    }
    // A rename is a PUT of the whole value: read the server's copy so only the name changes.
    ApiClient *client = session()->client();
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    auto value = std::make_shared<StitchValue>();
    auto *chain = (new CallChain(this))
                      ->then([=] { return valuecalls::get(*client, groupId, appId, valueId); },
                             [=](const StitchValue &server) {
                                 *value = server;
                                 value->id = valueId;
                                 value->name = newName;
                             })
                      ->then([=] { return valuecalls::update(*client, groupId, appId, *value); });
    track(chain, [this, value] {
        m_selectAfterReload = value->name;
        if (m_shown.id == value->id)
            m_shown.name = value->name;
        emit statusMessage(tr("Renamed the value to “%1”.").arg(value->name));
    });
}

void ValuesPanel::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList names;
    for (const QString &id : ids)
        names << m_model->valueAt(m_model->rowOf(id)).name;
    const bool production = session()->profile().tag == Profile::Tag::Production;
    const QString question = ids.size() == 1
        ? tr("Delete the value “%1”? Functions that read it will get undefined. This cannot "
             "be undone.")
              .arg(names.first())
        : tr("Delete these %1 values? Functions that read them will get undefined. This cannot "
             "be undone.\n\n%2")
              .arg(ids.size())
              .arg(ConfirmDialog::nameList(names));
    ConfirmDialog::askToDelete(
        this,
        { ids.size() == 1 ? tr("Delete Value") : tr("Delete Values"), question,
          production ? (ids.size() == 1 ? names.first() : tr("delete %1 values").arg(ids.size()))
                     : QString(),
          QStringLiteral("deleteValuesDialog") },
        [this, ids] { deleteValues(ids); });
}

void ValuesPanel::deleteValues(const QStringList &valueIds)
{
    ApiClient *client = session()->client();
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    auto *chain = new CallChain(this);
    for (const QString &id : valueIds)
        chain->then([=] { return valuecalls::remove(*client, groupId, appId, id); });
    track(chain, [this, valueIds] {
        if (valueIds.contains(m_shown.id))
            showInEditor(StitchValue());
        emit statusMessage(tr("Deleted %n value(s).", nullptr, int(valueIds.size())));
    });
}

void ValuesPanel::track(CallChain *chain, std::function<void()> done)
{
    ++m_pendingCalls;
    m_banner->clear();
    updateActions();
    chain->run([this, done](const ApiError &error) {
        --m_pendingCalls;
        if (!error.isError()) {
            done();
            session()->notifyAppDataChanged();
        } else if (error.kind != ApiError::Cancelled) {
            m_banner->setRetryVisible(false);
            m_banner->showError(error);
        }
        // What landed before a failure is on the server: the list shows it either way (and the
        // banner keeps the error: refresh() would clear it).
        m_model->refresh();
        updateActions();
    });
}

void ValuesPanel::askName(const QString &title, const QString &label, const QString &initial,
                          std::function<void(const QString &)> done)
{
    auto *dialog = new NameDialog(title, label, initial, nameProblem, this);
    dialog->setObjectName(QStringLiteral("valueNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NameDialog::nameChosen, this, std::move(done));
    dialog->open();
}
