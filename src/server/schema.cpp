#include "schema.h"

#include "store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace stitchlocal {

namespace {

struct Migration
{
    int version;
    const char *what;
    QList<const char *> statements;
};

// Append only: a released migration is never edited, since stores out there have run it. Every
// statement may meet a store where an older build made its table lazily, so creations say
// IF NOT EXISTS.
const QList<Migration> &migrations()
{
    static const QList<Migration> list {
        { 1,
          "the core tables",
          {
              // Configuration documents live in one table so that drafts and export can treat
              // every kind alike; logs and hosting assets have their own shapes and access paths.
              "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
              "CREATE TABLE IF NOT EXISTS admins(id TEXT PRIMARY KEY, provider TEXT NOT NULL,"
              " name TEXT NOT NULL, salt BLOB NOT NULL, digest BLOB NOT NULL, iterations INTEGER "
              "NOT NULL,"
              " group_id TEXT NOT NULL, generated INTEGER NOT NULL DEFAULT 0, created INTEGER NOT "
              "NULL,"
              " UNIQUE(provider, name))",
              "CREATE TABLE IF NOT EXISTS sessions(refresh_hash BLOB PRIMARY KEY,"
              " admin_id TEXT NOT NULL REFERENCES admins(id) ON DELETE CASCADE,"
              " device_id TEXT NOT NULL, created INTEGER NOT NULL)",
              "CREATE TABLE IF NOT EXISTS access_tokens(token_hash BLOB PRIMARY KEY,"
              " refresh_hash BLOB NOT NULL REFERENCES sessions(refresh_hash) ON DELETE CASCADE,"
              " expires_ms INTEGER NOT NULL)",
              "CREATE INDEX IF NOT EXISTS access_tokens_session ON access_tokens(refresh_hash)",
              "CREATE INDEX IF NOT EXISTS access_tokens_expiry ON access_tokens(expires_ms)",
              "CREATE TABLE IF NOT EXISTS apps(id TEXT PRIMARY KEY, group_id TEXT NOT NULL,"
              " name TEXT NOT NULL, client_app_id TEXT NOT NULL UNIQUE, location TEXT NOT NULL,"
              " deployment_model TEXT NOT NULL, domain_id TEXT NOT NULL,"
              " allowed_origins TEXT NOT NULL DEFAULT '[]', created INTEGER NOT NULL,"
              " UNIQUE(group_id, name))",
              "CREATE TABLE IF NOT EXISTS resources(app_id TEXT NOT NULL REFERENCES apps(id)"
              " ON DELETE CASCADE, kind TEXT NOT NULL, id TEXT NOT NULL,"
              " parent_id TEXT NOT NULL DEFAULT '', name TEXT NOT NULL, doc TEXT NOT NULL,"
              " updated INTEGER NOT NULL, PRIMARY KEY(app_id, kind, id),"
              " UNIQUE(app_id, kind, parent_id, name))",
              // The filters of GET .../logs are generated from doc, so every writer (appendLog, the
              // demo app, the seeder) fills them alike; stored, so that a filter checked row by row
              // reads a column rather than parsing JSON. Each has an index ending in (started,
              // seq): a filtered page is one backward index walk from end_date, at any depth.
              "CREATE TABLE IF NOT EXISTS logs(seq INTEGER PRIMARY KEY AUTOINCREMENT,"
              " app_id TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE,"
              " started INTEGER NOT NULL, doc TEXT NOT NULL,"
              " type TEXT GENERATED ALWAYS AS (json_extract(doc, '$.type')) STORED,"
              " user_id TEXT GENERATED ALWAYS AS (json_extract(doc, '$.user_id')) STORED,"
              " co_id TEXT GENERATED ALWAYS AS (json_extract(doc, '$.co_id')) STORED,"
              " is_error INTEGER GENERATED ALWAYS AS"
              " (coalesce(json_extract(doc, '$.error'), '') <> '') STORED)",
              "CREATE INDEX IF NOT EXISTS logs_page ON logs(app_id, started, seq)",
              // Trailing columns: the filters checked on the rows an index yields are read from the
              // index itself, and only matching rows are fetched (a type + errors page: 0.3 ms
              // instead of 5).
              "CREATE INDEX IF NOT EXISTS logs_type ON logs(app_id, type, started, seq, is_error)",
              "CREATE INDEX IF NOT EXISTS logs_user ON logs(app_id, user_id, started, seq, type, "
              "is_error)",
              "CREATE INDEX IF NOT EXISTS logs_co ON logs(app_id, co_id, started, seq, type, "
              "is_error)",
              "CREATE INDEX IF NOT EXISTS logs_error ON logs(app_id, is_error, started, seq)",
              // End users of an app: the users area owns their routes; the runtime reads them for
              // context.user. doc is the user as GET .../users/{uid} answers it.
              "CREATE TABLE IF NOT EXISTS users(app_id TEXT NOT NULL REFERENCES apps(id) ON DELETE "
              "CASCADE,"
              " id TEXT NOT NULL, doc TEXT NOT NULL, created INTEGER NOT NULL, PRIMARY KEY(app_id, "
              "id))",
              // One draft per admin per app; what it changes is kept by the drafts and hosting
              // areas.
              "CREATE TABLE IF NOT EXISTS drafts(id TEXT PRIMARY KEY,"
              " app_id TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE, admin_id TEXT NOT NULL,"
              " created INTEGER NOT NULL, UNIQUE(app_id, admin_id))",
              // Every change that reaches the deployed state: a deployed draft, or a write made
              // without one.
              "CREATE TABLE IF NOT EXISTS deployments(id TEXT PRIMARY KEY,"
              " app_id TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE, doc TEXT NOT NULL,"
              " deployed_at INTEGER NOT NULL)",
              "CREATE INDEX IF NOT EXISTS deployments_recent ON deployments(app_id, deployed_at)",
              "CREATE TABLE IF NOT EXISTS hosting_assets(app_id TEXT NOT NULL REFERENCES apps(id)"
              " ON DELETE CASCADE, path TEXT NOT NULL, hash TEXT NOT NULL, size INTEGER NOT NULL,"
              " attrs TEXT NOT NULL DEFAULT '[]', bytes BLOB NOT NULL, last_modified INTEGER NOT "
              "NULL,"
              " PRIMARY KEY(app_id, path))",
          } },
        { 2,
          "drafts, end-user data and hosting drafts",
          {
              // What a draft changes: one row per touched document, deleted = 1 for a removal.
              "CREATE TABLE IF NOT EXISTS draft_resources(draft_id TEXT NOT NULL REFERENCES"
              " drafts(id) ON DELETE CASCADE, kind TEXT NOT NULL, id TEXT NOT NULL,"
              " parent_id TEXT NOT NULL DEFAULT '', name TEXT NOT NULL, doc TEXT NOT NULL,"
              " deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(draft_id, kind, id))",
              // The core users table holds each user as GET answers it (the runtime reads it);
              // what only the appdata area needs lives here. Secrets are kept as digests only.
              "CREATE TABLE IF NOT EXISTS appdata_credentials(app_id TEXT NOT NULL REFERENCES "
              "apps(id)"
              " ON DELETE CASCADE, email TEXT NOT NULL, user_id TEXT NOT NULL, salt BLOB NOT NULL,"
              " digest BLOB NOT NULL, iterations INTEGER NOT NULL, PRIMARY KEY(app_id, email))",
              "CREATE INDEX IF NOT EXISTS appdata_credentials_user ON appdata_credentials(app_id, "
              "user_id)",
              "CREATE TABLE IF NOT EXISTS appdata_pending(app_id TEXT NOT NULL REFERENCES apps(id)"
              " ON DELETE CASCADE, email TEXT NOT NULL, id TEXT NOT NULL, salt BLOB NOT NULL,"
              " digest BLOB NOT NULL, iterations INTEGER NOT NULL, created INTEGER NOT NULL,"
              " confirm_sent INTEGER NOT NULL DEFAULT 0, confirm_sent_at INTEGER,"
              " PRIMARY KEY(app_id, email))",
              "CREATE TABLE IF NOT EXISTS appdata_sessions(refresh_hash BLOB PRIMARY KEY,"
              " app_id TEXT NOT NULL REFERENCES apps(id) ON DELETE CASCADE, user_id TEXT NOT NULL,"
              " device_id TEXT NOT NULL, provider TEXT NOT NULL, created INTEGER NOT NULL)",
              "CREATE INDEX IF NOT EXISTS appdata_sessions_user ON appdata_sessions(app_id, "
              "user_id)",
              "CREATE TABLE IF NOT EXISTS appdata_access_tokens(token_hash BLOB PRIMARY KEY,"
              " refresh_hash BLOB NOT NULL REFERENCES appdata_sessions(refresh_hash) ON DELETE "
              "CASCADE,"
              " expires_ms INTEGER NOT NULL)",
              "CREATE INDEX IF NOT EXISTS appdata_access_session ON "
              "appdata_access_tokens(refresh_hash)",
              "CREATE TABLE IF NOT EXISTS appdata_devices(app_id TEXT NOT NULL REFERENCES apps(id)"
              " ON DELETE CASCADE, id TEXT NOT NULL, user_id TEXT NOT NULL, doc TEXT NOT NULL,"
              " PRIMARY KEY(app_id, id))",
              "CREATE INDEX IF NOT EXISTS appdata_devices_user ON appdata_devices(app_id, user_id)",
              "CREATE TABLE IF NOT EXISTS appdata_api_keys(app_id TEXT NOT NULL REFERENCES apps(id)"
              " ON DELETE CASCADE, id TEXT NOT NULL, name TEXT NOT NULL, key_hash BLOB NOT NULL "
              "UNIQUE,"
              " disabled INTEGER NOT NULL DEFAULT 0, user_id TEXT NOT NULL DEFAULT '',"
              " created INTEGER NOT NULL, PRIMARY KEY(app_id, id), UNIQUE(app_id, name))",
              "CREATE TABLE IF NOT EXISTS appdata_push(app_id TEXT NOT NULL REFERENCES apps(id)"
              " ON DELETE CASCADE, id TEXT NOT NULL, state TEXT NOT NULL, created INTEGER NOT NULL,"
              " doc TEXT NOT NULL, PRIMARY KEY(app_id, id))",
              // A draft's pending hosting changes: the last put or delete per path wins.
              "CREATE TABLE IF NOT EXISTS hosting_draft_changes(draft_id TEXT NOT NULL"
              " REFERENCES drafts(id) ON DELETE CASCADE, path TEXT NOT NULL,"
              " op TEXT NOT NULL CHECK(op IN ('put', 'delete')), hash TEXT NOT NULL,"
              " size INTEGER NOT NULL, attrs TEXT NOT NULL, bytes BLOB NOT NULL,"
              " last_modified INTEGER NOT NULL, PRIMARY KEY(draft_id, path))",
          } },
        { 3,
          "an index of draft documents by name",
          {
              // ConfigStore::findByName: a write's duplicate check is an index lookup.
              "CREATE INDEX IF NOT EXISTS draft_resources_name"
              " ON draft_resources(draft_id, kind, parent_id, name)",
          } },
        { 4,
          "an index of documents by parent",
          {
              // ConfigStore::remove: a document's children (a service's rules and webhooks) are
              // found by index, not by reading every document of the app.
              "CREATE INDEX IF NOT EXISTS resources_parent ON resources(app_id, parent_id)",
              "CREATE INDEX IF NOT EXISTS draft_resources_parent"
              " ON draft_resources(draft_id, parent_id)",
          } },
        { 5,
          "end users' own API keys and local-userpass token pairs",
          {
              // Keys an end user makes for themselves (the SDKs' user API keys): a key logs in as
              // its owner. Names are unique per user, not per app; only digests are kept.
              "CREATE TABLE IF NOT EXISTS appdata_user_api_keys(app_id TEXT NOT NULL"
              " REFERENCES apps(id) ON DELETE CASCADE, id TEXT NOT NULL, user_id TEXT NOT NULL,"
              " name TEXT NOT NULL, key_hash BLOB NOT NULL UNIQUE,"
              " disabled INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL,"
              " PRIMARY KEY(app_id, id), UNIQUE(app_id, user_id, name))",
              // local-userpass confirmation and password reset: the {token, tokenId} pair a mail
              // would carry. kind is 'confirm' or 'reset'; the token is kept as a digest.
              "CREATE TABLE IF NOT EXISTS appdata_email_tokens(app_id TEXT NOT NULL"
              " REFERENCES apps(id) ON DELETE CASCADE, token_id TEXT NOT NULL,"
              " kind TEXT NOT NULL CHECK(kind IN ('confirm', 'reset')), email TEXT NOT NULL,"
              " token_hash BLOB NOT NULL, expires_ms INTEGER NOT NULL,"
              " PRIMARY KEY(app_id, token_id))",
          } },
    };
    return list;
}

} // namespace

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

