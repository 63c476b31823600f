'use strict';
// stitch-local's data process: the documents of every MongoDB service of a server, on disk in
// one folder. Started by LocalDataProcess (src/server/localdata), one per server, with the
// permission model on: it may read its own folder (this script and node_modules) and read and
// write the data folder, nothing else. Requests and replies are JSON lines on stdin/stdout:
//
//   → {id, op, store: "<appId>/<serviceId>", database, collection, args,
//      access?: {rule, user, namespace}, triggers?: [{id, operation_types, match}]}
//   ← {id, result} | {id, error: {code, message, status}}, with decided (what the rules said)
//      and events ([{event, triggers: [ids]}]: the writes' change events, with the database
//      triggers whose operation types and match expression each one meets).
//
// Requests are handled one at a time, in order: every write is committed (fsync) before the
// next request is read, so the events come out in commit order.

require('mingo/init/system');
const mingo = require('mingo');
const { EJSON } = require('bson');
const { Store, StoreError, toEjson, fromEjson } = require('./storage');
const { COMMANDS, matching, sortDocs, insertDocs, checkDocument, isPlainObject, mongoError, project,
        updated, commitPlan, idKey } = require('./commands');
const { Access } = require('./rules');

const root = process.argv[2];
if (!root) {
    process.stderr.write('datastore: usage: datastore.js DATA_FOLDER\n');
    process.exit(2);
}
const stores = new Map();

function storeFor(key)
{
    let store = stores.get(key);
    if (!store) {
        store = new Store(root, key);
        stores.set(key, store);
    }
    return store;
}

function send(message)
{
    process.stdout.write(JSON.stringify(message) + '\n');
}

// --- the local data routes (admin, no rules) ------------------------------------------------------

function browse(ctx, a)
{
    const filter = a.filter || {};
    if (!isPlainObject(filter))
        throw mongoError('filter must be a document');
    const limit = Math.min(1000, Math.max(0, Number(a.limit === undefined ? 50 : a.limit) || 0));
    // One scan: the count of all matches, then the page of them.
    const all = matching(ctx.collection, filter);
    const skip = Math.max(0, Number(a.skip) || 0);
    const docs = sortDocs(all, a.sort).slice(skip, skip + (limit || 1000));
    const count = all.length;
    return { documents: docs.map((d) => project(d, a.projection)), count };
}

function replaceById(ctx, a)
{
    if (!isPlainObject(a.document))
        throw mongoError('document must be a document');
    const before = ctx.collection.docs.get(idKey(a.id));
    if (!before)
        throw new StoreError('DocumentNotFound', 'no document has this _id', 404);
    const after = updated(before, a.document, false);
    const modified = commitPlan(ctx, [{ before, after }], true);
    return { matchedCount: 1, modifiedCount: modified };
}

function deleteByIds(ctx, a)
{
    if (!Array.isArray(a.ids))
        throw mongoError('ids must be an array');
    const targets = [];
    const seen = new Set();
    for (const id of a.ids) {
        const key = idKey(id);
        const doc = ctx.collection.docs.get(key);
        if (doc && !seen.has(key)) {
            seen.add(key);
            targets.push(doc);
        }
    }
    ctx.collection.commit(targets.map((d) => ({ d: d._id })));
    for (const d of targets)
        ctx.events.push({ operationType: 'delete', documentKey: { _id: d._id },
                          ns: { db: ctx.collection.database, coll: ctx.collection.name },
                          clusterTime: new Date() });
    return { deletedCount: targets.length };
}

// A JSON array or JSON lines of Extended JSON documents; lines are 1-based (for an array: the
// document's place in it). All or nothing, unless skipBadLines.
function importDocuments(ctx, a)
{
    const text = String(a.text || '');
    const entries = []; // {line, value | error}
    const trimmed = text.trimStart();
    if (trimmed.startsWith('[')) {
        let array;
        try {
            array = JSON.parse(text);
        } catch (e) {
            const m = /position (\d+)/.exec(e.message);
            const line = m ? text.slice(0, Number(m[1])).split('\n').length : 1;
            throw Object.assign(new StoreError('InvalidImport', `the file is not a JSON array: ${e.message}`, 400),
                                { lines: [{ line, error: e.message }] });
        }
        array.forEach((value, i) => entries.push({ line: i + 1, value }));
    } else {
        text.split('\n').forEach((raw, i) => {
            if (!raw.trim())
                return;
            try {
                entries.push({ line: i + 1, value: JSON.parse(raw) });
            } catch (e) {
                entries.push({ line: i + 1, error: `not JSON: ${e.message}` });
            }
        });
    }
    const bad = [];
    const good = [];
    const seen = new Set();
    for (const entry of entries) {
        try {
            if (entry.error)
                throw new Error(entry.error);
            if (!isPlainObject(entry.value))
                throw new Error('not a document (an object)');
            const doc = fromEjson(entry.value);
            checkDocument(doc);
            if (doc._id !== undefined) {
                const key = idKey(doc._id);
                if (seen.has(key) || ctx.collection.docs.has(key))
                    throw new Error(`duplicate _id ${key}`);
                seen.add(key);
            }
            good.push(doc);
        } catch (e) {
            bad.push({ line: entry.line, error: String(e.message) });
        }
    }
    if (bad.length && !a.skipBadLines)
        throw Object.assign(new StoreError('InvalidImport',
                                           `${bad.length} line(s) of the file cannot be imported; nothing was imported`, 400),
                            { lines: bad });
    if (good.length)
        insertDocs(ctx, good);
    return { imported: good.length, skipped: bad };
}

