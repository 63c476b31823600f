// FunctionsPanel: Rename, which first looks for the functions that call the old name
// (context.functions.execute("old")) and offers to rewrite those calls along with it.
#include "functioncallers.h"
#include "functioneditortab.h"
#include "functionspanel.h"
#include "ui_functionspanel.h"

#include <api/apiclient.h>
#include <api/callchain.h>
#include <api/functioncalls.h>
#include <models/functionlistmodel.h>
#include <session/session.h>
#include <widgets/errorbanner.h>

#include <QMessageBox>
#include <QPushButton>

namespace {

// Looking for callers reads every function once; past this many the user is asked whether to
// rename unchecked rather than wait on thousands of reads.
constexpr int MaxFunctionsSearched = 500;
// Callers named in the question; the rest are counted.
constexpr int MaxCallersListed = 12;

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
    const QList<StitchFunction> &all = m_model->items();
    if (newName == function.name)
        return renameFunction(function.id, newName);
    if (all.size() > MaxFunctionsSearched)
        return askToRenameUnchecked(function, newName, int(all.size()));
    const QString groupId = m_model->groupId();
    const QString appId = m_model->appId();
    ApiClient *client = m_session->client();
    auto callers = std::make_shared<QList<StitchFunction>>();
    auto *chain = new CallChain(this);
    for (const StitchFunction &other : all) {
        if (other.id == function.id)
            continue;
        // An open tab's buffer is what will be saved next: look there, not on the server.
        if (FunctionEditorTab *tab = tabFor(other.id)) {
            if (functioncallers::calls(tab->bufferVersion().source, function.name))
                callers->append(tab->bufferVersion());
            continue;
        }
        chain->then([=, id = other.id] { return functioncalls::get(*client, groupId, appId, id); },
                    [=, name = function.name](const StitchFunction &server) {
                        if (functioncallers::calls(server.source, name))
                            callers->append(server);
                    });
    }
    ++m_pendingCalls;
    updateActions();
    emit statusMessage(tr("Looking for functions that call “%1”…").arg(function.name));
    chain->run([this, function, newName, callers](const ApiError &error) {
        --m_pendingCalls;
        updateActions();
        if (error.isError()) {
            if (error.kind != ApiError::Cancelled) {
                m_ui->functionsErrorBanner->setRetryVisible(false);
                m_ui->functionsErrorBanner->showError(error);
            }
            return;
        }
        if (callers->isEmpty())
            return renameFunction(function.id, newName);
        askAboutCallers(function, newName, *callers);
    });
}

void FunctionsPanel::askToRenameUnchecked(const StitchFunction &function, const QString &newName,
                                          int functionCount)
{
    // Too many functions to read each one for calls: say so rather than rename silently.
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Rename Function"),
        tr("Calls to “%1” in other functions are not looked for: the app has %Ln functions, "
           "and looking would read each of them.",
           nullptr, functionCount)
            .arg(function.name),
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
