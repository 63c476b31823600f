#include "triggerlistmodel.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace {

// A warm warning colour that reads on the current palette: its lightness follows the palette's
// text (light text on a dark base gets a light orange, dark text a dark one).
QColor warningColor()
{
    const QPalette palette = QGuiApplication::palette();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const int textLightness = palette.color(QPalette::Text).lightness();
    return QColor::fromHsl(18, 200, dark ? qMax(160, textLightness - 50) : qMin(110, textLightness + 90));
}

// The row background: the palette's base, tinted a little towards the warning colour.
QColor warningTint()
{
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    const QColor warn = warningColor();
    const qreal k = 0.16;
    return QColor::fromRgbF(base.redF() * (1 - k) + warn.redF() * k,
                            base.greenF() * (1 - k) + warn.greenF() * k,
                            base.blueF() * (1 - k) + warn.blueF() * k);
}

// The theme's warning icon, or (no icon theme, as offscreen) a small painted one: a disc of the
// warning colour with an exclamation mark of the palette's base colour.
QIcon warningIcon(const QString &themeName)
{
    QIcon icon = QIcon::fromTheme(themeName);
    if (!icon.isNull())
        return icon;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(warningColor());
    painter.drawEllipse(QRectF(1, 1, 14, 14));
    painter.setBrush(QGuiApplication::palette().color(QPalette::Base));
    painter.drawRoundedRect(QRectF(7, 3.5, 2, 6.5), 1, 1);
    painter.drawEllipse(QRectF(7, 11, 2, 2));
    painter.end();
    return QIcon(pixmap);
}

ListModel<StitchTrigger>::Spec triggersSpec()
{
    ListModel<StitchTrigger>::Spec spec;
    spec.load = [](ApiClient &client, const QString &groupId, const QString &appId,
                   const QString &) { return triggercalls::list(client, groupId, appId); };
    spec.idOf = [](const StitchTrigger &trigger) { return trigger.id; };
    const auto name = [](const StitchTrigger &t, int role) -> QVariant {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return t.name;
        return {};
    };
    const auto type = [](const StitchTrigger &t, int role) -> QVariant {
        if (role == Qt::DisplayRole || role == ListModelBase::SortRole)
            return TriggerListModel::typeTitle(t.type);
        if (role == Qt::ToolTipRole)
            return t.type;
        return {};
    };
    // The function column's broken state comes from TriggerListModel::data.
    const auto function = [](const StitchTrigger &t, int role) -> QVariant {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == ListModelBase::SortRole)
            return t.functionName.isEmpty() ? t.functionId : t.functionName;
        return {};
    };
    const auto enabled = [](const StitchTrigger &t, int role) -> QVariant {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return t.disabled ? TriggerListModel::tr("disabled") : TriggerListModel::tr("enabled");
        case ListModelBase::SortRole:
            return !t.disabled;
        }
        return {};
    };
    const auto suspended = [](const StitchTrigger &t, int role) -> QVariant {
        switch (role) {
        case Qt::DisplayRole:
            return t.suspended ? TriggerListModel::tr("suspended") : QString();
        case Qt::AccessibleTextRole:
            return t.suspended ? TriggerListModel::tr("suspended")
                               : TriggerListModel::tr("not suspended");
        case Qt::ToolTipRole:
            return t.suspended ? TriggerListModel::tr("Its function failed repeatedly; the trigger "
                                                      "does not fire until resumed")
                               : QString();
        case ListModelBase::SortRole:
            return t.suspended;
        }
        return {};
    };
    const auto modified = [](const StitchTrigger &t, int role) -> QVariant {
        if (role == ListModelBase::SortRole)
            return t.lastModified;
        if (t.lastModified <= 0)
            return {};
        const QDateTime when = QDateTime::fromSecsSinceEpoch(t.lastModified);
        if (role == Qt::DisplayRole)
            return QLocale().toString(when, QLocale::ShortFormat);
        if (role == Qt::ToolTipRole)
            return QLocale().toString(when, QLocale::LongFormat);
        return {};
    };
    spec.columns = { { TriggerListModel::tr("Name"), name },
                     { TriggerListModel::tr("Type"), type },
                     { TriggerListModel::tr("Function"), function },
                     { TriggerListModel::tr("Enabled"), enabled },
                     { TriggerListModel::tr("Suspended"), suspended },
                     { TriggerListModel::tr("Last Modified"), modified } };
    return spec;
}

} // namespace

TriggerListModel::TriggerListModel(ApiClient *client, QObject *parent)
    : ListModel<StitchTrigger>(client, triggersSpec(), parent)
{
}

QString TriggerListModel::typeTitle(const QString &type)
{
    if (type == QLatin1String("DATABASE"))
        return tr("Database");
    if (type == QLatin1String("AUTHENTICATION"))
        return tr("Authentication");
    if (type == QLatin1String("SCHEDULED"))
        return tr("Scheduled");
    return type;
}

int TriggerListModel::suspendedCount() const
{
    int count = 0;
    for (const StitchTrigger &trigger : items())
        count += trigger.suspended ? 1 : 0;
    return count;
}

void TriggerListModel::setFunctionIds(const QSet<QString> &ids, bool known)
{
    if (ids == m_functionIds && known == m_functionsKnown)
        return;
    m_functionIds = ids;
    m_functionsKnown = known;
    if (rowCount() > 0)
        emit dataChanged(index(0, FunctionColumn), index(rowCount() - 1, FunctionColumn));
}

bool TriggerListModel::isBroken(const StitchTrigger &trigger) const
{
    return m_functionsKnown && !m_functionIds.contains(trigger.functionId);
}

QVariant TriggerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const StitchTrigger &trigger = items().at(index.row());
    switch (role) {
    case SuspendedRole:
        return trigger.suspended;
    case EnabledRole:
        return !trigger.disabled;
    case BrokenRole:
        return isBroken(trigger);
    case TypeRole:
        return trigger.type;
    default:
        break;
    }
    if (index.column() == FunctionColumn && isBroken(trigger)) {
        const QString name = trigger.functionName.isEmpty() ? trigger.functionId
                                                            : trigger.functionName;
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return tr("%1 (missing)").arg(name);
        if (role == Qt::ToolTipRole)
            return tr("The function this trigger runs no longer exists: edit the trigger to "
                      "pick another");
        if (role == Qt::DecorationRole)
            return warningIcon(QStringLiteral("dialog-error"));
        if (role == Qt::ForegroundRole)
            return QBrush(warningColor());
    }
    if (trigger.suspended) {
        // Stands out in any theme: colours come from the palette, not from constants.
        if (role == Qt::ForegroundRole && !(index.column() == FunctionColumn && isBroken(trigger)))
            return QBrush(warningColor());
        if (role == Qt::BackgroundRole)
            return QBrush(warningTint());
        if (role == Qt::DecorationRole && index.column() == NameColumn)
            return warningIcon(QStringLiteral("dialog-warning"));
        if (role == Qt::FontRole && index.column() == SuspendedColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
    }
    return ListModel<StitchTrigger>::data(index, role);
}