bool migrate(Store &store, QString *error)
{
    QSqlQuery query(store.database());
    // meta is where the version is kept, so it exists before anything is read from it.
    if (!store.exec(query,
                    QStringLiteral("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY,"
                                   " value TEXT NOT NULL)"))) {
        *error = QStringLiteral("cannot create the store's meta table: %1")
                     .arg(query.lastError().text());
        return false;
    }
    const QString stored = store.meta(QStringLiteral("schema_version"));
    const int current = stored.isEmpty() ? 0 : stored.toInt();
    if (current > latestSchemaVersion()) {
        *error = QStringLiteral("the store has schema version %1, made by a newer stitch-local; "
                                "this one knows up to %2")
                     .arg(current)
                     .arg(latestSchemaVersion());
        return false;
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        QString failure;
        const bool ok = store.write([&] {
            for (const char *statement : migration.statements) {
                if (!query.exec(QString::fromLatin1(statement))) {
                    failure = query.lastError().text();
                    return false;
                }
            }
            return store.setMeta(QStringLiteral("schema_version"),
                                 QString::number(migration.version));
        });
        if (!ok) {
            *error = QStringLiteral("cannot migrate the store to schema version %1 (%2): %3")
                         .arg(migration.version)
                         .arg(QLatin1String(migration.what),
                              failure.isEmpty() ? QStringLiteral("cannot write") : failure);
            return false;
        }
    }
    return true;
}

} // namespace stitchlocal
