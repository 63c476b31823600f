#pragma once

// What the Triggers panel's tests share (tst_triggerspanel: list, commands, watch;
// tst_triggerforms: the forms and their validation): a signed-in fixture with an anonymous
// provider and a MongoDB service, the panel shown and loaded for each test, and small drivers.

#include "signedinfixture.h"

#include <api/triggercalls.h>
#include <models/functionlistmodel.h>
#include <models/sharedmodels.h>
#include <models/triggerlistmodel.h>
#include <panels/triggerspanel.h>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTableView>

class TriggersTestBase : public QObject
{
protected:
    template<typename T> T *child(const char *name)
    {
        T *widget = m_panel->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    //! initTestCase: the fixture, an anonymous provider, a MongoDB service.
    void setUpFixture();
    //! init: a new panel, shown and loaded.
    void openPanel();
    //! cleanup
    void closePanel();
    void waitLoaded();
    QList<StitchTrigger> serverTriggers();
    StitchTrigger serverTrigger(const QString &name);
    QString createThroughApi(const StitchTrigger &trigger);
    void select(const QString &name);
    void click(const char *button);
    void toggle(QCheckBox *check);
    void setCombo(const char *name, const QString &data);
    void fillCommon(const QString &name, const QString &type, const QString &function);
    void fillDatabase(const QString &database, const QString &collection);
    QString createService(const QString &name);
    bool anonLogin();

    SignedInFixture m_fx;
    TriggersPanel *m_panel = nullptr;
    QString m_serviceId;
    QNetworkAccessManager m_nam;
};

inline void TriggersTestBase::setUpFixture()
{
    QVERIFY(m_fx.start());
    // An anonymous provider for the authentication form's checkboxes and the suspension test.
    ApiClient &client = *m_fx.other->client();
    auto *provider = client.send(
        new RawJob(QStringLiteral("POST"),
                   client.urlFor({ QStringLiteral("groups"), m_fx.groupId, QStringLiteral("apps"),
                                   m_fx.app.id, QStringLiteral("auth_providers") })),
        QJsonDocument(QJsonObject { { QStringLiteral("type"), QStringLiteral("anon-user") } })
            .toJson(QJsonDocument::Compact));
    QVERIFY(SignedInFixture::finish(provider));
    m_serviceId = createService(QStringLiteral("mongodb-atlas"));
    QVERIFY(!m_serviceId.isEmpty());
}

inline QString TriggersTestBase::createService(const QString &name)
{
    ApiClient &client = *m_fx.other->client();
    auto *job = client.send(
        new RawJob(QStringLiteral("POST"),
                   client.urlFor({ QStringLiteral("groups"), m_fx.groupId, QStringLiteral("apps"),
                                   m_fx.app.id, QStringLiteral("services") })),
        QJsonDocument(
            QJsonObject { { QStringLiteral("name"), name },
                          { QStringLiteral("type"), QStringLiteral("mongodb-atlas") },
                          { QStringLiteral("config"),
                            QJsonObject { { QStringLiteral("clusterName"),
                                            QStringLiteral("Cluster0") } } } })
            .toJson(QJsonDocument::Compact));
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(20000) || !job->ok())
        return {};
    return job->json().object().value(QStringLiteral("_id")).toString();
}

inline void TriggersTestBase::openPanel()
{
    m_panel = new TriggersPanel(m_fx.session.get());
    m_panel->resize(1000, 760);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    waitLoaded();
}

inline void TriggersTestBase::closePanel()
{
    delete m_panel;
    m_panel = nullptr;
}

inline void TriggersTestBase::waitLoaded()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->hasLoaded() && !m_panel->model()->isLoading(),
                             20000);
    FunctionListModel *functions = SharedModels::of(m_fx.session.get())->functions();
    QTRY_VERIFY_WITH_TIMEOUT(functions->hasLoaded() && !functions->isLoading(), 20000);
    // The pickers' lists (services, providers) are in once the service is offered.
    QComboBox *service = child<QComboBox>("triggerServiceCombo");
    QTRY_VERIFY_WITH_TIMEOUT(service->findText(QStringLiteral("mongodb-atlas")) >= 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_panel->findChild<QCheckBox *>(QStringLiteral("triggerProvider-anon-user")), 20000);
}

inline QList<StitchTrigger> TriggersTestBase::serverTriggers()
{
    auto *job = triggercalls::list(*m_fx.other->client(), m_fx.groupId, m_fx.app.id);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(20000) || !job->ok())
        return {};
    return job->result();
}

inline StitchTrigger TriggersTestBase::serverTrigger(const QString &name)
{
    for (const StitchTrigger &trigger : serverTriggers()) {
        if (trigger.name == name)
            return trigger;
    }
    return {};
}

inline QString TriggersTestBase::createThroughApi(const StitchTrigger &trigger)
{
    auto *job = triggercalls::create(*m_fx.other->client(), m_fx.groupId, m_fx.app.id, trigger);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(20000) || !job->ok()) {
        qWarning("create failed: %s", qPrintable(job->error().summary()));
        return {};
    }
    return job->result().id;
}

inline void TriggersTestBase::select(const QString &name)
{
    QTableView *table = m_panel->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, TriggerListModel::NameColumn);
        if (index.data().toString() == name) {
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(index).center());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row %1").arg(name)));
}

inline void TriggersTestBase::click(const char *button)
{
    QAbstractButton *b = child<QAbstractButton>(button);
    QVERIFY(b);
    QVERIFY2(b->isEnabled(), button);
    QTest::mouseClick(b, Qt::LeftButton);
}

inline void TriggersTestBase::toggle(QCheckBox *check)
{
    QVERIFY(check);
    const bool before = check->isChecked();
    // On the box itself: a check box in a form row is wider than its text.
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    QCOMPARE(check->isChecked(), !before);
}

inline void TriggersTestBase::setCombo(const char *name, const QString &data)
{
    QComboBox *combo = child<QComboBox>(name);
    int index = combo->findData(data);
    if (index < 0)
        index = combo->findText(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setFocus();
    combo->setCurrentIndex(index);
}

inline void TriggersTestBase::fillCommon(const QString &name, const QString &type,
                                   const QString &function)
{
    QLineEdit *edit = child<QLineEdit>("triggerNameEdit");
    edit->clear();
    QTest::keyClicks(edit, name);
    setCombo("triggerTypeCombo", type);
    if (!function.isEmpty())
        setCombo("triggerFunctionCombo", function);
}

inline void TriggersTestBase::fillDatabase(const QString &database, const QString &collection)
{
    setCombo("triggerServiceCombo", m_serviceId);
    QTest::keyClicks(child<QLineEdit>("triggerDatabaseEdit"), database);
    QTest::keyClicks(child<QLineEdit>("triggerCollectionEdit"), collection);
}

inline bool TriggersTestBase::anonLogin()
{
    QUrl url = m_fx.server->rootUrl();
    url.setPath(QStringLiteral("/api/client/v2.0/app/%1/auth/providers/anon-user/login")
                    .arg(m_fx.app.clientAppId));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QNetworkReply *reply = m_nam.post(request, QByteArray("{}"));
    QSignalSpy done(reply, &QNetworkReply::finished);
    const bool ok = done.wait(20000) && reply->error() == QNetworkReply::NoError;
    if (!ok)
        qWarning("anon login: %s", reply->readAll().constData());
    reply->deleteLater();
    return ok;
}