const LOCAL = {
    browse,
    replaceById,
    deleteByIds,
    insert: (ctx, a) => ({ insertedIds: insertDocs(ctx, a.documents) }),
    import: importDocuments,
};

// --- dispatch -------------------------------------------------------------------------------------

function matchedTriggers(event, triggers)
{
    const type = String(event.operationType).toUpperCase();
    return triggers.filter((t) => {
        if (!(t.operation_types || []).includes(type))
            return false;
        if (!isPlainObject(t.match) || !Object.keys(t.match).length)
            return true;
        try {
            return new mingo.Query(fromEjson(t.match)).test(event);
        } catch (e) {
            return false; // a match expression that mingo refuses matches nothing
        }
    }).map((t) => t.id);
}

function handle(msg)
{
    const reply = { id: msg.id };
    let access = null;
    try {
        if (msg.op === 'databases') {
            reply.result = storeFor(msg.store).databases();
            return reply;
        }
        const command = LOCAL[msg.op] || (Object.prototype.hasOwnProperty.call(COMMANDS, msg.op)
            ? COMMANDS[msg.op] : undefined);
        if (!command)
            throw new StoreError('ServiceCommandNotFound',
                                 `the MongoDB service of stitch-local has no command '${msg.op}'`, 404);
        const store = storeFor(msg.store);
        const args = fromEjson(isPlainObject(msg.args) ? msg.args : {});
        const database = args.database !== undefined ? args.database : msg.database;
        const collectionName = args.collection !== undefined ? args.collection : msg.collection;
        const collection = store.collection(database, collectionName);
        if (msg.access)
            access = new Access(msg.access.rule ? fromEjson(msg.access.rule) : null,
                                msg.access.user, `${database}.${collectionName}`);
        const ctx = { store, collection, access, events: [] };
        const result = command(ctx, args);
        if (LOCAL[msg.op]) {
            // The local data routes' answers: documents and ids as canonical Extended JSON,
            // counts as plain JSON numbers (the contract with the console's Data view).
            reply.result = Object.assign({}, result);
            for (const key of ['documents', 'insertedIds'])
                if (result[key] !== undefined)
                    reply.result[key] = toEjson({ r: result[key] }).r;
        } else {
            reply.result = result === undefined ? null : toEjson({ r: result }).r;
        }
        const triggers = Array.isArray(msg.triggers) ? msg.triggers : [];
        if (triggers.length && ctx.events.length) {
            reply.events = [];
            for (const event of ctx.events) {
                const ids = matchedTriggers(event, triggers);
                if (ids.length)
                    reply.events.push({ event: toEjson(event), triggers: ids });
            }
        }
    } catch (e) {
        const error = e instanceof StoreError ? e : new StoreError('InternalServerError', String(e && e.stack || e), 500);
        reply.error = { code: error.code, message: error.message, status: error.status };
        if (error.lines)
            reply.error.lines = error.lines;
    }
    if (access)
        reply.decided = access.describe();
    return reply;
}

// A long line (a 16 MB document) comes in many chunks: they are kept apart and joined once its
// end has come, instead of growing (and flattening) one string per chunk.
let pending = [];
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
    if (chunk.indexOf('\n') < 0) {
        pending.push(chunk);
        return;
    }
    let text = pending.join('') + chunk;
    pending = [];
    let newline;
    while ((newline = text.indexOf('\n')) >= 0) {
        const line = text.slice(0, newline);
        text = text.slice(newline + 1);
        if (!line.trim())
            continue;
        let msg;
        try {
            msg = JSON.parse(line);
        } catch (e) {
            process.stderr.write(`datastore: unreadable request: ${e.message}\n`);
            continue;
        }
        send(handle(msg));
    }
    if (text)
        pending.push(text);
});
process.stdin.on('end', () => process.exit(0));
send({ type: 'ready', pid: process.pid });
