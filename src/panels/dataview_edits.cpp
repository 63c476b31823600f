// The Data view's edits: insert and edit in a JSON editor, delete, import a file.

#include "dataview.h"

#include "docpanel.h"

#include <api/apiclient.h>
#include <api/callchain.h>
#include <models/documentlistmodel.h>
#include <session/session.h>
#include <widgets/confirmdialog.h>
#include <widgets/editor/jsoneditor.h>
#include <widgets/errorbanner.h>

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

//! A modal JSON editor for one document; returns it, or nothing when cancelled.
std::optional<QJsonObject> editDocument(QWidget *parent, const QString &title, const QString &hint,
                                        const QJsonObject &document)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.resize(640, 480);
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(hint, &dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *editor = new JsonEditor(&dialog);
    editor->setObjectName(QStringLiteral("dataDocumentEditor"));
    editor->setAccessibleName(DataView::tr("Document (Extended JSON)"));
    editor->setText(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
    layout->addWidget(editor, 1);
    auto *problem = new QLabel(&dialog);
    problem->setWordWrap(true);
    problem->setForegroundRole(QPalette::BrightText);
    layout->addWidget(problem);
    auto *buttons
        = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    auto check = [=] {
        const bool object = DocPanel::objectIn(editor).isObject();
        const QString why = object ? QString()
            : editor->isValid()    ? DataView::tr("A document is a JSON object.")
                                   : editor->errorMessage();
        problem->setText(why);
        buttons->button(QDialogButtonBox::Save)->setEnabled(object);
    };
    QObject::connect(editor, &JsonEditor::textChanged, &dialog, check);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    editor->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return DocPanel::objectIn(editor).toObject();
}

QString lineList(const QList<localdatacalls::ImportLine> &lines)
{
    QStringList text;
    for (const localdatacalls::ImportLine &line : lines.mid(0, 12))
        text << DataView::tr("Line %1: %2").arg(line.line).arg(line.error);
    if (lines.size() > 12)
        text << DataView::tr("… and %n more line(s)", nullptr, int(lines.size() - 12));
    return text.join(u'\n');
}

} // namespace

void DataView::insertDocument()
{
    if (m_collection.isEmpty())
        return;
    const auto document = editDocument(
        this, tr("Insert Document"),
        tr("A new document for %1.%2, in Extended JSON. Without an _id, the server gives it an "
           "ObjectId.")
            .arg(m_database, m_collection),
        QJsonObject());
    if (document)
        insertDocuments(QJsonArray { *document });
}

void DataView::editSelected()
{
    const QList<QJsonObject> selected = selectedDocuments();
    if (selected.size() != 1 || m_panel->isBusy())
        return;
    const QJsonObject original = selected.first();
    const QJsonValue id = localdatacalls::idOf(original);
    const auto document
        = editDocument(this, tr("Edit Document"),
                       tr("The document replaces the one with _id %1; its _id cannot change.")
                           .arg(DocumentListModel::idText(id)),
                       original);
    if (!document)
        return;
    if (document->contains(QLatin1String("_id")) && document->value(QLatin1String("_id")) != id) {
        m_panel->refuse(tr("The _id of a document cannot change: insert a copy instead."));
        return;
    }
    replaceDocument(id, *document);
}

void DataView::deleteSelected()
{
    const QList<QJsonObject> selected = selectedDocuments();
    if (selected.isEmpty() || m_panel->isBusy())
        return;
    QStringList names;
    QJsonArray ids;
    for (const QJsonObject &document : selected) {
        names << DocumentListModel::idText(localdatacalls::idOf(document));
        ids.append(localdatacalls::idOf(document));
    }
    m_panel->confirm(
        selected.size() == 1 ? tr("Delete Document") : tr("Delete Documents"),
        selected.size() == 1 ? tr("Delete the document with _id %1 from %2.%3?")
                                   .arg(names.first(), m_database, m_collection)
                             : tr("Delete these %1 documents from %2.%3?\n\n%4")
                                   .arg(selected.size())
                                   .arg(m_database, m_collection, ConfirmDialog::nameList(names)),
        tr("Delete"),
        selected.size() == 1 ? names.first() : tr("delete %1 documents").arg(selected.size()),
        [this, ids] { deleteDocuments(ids); });
}

void DataView::insertDocuments(const QJsonArray &documents)
{
    ApiClient *client = m_panel->session()->client();
    const QString g = m_panel->groupId(), a = m_panel->appId(), s = m_service.id;
    const QString db = m_database, coll = m_collection;
    auto *chain = new CallChain(this);
    chain->then([=] { return localdatacalls::insert(*client, g, a, s, db, coll, documents); });
    m_panel->track(
        chain,
        [this, count = documents.size()] {
            m_panel->announce(tr("Inserted %n document(s).", nullptr, int(count)));
        },
        [this] {
            reloadDatabases();
            reloadPage();
        });
}

void DataView::replaceDocument(const QJsonValue &id, const QJsonObject &document)
{
    ApiClient *client = m_panel->session()->client();
    const QString g = m_panel->groupId(), a = m_panel->appId(), s = m_service.id;
    const QString db = m_database, coll = m_collection;
    auto *chain = new CallChain(this);
    chain->then([=] { return localdatacalls::replace(*client, g, a, s, db, coll, id, document); });
    m_panel->track(
        chain,
        [this, id] {
            m_panel->announce(
                tr("Saved the document with _id %1.").arg(DocumentListModel::idText(id)));
        },
        [this] { reloadPage(); });
}

