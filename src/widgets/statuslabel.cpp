#include "statuslabel.h"

#include <QAccessible>
#include <QTextDocumentFragment>

StatusLabel::StatusLabel(const QString &role, QWidget *parent)
    : QLabel(parent)
    , m_role(role)
{
    updateAccessibleName();
}

void StatusLabel::setRole(const QString &role)
{
    m_role = role;
    updateAccessibleName();
}

void StatusLabel::setText(const QString &text)
{
    QLabel::setText(text);
    updateAccessibleName();
}

void StatusLabel::updateAccessibleName()
{
    // Rich text (a coloured state) is read as its plain words.
    const QString shown = Qt::mightBeRichText(text())
        ? QTextDocumentFragment::fromHtml(text()).toPlainText()
        : text();
    const QString name = shown.isEmpty() ? m_role : tr("%1: %2").arg(m_role, shown);
    if (name == accessibleName())
        return;
    setAccessibleName(name);
    // A screen reader hears about the change only when told.
    QAccessibleEvent event(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}
