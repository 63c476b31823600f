// FunctionsPanel: Rename, which first looks for the functions that call the old name
// (context.functions.execute("old")) in the app's export and offers to rewrite those calls along
// with it.
#include "functioncallers.h"
#include "functioneditortab.h"
#include "functionspanel.h"
#include "ui_functionspanel.h"

#include <api/apiclient.h>
#include <api/appcalls.h>
#include <api/callchain.h>
#include <api/functioncalls.h>
#include <models/cases/runcasemodel.h>
#include <models/exportedsources.h>
#include <models/functionlistmodel.h>
#include <session/session.h>
#include <widgets/errorbanner.h>

#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>
#include <QPushButton>

namespace {

// Callers named in the question; the rest are counted.
constexpr int MaxCallersListed = 12;

struct CallerSearch
{
    QList<StitchFunction> callers; //!< the saved functions that call the old name
    QString error; //!< why the export could not be read
};

// On a worker thread: a large app's export is megabytes of zip and thousands of sources.
CallerSearch searchExport(const QByteArray &zip, const QString &name)
{
    CallerSearch search;
    const QList<exportedsources::ExportedFunction> functions
        = exportedsources::functionSources(zip, &search.error);
    for (const exportedsources::ExportedFunction &function : functions) {
        if (function.name == name || function.id.isEmpty() || !function.source.contains(name)
            || !functioncallers::calls(function.source, name))
            continue;
        StitchFunction caller;
        caller.id = function.id;
        caller.name = function.name;
        caller.source = function.source;
        search.callers.append(caller);
    }
    return search;
}

} // namespace

void FunctionsPanel::renameSelected()
{
    const StitchFunction function = functionToActOn();
    if (function.isNull())
        return;
    askName(tr("Rename Function"), tr("New &name for “%1”:").arg(function.name), function.name,
            [this, function](const QString &name) { findCallersThenRename(function, name); });
}

void FunctionsPanel::renameFunction(const QString &functionId, const QString &newName)
{
    renameWithCallers(functionId, newName, {});
}

void FunctionsPanel::findCallersThenRename(const StitchFunction &function, const QString &newName)
{
    if (newName == function.name)
        return renameFunction(function.id, newName);
    // One export holds every function's source: one call, whatever the app's size, where reading
    // each function would be thousands of calls in a large app.
    ApiJob *job = appcalls::exportZip(*m_session->client(), m_model->groupId(), m_model->appId());
    ++m_pendingCalls;
    updateActions();
    emit statusMessage(tr("Looking for functions that call “%1”…").arg(function.name));
    connect(job, &ApiJob::finished, this, [this, function, newName](ApiJob *job) {
        if (!job->ok()) {
            --m_pendingCalls;
            updateActions();
            if (job->error().kind != ApiError::Cancelled)
                askToRenameUnchecked(function, newName, job->error().summary());
            return;
        }
        QtConcurrent::run(searchExport, job->body(), function.name)
            .then(this, [this, function, newName](const CallerSearch &search) {
                --m_pendingCalls;
                updateActions();
                if (!search.error.isEmpty())
                    return askToRenameUnchecked(function, newName, search.error);
                onCallersFound(function, newName, search.callers);
            });
    });
}

void FunctionsPanel::onCallersFound(const StitchFunction &function, const QString &newName,
                                    const QList<StitchFunction> &savedCallers)
{
    // An open tab's buffer is what will be saved next: look there, not at the saved copy. The
    // export, not the list, names the others: the list may be older than the export.
    QList<StitchFunction> callers;
    for (const StitchFunction &caller : savedCallers) {
        if (caller.id != function.id && !tabFor(caller.id))
            callers.append(caller);
    }
    for (int i = 0; i < tabCount(); ++i) {
        const StitchFunction buffer = tabAt(i)->bufferVersion();
        if (!buffer.id.isEmpty() && buffer.id != function.id
            && functioncallers::calls(buffer.source, function.name))
            callers.append(buffer);
    }
    if (callers.isEmpty())
        return renameFunction(function.id, newName);
    askAboutCallers(function, newName, callers);
}

void FunctionsPanel::askToRenameUnchecked(const StitchFunction &function, const QString &newName,
                                          const QString &why)
{
    // The calls could not be looked for: say so rather than rename silently.
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Rename Function"),
        tr("Calls to “%1” in other functions could not be looked for: %2").arg(function.name, why),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("renameUncheckedQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Calls to “%1” that remain will fail after the rename. Rename it "
                               "to “%2” anyway?")
                                .arg(function.name, newName));
    QPushButton *rename = box->addButton(tr("&Rename"), QMessageBox::AcceptRole);
    rename->setObjectName(QStringLiteral("renameUncheckedButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, rename, id = function.id, newName] {
        if (box->clickedButton() == rename)
            renameFunction(id, newName);
    });
    box->open();
}

