#pragma once

#include <api/types.h>

#include <QDialog>

#include <memory>

namespace Ui {
class CreateAppDialog;
}

//! Asks for a new app's name, location and deployment model; OK enables only for a valid name.
class CreateAppDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateAppDialog(QWidget *parent = nullptr);
    ~CreateAppDialog() override;

    NewApp newApp() const;
    //! Empty when the name is acceptable, else why not (translated).
    static QString checkName(const QString &name);

private:
    void validate();
    std::unique_ptr<Ui::CreateAppDialog> m_ui;
};
