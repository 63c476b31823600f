#include "helpmenu.h"

#include "mainwindow.h"

#include <api/apiclient.h>
#include <panels/panel.h>
#include <session/session.h>

#include <Qsci/qsciglobal.h>

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

} // namespace

HelpMenu::HelpMenu(MainWindow *window) : QObject(window), m_window(window)
{
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts…"), this, &HelpMenu::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    QAction *readme = help->addAction(tr("&README"), this, &HelpMenu::showReadme);
    readme->setObjectName(QStringLiteral("readmeAction"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Stitch Console"), this, &HelpMenu::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

QList<HelpMenu::ShortcutRow> HelpMenu::shortcutRows() const
{
    QList<ShortcutRow> rows;
    const auto menus = m_window->menuBar()->actions();
    for (QAction *menu : menus) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (!action->isSeparator() && !action->menu() && !action->shortcut().isEmpty())
                rows.append({ plainText(action), keysOf(action), plainText(menu) });
        }
    }
    // Every panel, built now if it was not yet, so its keys are listed before it was visited.
    for (const PanelSpec &spec : m_window->panelSpecs()) {
        Panel *panel = m_window->panel(spec.id);
        if (!panel)
            continue;
        for (QAction *action : panel->panelActions()) {
            if (!action->shortcut().isEmpty())
                rows.append({ plainText(action), keysOf(action), spec.title });
        }
    }
    return rows;
}

void HelpMenu::showShortcuts()
{
    if (!m_shortcuts) {
        auto *dialog = new QDialog(m_window);
        dialog->setObjectName(QStringLiteral("keyboardShortcutsDialog"));
        dialog->setWindowTitle(tr("Keyboard Shortcuts"));
        auto *filter = new QLineEdit(dialog);
        filter->setObjectName(QStringLiteral("shortcutFilter"));
        filter->setPlaceholderText(tr("Filter by command, key or place"));
        filter->setClearButtonEnabled(true);
        m_shortcutTree = new QTreeWidget(dialog);
        m_shortcutTree->setObjectName(QStringLiteral("shortcutTree"));
        m_shortcutTree->setHeaderLabels({ tr("Command"), tr("Keys"), tr("Where") });
        m_shortcutTree->setRootIsDecorated(false);
        m_shortcutTree->setUniformRowHeights(true);
        m_shortcutTree->setAccessibleName(tr("Keyboard shortcuts"));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(filter);
        layout->addWidget(m_shortcutTree);
        layout->addWidget(buttons);
        connect(filter, &QLineEdit::textChanged, this, [this](const QString &text) {
            for (int i = 0; i < m_shortcutTree->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = m_shortcutTree->topLevelItem(i);
                bool match = text.isEmpty();
                for (int column = 0; column < 3 && !match; ++column)
                    match = item->text(column).contains(text, Qt::CaseInsensitive);
                item->setHidden(!match);
            }
        });
        dialog->resize(560, 520);
        m_shortcuts = dialog;
    }
    // Read afresh: panels add and drop actions as they are built.
    m_shortcutTree->clear();
    const QList<ShortcutRow> rows = shortcutRows();
    QList<QTreeWidgetItem *> items;
    items.reserve(rows.size());
    for (const ShortcutRow &row : rows)
        items << new QTreeWidgetItem(QStringList { row.command, row.keys, row.where });
    m_shortcutTree->addTopLevelItems(items);
    for (int column = 0; column < 3; ++column)
        m_shortcutTree->resizeColumnToContents(column);
    m_shortcuts->open();
}

void HelpMenu::showReadme()
{
    if (!m_readme) {
        auto *dialog = new QDialog(m_window);
        dialog->setObjectName(QStringLiteral("readmeDialog"));
        dialog->setWindowTitle(tr("Stitch Console README"));
        auto *browser = new QTextBrowser(dialog);
        browser->setObjectName(QStringLiteral("readmeBrowser"));
        browser->setOpenLinks(false);
        // Web links open in the browser; the README's links into the source tree (pictures of
        // the gallery) have nothing to open in an installed console.
        connect(browser, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
            if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
                QDesktopServices::openUrl(url);
        });
        browser->setSource(QUrl(QStringLiteral("qrc:/readme/README.md")),
                           QTextDocument::MarkdownResource);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(browser);
        layout->addWidget(buttons);
        dialog->resize(860, 640);
        m_readme = dialog;
    }
    m_readme->open();
}

QString HelpMenu::aboutText() const
{
    ApiClient *client = m_window->session()->client();
    QString server;
    if (!m_window->session()->isSignedIn()) {
        server = tr("not signed in");
    } else {
        const QString software = client->serverSoftware();
        server = (software.isEmpty() ? tr("not named by the server") : software.toHtmlEscaped())
            + QStringLiteral(" — ") + client->baseUrl().toDisplayString().toHtmlEscaped();
    }
    return tr("<h3>Stitch Console %1</h3>"
              "<p>A desktop administration console for the MongoDB Stitch Admin API v3.0, with "
              "its own local server of the same API.</p>"
              "<table>"
              "<tr><td>Qt</td><td>%2 (built with %3)</td></tr>"
              "<tr><td>QScintilla</td><td>%4</td></tr>"
              "<tr><td>Server</td><td>%5</td></tr>"
              "</table>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                 QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                 QStringLiteral(QSCINTILLA_VERSION_STR), server);
}

void HelpMenu::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Stitch Console"),
                                aboutText(), QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
