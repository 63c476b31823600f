#include "mainwindow.h"
#include "startupprobe.h"

#include <api/apiclient.h>
#include <models/applistmodel.h>
#include <models/sharedmodels.h>
#include <session/session.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("stitch-console"));
    QApplication::setApplicationName(QStringLiteral("stitch-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Stitch Console"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.stitch_console.StitchConsole"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale::system(), QStringLiteral("stitchconsole"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop administration console for MongoDB Stitch"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QApplication::translate("main", "Sign in to the profile NAME at once."),
        QStringLiteral("NAME"));
    const QCommandLineOption localData(
        QStringLiteral("local-data"),
        QApplication::translate("main", "Keep the built-in local server's data in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption probe(
        QStringLiteral("startup-probe"),
        QApplication::translate("main", "Print start-up milestones and quit when idle."));
    parser.addOptions({ profile, localData, probe });
    parser.process(app);

    MainWindow window({ parser.value(profile), parser.value(localData) });

    std::unique_ptr<StartupProbe> startupProbe;
    if (parser.isSet(probe)) {
        startupProbe = std::make_unique<StartupProbe>();
        Session *session = window.session();
        AppListModel *apps = SharedModels::of(session)->apps();
        startupProbe->setIdleCondition([session, apps] {
            return session->isSignedIn() && session->client()->activeCalls() == 0
                && !apps->isLoading() && apps->rowCount() > 0;
        });
        StartupProbe *p = startupProbe.get();
        QObject::connect(session->client(), &ApiClient::activeCallsChanged, p,
                         [p] { p->recheck(); });
        QObject::connect(apps, &ListModelBase::loadingChanged, p, [p] { p->recheck(); });
        QObject::connect(session, &Session::signedIn, p, [p] { p->recheck(); });
    }

    window.start();
    return app.exec();
}
