#pragma once

#include <QList>
#include <QString>

class QByteArray;

namespace exportedsources {

struct ExportedFunction
{
    QString id; //!< from config.json ("id"); empty when the export does not say
    QString name;
    QString source;
};

//! The functions in an app export (GET apps/{id}/export), with their sources. Name and id come
//! from each functions/<folder>/config.json (the folder may be a cleaned-up name). Plain data and
//! no Qt objects: callers run it on a worker thread. On an unreadable zip the list is empty and
//! *error says why.
QList<ExportedFunction> functionSources(const QByteArray &zip, QString *error);

} // namespace exportedsources
