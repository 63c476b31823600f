#include "debugtypes.h"

#include <QJsonDocument>

QString RemoteValue::display() const
{
    if (type == QLatin1String("undefined"))
        return QStringLiteral("undefined");
    if (subtype == QLatin1String("null"))
        return QStringLiteral("null");
    if (type == QLatin1String("string"))
        return u'"' + value.toString() + u'"';
    if (!description.isEmpty())
        return description;
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (!value.isUndefined())
        return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    return type;
}

RemoteValue RemoteValue::fromJson(const QJsonObject &object)
{
    RemoteValue v;
    v.type = object.value(QLatin1String("type")).toString();
    v.subtype = object.value(QLatin1String("subtype")).toString();
    v.className = object.value(QLatin1String("className")).toString();
    v.description = object.value(QLatin1String("description")).toString();
    v.objectId = object.value(QLatin1String("objectId")).toString();
    v.value = object.value(QLatin1String("value"));
    // unserializableValue: NaN, Infinity, -0, bigints.
    if (v.description.isEmpty())
        v.description = object.value(QLatin1String("unserializableValue")).toString();
    return v;
}

QString CallFrame::appFunction() const
{
    return debugurls::functionOf(url);
}

QList<CallFrame> PauseInfo::appFrames() const
{
    QList<CallFrame> out;
    for (const CallFrame &frame : frames) {
        if (!frame.appFunction().isEmpty())
            out.append(frame);
    }
    return out;
}

namespace debugurls {

QString ofFunction(const QString &name)
{
    return name + QStringLiteral(".js");
}

QString functionOf(const QString &url)
{
    // The runtime's own scripts are "[eval]", "stitch:call", "node:internal/..." and the like.
    if (!url.endsWith(QLatin1String(".js")) || url.contains(u':') || url.startsWith(u'['))
        return QString();
    return url.chopped(3);
}

} // namespace debugurls
