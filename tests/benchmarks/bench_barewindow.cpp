// The limit of this stack: a bare QMainWindow holding a QsciScintilla, in the same style as the
// console, started and measured the same way (StartupProbe). bench_startup runs it beside the console.
#include "app/startupprobe.h"

#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qsciscintilla.h>

#include <QApplication>
#include <QMainWindow>
#include <QStyleFactory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    StartupProbe probe;

    QMainWindow window;
    auto *editor = new QsciScintilla(&window);
    editor->setLexer(new QsciLexerJavaScript(editor));
    editor->setText(QStringLiteral("exports = function(a, b) {\n  return a + b;\n};\n"));
    window.setCentralWidget(editor);
    window.resize(1200, 800);
    window.show();
    return app.exec();
}