void DataView::deleteDocuments(const QJsonArray &ids)
{
    ApiClient *client = m_panel->session()->client();
    const QString g = m_panel->groupId(), a = m_panel->appId(), s = m_service.id;
    const QString db = m_database, coll = m_collection;
    auto *chain = new CallChain(this);
    chain->then([=] { return localdatacalls::remove(*client, g, a, s, db, coll, ids); });
    m_panel->track(
        chain,
        [this, count = ids.size()] {
            m_panel->announce(tr("Deleted %n document(s).", nullptr, int(count)));
        },
        [this] {
            reloadDatabases();
            reloadPage();
        });
}

void DataView::importFile()
{
    if (!isAvailable() || m_importJob)
        return;
    // Where the documents go: the open collection, or one named here (made on first write).
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Import Documents"));
    auto *form = new QFormLayout(&dialog);
    auto *database
        = new QLineEdit(m_database.isEmpty() ? QStringLiteral("test") : m_database, &dialog);
    auto *collection = new QLineEdit(m_collection, &dialog);
    auto *skip = new QCheckBox(tr("Skip lines that are not documents"), &dialog);
    skip->setToolTip(tr("Otherwise a bad line stops the import and nothing is imported"));
    form->addRow(tr("&Database:"), database);
    form->addRow(tr("&Collection:"), collection);
    form->addRow(QString(), skip);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *choose = buttons->addButton(tr("Choose &File…"), QDialogButtonBox::AcceptRole);
    form->addRow(buttons);
    auto check = [=] {
        choose->setEnabled(!database->text().trimmed().isEmpty()
                           && !collection->text().trimmed().isEmpty());
    };
    connect(database, &QLineEdit::textChanged, &dialog, check);
    connect(collection, &QLineEdit::textChanged, &dialog, check);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Documents"), QString(),
        tr("JSON or JSON lines (*.json *.jsonl *.ndjson);;All files (*)"));
    if (path.isEmpty())
        return;
    m_database = database->text().trimmed();
    m_collection = collection->text().trimmed();
    const bool skipBad = skip->isChecked();
    // Read on a pool thread: a file of many megabytes must not stall the window.
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher, path, skipBad] {
        watcher->deleteLater();
        const QByteArray body = watcher->result();
        if (body.isNull()) {
            m_panel->refuse(tr("Cannot read %1.").arg(QDir::toNativeSeparators(path)));
            return;
        }
        importData(body, QFileInfo(path).fileName(), skipBad);
    });
    watcher->setFuture(QtConcurrent::run([path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }));
}

void DataView::importData(const QByteArray &body, const QString &fileName, bool skipBadLines)
{
    if (m_database.isEmpty() || m_collection.isEmpty() || m_importJob)
        return;
    auto *job = localdatacalls::import(*m_panel->session()->client(), m_panel->groupId(),
                                       m_panel->appId(), m_service.id, m_database, m_collection,
                                       body, skipBadLines);
    m_importJob = job;
    updateActions();
    auto *progress
        = new QProgressDialog(tr("Importing %1…").arg(fileName), tr("Cancel"), 0, 100, this);
    progress->setObjectName(QStringLiteral("dataImportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    connect(job, &ApiJob::uploadProgress, progress, [progress](qint64 sent, qint64 total) {
        if (total > 0)
            progress->setValue(int(sent * 99 / total));
    });
    connect(progress, &QProgressDialog::canceled, job, &ApiJob::abandon);
    const QString db = m_database, coll = m_collection;
    job->onFinished(
        this, [this, progress, body, fileName, db, coll](Job<localdatacalls::ImportResult> *job) {
            m_importJob = nullptr;
            // reset() stops its minimum-duration timer: a dialog only hidden could show itself
            // again inside the question below, whose nested loop does not run its deleteLater.
            progress->reset();
            progress->hide();
            progress->deleteLater();
            updateActions();
            if (job->ok()) {
                const localdatacalls::ImportResult result = job->result();
                m_panel->announce(
                    tr("Imported %n document(s) into %1.%2.", nullptr, int(result.imported))
                        .arg(db, coll));
                // Said in the banner, not in a box to dismiss: the import itself went through.
                if (!result.skipped.isEmpty())
                    m_panel->banner()->showMessage(
                        tr("Imported %1 documents into %2.%3; skipped %n line(s) that are not "
                           "documents.",
                           nullptr, int(result.skipped.size()))
                            .arg(result.imported)
                            .arg(db, coll),
                        lineList(result.skipped));
                emit importFinished(result.imported, result.skipped, {});
                reloadDatabases();
                openCollection(db, coll);
                return;
            }
            const QList<localdatacalls::ImportLine> refused
                = localdatacalls::refusedLines(job->body());
            emit importFinished(0, {}, refused);
            if (job->error().errorCode == QLatin1String("InvalidImport") && !refused.isEmpty()) {
                offerToSkip(body, fileName, refused);
                return;
            }
            if (job->error().kind != ApiError::Cancelled)
                m_panel->banner()->showError(job->error());
        });
}

void DataView::offerToSkip(const QByteArray &body, const QString &fileName,
                           const QList<localdatacalls::ImportLine> &lines)
{
    QMessageBox box(QMessageBox::Warning, tr("Import"),
                    tr("Nothing was imported from %1: %n line(s) are not documents.", nullptr,
                       int(lines.size()))
                        .arg(fileName),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("dataImportRefused"));
    box.setDetailedText(lineList(lines));
    box.setInformativeText(lineList(lines.mid(0, 3)));
    QPushButton *skip
        = box.addButton(tr("Import the Rest, &Skipping Them"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() == skip)
        importData(body, fileName, true);
}
