#include "profile.h"

#include <QCoreApplication>

QString Profile::tagName(Tag tag)
{
    switch (tag) {
    case Tag::None:
        return QCoreApplication::translate("Profile", "None");
    case Tag::Development:
        return QCoreApplication::translate("Profile", "Development");
    case Tag::Staging:
        return QCoreApplication::translate("Profile", "Staging");
    case Tag::Production:
        return QCoreApplication::translate("Profile", "Production");
    }
    return {};
}

QString Profile::tagKey(Tag tag)
{
    switch (tag) {
    case Tag::None:
        return QStringLiteral("none");
    case Tag::Development:
        return QStringLiteral("development");
    case Tag::Staging:
        return QStringLiteral("staging");
    case Tag::Production:
        return QStringLiteral("production");
    }
    return {};
}

Profile::Tag Profile::tagFromKey(const QString &key)
{
    for (Tag tag : { Tag::Development, Tag::Staging, Tag::Production }) {
        if (key == tagKey(tag))
            return tag;
    }
    return Tag::None;
}
