#pragma once

#include <QString>

#include <functional>

class QWidget;

//! Asks, without waiting (the dialog opens with open()), where to export log entries, as JSON
//! Lines or CSV; chosen gets the path, given the format's suffix when it had none.
void askLogExportFile(QWidget *parent, const QString &title, const QString &defaultName,
                      std::function<void(const QString &path)> chosen);
