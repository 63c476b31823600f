// FunctionEditorTab's syntax check while typing: the first error marked on its line and named
// under the editor, cleared once fixed, and a question before a broken buffer is saved.
#include "functioneditortab.h"

#include <widgets/editor/codeeditor.h>
#include <widgets/errorbanner.h>
#include <widgets/statuslabel.h>

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

void FunctionEditorTab::setSyntaxChecker(SyntaxChecker *checker)
{
    m_syntaxChecker = checker;
    m_syntaxSource.clear();
    m_syntax = SyntaxChecker::Result();
    ++m_syntaxGeneration; // an answer of the old checker is no longer wanted
    m_syntaxTimer->start();
}

QMessageBox *FunctionEditorTab::saveAnywayQuestion() const
{
    return m_saveAnyway;
}

SyntaxChecker::Result FunctionEditorTab::syntaxResult() const
{
    return m_syntaxSource == m_editor->text() ? m_syntax : SyntaxChecker::Result();
}

void FunctionEditorTab::checkSyntaxNow(std::function<void()> then)
{
    m_syntaxTimer->stop();
    const quint64 generation = ++m_syntaxGeneration;
    const QString source = m_editor->text();
    m_syntaxChecker->check(source, this,
                           [this, generation, source, then](const SyntaxChecker::Result &result) {
                               if (generation == m_syntaxGeneration)
                                   showSyntaxResult(source, result);
                               if (then)
                                   then();
                           });
}

void FunctionEditorTab::showSyntaxResult(const QString &source, const SyntaxChecker::Result &result)
{
    m_syntaxSource = source;
    m_syntax = result;
    if (!result.checked) {
        m_editor->clearSyntaxError();
        if (!m_syntaxChecker->isAvailable()) {
            // Quietly off: a word under the editor, the reason in its tooltip.
            m_syntaxStatus->setText(tr("Syntax check off"));
            m_syntaxStatus->setToolTip(
                tr("The syntax check while typing is off: %1. It needs Node.js and the "
                   "node-acorn package.")
                    .arg(m_syntaxChecker->unavailableReason()));
        }
        return;
    }
    m_syntaxStatus->setToolTip(tr("Checked as you type; the first syntax error is shown here"));
    if (!result.hasError()) {
        m_editor->clearSyntaxError();
        m_syntaxStatus->setText(QString());
        // The server's complaint about the same thing is answered too.
        if (m_banner->error().errorCode == QLatin1String("FunctionSyntaxError"))
            m_banner->clear();
        return;
    }
    const QString text = tr("Line %1: %2").arg(result.line).arg(result.message);
    m_editor->markSyntaxError(result.line, text);
    m_syntaxStatus->setText(text);
}

void FunctionEditorTab::save()
{
    if (isSaving() || m_saveAnyway || m_checkingToSave)
        return;
    if (m_syntaxChecker->isAvailable() && m_syntaxSource != m_editor->text()) {
        // The buffer as it is now has not been checked yet: hear the check first.
        m_checkingToSave = true;
        checkSyntaxNow([this] {
            m_checkingToSave = false;
            save();
        });
        return;
    }
    if (syntaxResult().hasError())
        return askSaveAnyway();
    saveNow();
}

void FunctionEditorTab::askSaveAnyway()
{
    m_saveAnyway = new QMessageBox(QMessageBox::Warning, tr("Syntax Error"),
                                   tr("“%1” has a syntax error on line %2:\n%3\n\nSave anyway?")
                                       .arg(m_server.name)
                                       .arg(m_syntax.line)
                                       .arg(m_syntax.message),
                                   QMessageBox::Cancel, this);
    m_saveAnyway->setObjectName(QStringLiteral("saveAnywayQuestion"));
    m_saveAnyway->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *saveAnyway = m_saveAnyway->addButton(tr("&Save Anyway"), QMessageBox::AcceptRole);
    saveAnyway->setObjectName(QStringLiteral("saveAnywayButton"));
    m_saveAnyway->setDefaultButton(QMessageBox::Cancel);
    connect(m_saveAnyway, &QMessageBox::finished, this, [this, saveAnyway] {
        const bool save = m_saveAnyway && m_saveAnyway->clickedButton() == saveAnyway;
        m_saveAnyway = nullptr;
        if (save)
            saveNow();
        else
            m_editor->goToLine(m_syntax.line);
    });
    m_saveAnyway->open();
}
