#include "editordebugmarks.h"

#include <widgets/editor/codeeditor.h>
#include <widgets/editor/editorstyle.h>

#include <QEvent>
#include <QSettings>

EditorDebugMarks::EditorDebugMarks(CodeEditor *editor, const QString &settingsKey,
                                   QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_key(settingsKey)
{
    editor->markerDefine(QsciScintilla::Circle, BreakpointMarker);
    editor->markerDefine(QsciScintilla::RightArrow, CurrentLineMarker);
    editor->markerDefine(QsciScintilla::Background, CurrentLineBackground);
    const int symbols = EditorStyle::SymbolMargin;
    editor->setMarginMarkerMask(symbols, editor->marginMarkerMask(symbols)
                                    | (1 << BreakpointMarker) | (1 << CurrentLineMarker));
    // The line numbers take clicks too: a wider target than the 14-pixel symbol margin.
    editor->setMarginSensitivity(symbols, true);
    editor->setMarginSensitivity(0, true);
    connect(editor, &QsciScintilla::marginClicked, this,
            [this](int margin, int line, Qt::KeyboardModifiers) {
                if (margin == 0 || margin == EditorStyle::SymbolMargin)
                    toggle(line + 1);
            });
    applyColours();
    // The editor re-applies its palette on a theme change: the marks follow it.
    editor->installEventFilter(this);
    load();
}

QString EditorDebugMarks::settingsKeyFor(const QString &appId, const QString &functionName)
{
    return QStringLiteral("functions/breakpoints/%1/%2")
        .arg(appId,
             QString::fromLatin1(
                 functionName.toUtf8().toBase64(QByteArray::Base64UrlEncoding)));
}

void EditorDebugMarks::applyColours()
{
    const EditorStyle::Scheme scheme = EditorStyle::fromPalette(m_editor->palette());
    m_editor->setMarkerBackgroundColor(scheme.error, BreakpointMarker);
    m_editor->setMarkerForegroundColor(scheme.error, BreakpointMarker);
    const QColor highlight = m_editor->palette().color(QPalette::Highlight);
    m_editor->setMarkerBackgroundColor(highlight, CurrentLineMarker);
    m_editor->setMarkerForegroundColor(highlight, CurrentLineMarker);
    m_editor->setMarkerBackgroundColor(EditorStyle::mix(scheme.paper, highlight, 0.3),
                                       CurrentLineBackground);
}

bool EditorDebugMarks::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
        applyColours();
    return QObject::eventFilter(watched, event);
}

QList<int> EditorDebugMarks::breakpoints() const
{
    QList<int> lines;
    int line = -1;
    while ((line = m_editor->markerFindNext(line + 1, 1 << BreakpointMarker)) >= 0)
        lines.append(line + 1);
    return lines;
}

void EditorDebugMarks::toggle(int line)
{
    if (line < 1 || line > m_editor->lines())
        return;
    if (m_editor->markersAtLine(line - 1) & (1 << BreakpointMarker))
        m_editor->markerDelete(line - 1, BreakpointMarker);
    else
        m_editor->markerAdd(line - 1, BreakpointMarker);
    save();
    emit breakpointsChanged();
}

void EditorDebugMarks::toggleAtCursor()
{
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    toggle(line + 1);
}

void EditorDebugMarks::move(int from, int to)
{
    if (from == to || from < 1 || to < 1)
        return;
    m_editor->markerDelete(from - 1, BreakpointMarker);
    if (!(m_editor->markersAtLine(to - 1) & (1 << BreakpointMarker)))
        m_editor->markerAdd(to - 1, BreakpointMarker);
    save();
    emit breakpointsChanged();
}

void EditorDebugMarks::setCurrentLine(int line)
{
    m_editor->markerDeleteAll(CurrentLineMarker);
    m_editor->markerDeleteAll(CurrentLineBackground);
    m_currentLine = line;
    if (line < 1)
        return;
    m_editor->markerAdd(line - 1, CurrentLineMarker);
    m_editor->markerAdd(line - 1, CurrentLineBackground);
    m_editor->ensureLineVisible(line - 1);
}

void EditorDebugMarks::setSettingsKey(const QString &key)
{
    if (key == m_key)
        return;
    if (!m_key.isEmpty())
        QSettings().remove(m_key);
    m_key = key;
    save();
}

void EditorDebugMarks::load()
{
    if (m_key.isEmpty())
        return;
    const QVariantList lines = QSettings().value(m_key).toList();
    for (const QVariant &line : lines) {
        const int number = line.toInt();
        if (number >= 1 && number <= m_editor->lines())
            m_editor->markerAdd(number - 1, BreakpointMarker);
    }
}

void EditorDebugMarks::save()
{
    if (m_key.isEmpty())
        return;
    QVariantList lines;
    for (int line : breakpoints())
        lines.append(line);
    QSettings settings;
    if (lines.isEmpty())
        settings.remove(m_key);
    else
        settings.setValue(m_key, lines);
}
