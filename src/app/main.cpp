#include "mainwindow.h"
#include "startupprobe.h"
#include "translators.h"

#include <api/apiclient.h>
#include <models/applistmodel.h>
#include <models/sharedmodels.h>
#include <session/session.h>

#include <QApplication>
#include <QByteArrayList>
#include <QCommandLineParser>
#include <QLocale>
#include <QTranslator>

namespace {

// --help and --version answer in a terminal with no display, so they must not need a QApplication
// (which fails without a platform plugin); everything else opens the window.
bool onlyAsksForHelpOrVersion(int argc, char *argv[])
{
    static const QByteArrayList answeredWithoutWindow = { "-h", "--help", "--help-all", "-?",
                                                          "-v", "--version" };
    for (int i = 1; i < argc; ++i) {
        if (answeredWithoutWindow.contains(QByteArray(argv[i])))
            return true;
    }
    return false;
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("stitch-console"));
    QCoreApplication::setApplicationName(QStringLiteral("stitch-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
}

struct Options
{
    QCommandLineOption profile{ QStringLiteral("profile"),
                                QCoreApplication::translate("main",
                                                            "Sign in to the profile NAME at once."),
                                QStringLiteral("NAME") };
    QCommandLineOption localData{
        QStringLiteral("local-data"),
        QCoreApplication::translate("main", "Keep the built-in local server's data in DIR."),
        QStringLiteral("DIR")
    };
    QCommandLineOption probe{ QStringLiteral("startup-probe"),
                              QCoreApplication::translate(
                                      "main", "Print start-up milestones and quit when idle.") };
};

void parseArguments(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Desktop administration console for MongoDB Stitch"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({ options.profile, options.localData, options.probe });
    parser.process(QCoreApplication::arguments());
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyAsksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QTranslator qtTranslator, translator;
        installTranslators(qtTranslator, translator, QLocale::system(), QStringLiteral(":/i18n"));
        QCommandLineParser parser;
        parseArguments(parser, Options()); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Stitch Console"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.stitch_console.StitchConsole"));
    QTranslator qtTranslator, translator;
    installTranslators(qtTranslator, translator, QLocale::system(), QStringLiteral(":/i18n"));

    QCommandLineParser parser;
    const Options options;
    parseArguments(parser, options);
    MainWindow window({ parser.value(options.profile), parser.value(options.localData) });

    std::unique_ptr<StartupProbe> startupProbe;
    if (parser.isSet(options.probe)) {
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