void FunctionsPanel::askAboutCallers(const StitchFunction &function, const QString &newName,
                                     const QList<StitchFunction> &callers)
{
    QStringList names;
    for (const StitchFunction &caller : callers)
        names.append(caller.name);
    names.sort(Qt::CaseInsensitive);
    QString listed
        = QStringLiteral("• ") + names.mid(0, MaxCallersListed).join(QStringLiteral("\n• "));
    if (names.size() > MaxCallersListed)
        listed += QLatin1Char('\n') + tr("and %1 more").arg(names.size() - MaxCallersListed);
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Rename Function"),
        (names.size() == 1 ? tr("One function calls “%1”:").arg(function.name)
                           : tr("%1 functions call “%2”:").arg(names.size()).arg(function.name))
            + QStringLiteral("\n") + listed,
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("renameCallersQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Renamed alone, “%1” leaves those calls failing. Update them to call “%2”? A caller "
           "open in a tab with unsaved changes is changed in its buffer, for you to save; the "
           "others are saved.")
            .arg(function.name, newName));
    QPushButton *update = box->addButton(tr("Rename and &Update Callers"), QMessageBox::AcceptRole);
    update->setObjectName(QStringLiteral("renameAndUpdateButton"));
    QPushButton *only = box->addButton(tr("&Rename Only"), QMessageBox::DestructiveRole);
    only->setObjectName(QStringLiteral("renameOnlyButton"));
    box->setDefaultButton(update);
    connect(box, &QMessageBox::finished, this,
            [this, box, update, only, id = function.id, newName, callers] {
                if (box->clickedButton() == update)
                    renameWithCallers(id, newName, callers);
                else if (box->clickedButton() == only)
                    renameFunction(id, newName);
            });
    box->open();
}

void FunctionsPanel::renameWithCallers(const QString &functionId, const QString &newName,
                                       const QList<StitchFunction> &callers)
{
    // A rename is a PUT of the whole function: read the server's copy first, so only the name
    // changes, whatever an open tab holds. Each closed caller likewise: read, rewrite, put.
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    ApiClient *client = m_session->client();
    auto function = std::make_shared<StitchFunction>();
    auto oldName = std::make_shared<QString>();
    auto *chain
        = (new CallChain(this))
              ->then([=] { return functioncalls::get(*client, groupId, appId, functionId); },
                     [=](const StitchFunction &server) {
                         *function = server;
                         *oldName = server.name;
                         function->name = newName;
                     })
              ->then([=] { return functioncalls::update(*client, groupId, appId, *function); });
    QStringList inTabs;
    for (const StitchFunction &caller : callers) {
        if (tabFor(caller.id)) {
            inTabs.append(caller.id);
            continue;
        }
        auto rewritten = std::make_shared<StitchFunction>();
        chain
            ->then([=, id = caller.id] { return functioncalls::get(*client, groupId, appId, id); },
                   [=](const StitchFunction &server) {
                       *rewritten = server;
                       rewritten->source
                           = functioncallers::renameCalls(server.source, *oldName, newName);
                   })
            ->then([=] { return functioncalls::update(*client, groupId, appId, *rewritten); });
    }
    const int saved = int(callers.size() - inTabs.size());
    track(chain, [this, function, oldName, inTabs, saved] {
        m_selectAfterReload = function->id;
        // Run cases name their function: they follow it.
        RunCaseModel::of(m_session)->renameFunction(*oldName, function->name);
        if (FunctionEditorTab *tab = tabFor(function->id))
            tab->setServerName(function->name);
        int buffers = 0;
        for (const QString &id : inTabs) {
            FunctionEditorTab *tab = tabFor(id);
            if (!tab)
                continue;
            const bool wasClean = !tab->isDirty();
            if (tab->renameCallsInBuffer(*oldName, function->name) > 0)
                ++buffers;
            // A buffer that held nothing unsaved has nothing to review: it is saved as well.
            if (wasClean)
                tab->save();
        }
        const int updated = saved + buffers;
        if (updated == 0)
            emit statusMessage(tr("Renamed the function to “%1”.").arg(function->name));
        else if (updated == 1)
            emit statusMessage(tr("Renamed the function to “%1” and updated the calls in one "
                                  "function.")
                                   .arg(function->name));
        else
            emit statusMessage(tr("Renamed the function to “%1” and updated the calls in %2 "
                                  "functions.")
                                   .arg(function->name)
                                   .arg(updated));
    });
}
