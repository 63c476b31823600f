#include "parse.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("parse", text);
}

//! The context "parse" for lupdate, which does not see the free tr() outside namespace parse.
struct Parse
{
    Q_DECLARE_TR_FUNCTIONS(parse)
};

// Reads the fields of one object; the first problem found is kept in *why and later reads are
// no-ops, so a parser reads straight through and checks once at the end.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(parse)
public:
    Reader(const QJsonObject &object, QString *why, const QString &where)
        : m_object(object)
        , m_why(why)
        , m_where(where)
    {
    }

    QString string(const char *key, bool required)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isString())
            return value.toString();
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(tr("%1: the field \"%2\" is missing").arg(m_where, QLatin1String(key)));
        } else {
            fail(tr("%1: the field \"%2\" is not a string").arg(m_where, QLatin1String(key)));
        }
        return {};
    }

    bool boolean(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isBool())
            return value.toBool();
        // The reference's examples print booleans as the string "boolean"; real servers send
        // true/false. Anything else is a shape we do not know.
        if (!value.isUndefined() && !value.isNull())
            fail(tr("%1: the field \"%2\" is not a boolean").arg(m_where, QLatin1String(key)));
        return false;
    }

    QJsonArray array(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isArray())
            return value.toArray();
        if (!value.isUndefined() && !value.isNull())
            fail(tr("%1: the field \"%2\" is not an array").arg(m_where, QLatin1String(key)));
        return {};
    }

    QJsonObject object(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isObject())
            return value.toObject();
        if (!value.isUndefined() && !value.isNull())
            fail(tr("%1: the field \"%2\" is not an object").arg(m_where, QLatin1String(key)));
        return {};
    }

    void fail(const QString &why)
    {
        if (m_why->isEmpty())
            *m_why = why;
    }
    bool failed() const { return !m_why->isEmpty(); }

private:
    QJsonObject m_object;
    QString *m_why;
    QString m_where;
};

bool expectObject(const QJsonDocument &doc, QString *why, const QString &what)
{
    if (doc.isObject())
        return true;
    *why = Parse::tr("%1: expected a JSON object").arg(what);
    return false;
}

bool expectArray(const QJsonDocument &doc, QString *why, const QString &what)
{
    if (doc.isArray())
        return true;
    *why = Parse::tr("%1: expected a JSON array").arg(what);
    return false;
}

template<typename T, typename F>
QList<T> objects(const QJsonArray &array, QString *why, const QString &what, F parseOne)
{
    QList<T> list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            *why = Parse::tr("%1[%2]: expected a JSON object").arg(what).arg(i);
            return {};
        }
        T item = parseOne(value.toObject(), why);
        if (!why->isEmpty()) {
            *why = Parse::tr("%1[%2]: %3").arg(what).arg(i).arg(*why);
            return {};
        }
        list << item;
    }
    return list;
}

AdminAuthProvider adminAuthProvider(const QJsonObject &object, QString *why)
{
    Reader read(object, why, Parse::tr("auth provider"));
    AdminAuthProvider provider;
    provider.id = read.string("_id", false);
    provider.type = read.string("type", true);
    provider.name = read.string("name", false);
    provider.disabled = read.boolean("disabled");
    if (provider.name.isEmpty())
        provider.name = provider.type;
    return read.failed() ? AdminAuthProvider() : provider;
}

AdminRole adminRole(const QJsonObject &object, QString *why)
{
    Reader read(object, why, Parse::tr("role"));
    AdminRole role;
    role.roleName = read.string("role_name", true);
    // The reference types group_id as "Any": global roles carry none, or null.
    const QJsonValue group = object.value(QLatin1String("group_id"));
    if (group.isString())
        role.groupId = group.toString();
    return read.failed() ? AdminRole() : role;
}

} // namespace

namespace parse {

QList<AdminAuthProvider> adminAuthProviders(const QJsonDocument &doc, QString *why)
{
    const QString what = tr("auth providers");
    if (!expectArray(doc, why, what))
        return {};
    return objects<AdminAuthProvider>(doc.array(), why, what, adminAuthProvider);
}

LoginResult loginResult(const QJsonDocument &doc, QString *why)
{
    const QString what = tr("login");
    if (!expectObject(doc, why, what))
        return {};
    Reader read(doc.object(), why, what);
    LoginResult result;
    result.accessToken = read.string("access_token", true);
    result.refreshToken = read.string("refresh_token", true);
    result.userId = read.string("user_id", false);
    result.deviceId = read.string("device_id", false);
    return read.failed() ? LoginResult() : result;
}

QString accessToken(const QJsonDocument &doc, QString *why)
{
    const QString what = tr("session");
    if (!expectObject(doc, why, what))
        return {};
    Reader read(doc.object(), why, what);
    const QString token = read.string("access_token", true);
    if (!read.failed() && token.isEmpty())
        read.fail(tr("%1: the field \"access_token\" is empty").arg(what));
    return read.failed() ? QString() : token;
}

AdminProfile adminProfile(const QJsonDocument &doc, QString *why)
{
    const QString what = tr("admin profile");
    if (!expectObject(doc, why, what))
        return {};
    const QJsonObject object = doc.object();
    Reader read(object, why, what);
    AdminProfile profile;
    profile.userId = read.string("user_id", true);
    profile.domainId = read.string("domain_id", false);
    profile.type = read.string("type", false);
    // The reference nests email and name under "data"; accept them at the top level too.
    const QJsonObject data = read.object("data");
    Reader readData(data, why, what + QLatin1String(".data"));
    profile.email = readData.string("email", false);
    profile.name = readData.string("name", false);
    if (profile.email.isEmpty())
        profile.email = read.string("email", false);
    if (profile.name.isEmpty())
        profile.name = read.string("name", false);
    const QJsonArray roles = read.array("roles");
    if (read.failed())
        return {};
    profile.roles = objects<AdminRole>(roles, why, tr("roles"), adminRole);
    if (!why->isEmpty())
        *why = tr("%1: %2").arg(what, *why);
    return why->isEmpty() ? profile : AdminProfile();
}

App app(const QJsonObject &object, QString *why)
{
    Reader read(object, why, tr("app"));
    App app;
    app.id = read.string("_id", true);
    app.name = read.string("name", true);
    app.clientAppId = read.string("client_app_id", false);
    app.location = read.string("location", false);
    app.deploymentModel = read.string("deployment_model", false);
    app.domainId = read.string("domain_id", false);
    app.groupId = read.string("group_id", false);
    if (!read.failed() && app.id.isEmpty())
        read.fail(tr("app: the field \"_id\" is empty"));
    return read.failed() ? App() : app;
}

App app(const QJsonDocument &doc, QString *why)
{
    if (!expectObject(doc, why, tr("app")))
        return {};
    return app(doc.object(), why);
}

QList<App> apps(const QJsonDocument &doc, QString *why)
{
    const QString what = tr("apps");
    if (!expectArray(doc, why, what))
        return {};
    return objects<App>(doc.array(), why, what,
                        [](const QJsonObject &object, QString *w) { return app(object, w); });
}

} // namespace parse
