'use strict';
// The documents of stitch-local's MongoDB service, on disk and in memory.
//
// One append-only log per collection: <root>/<store>/<database>/<collection>.log, one JSON line
// per write ({"w": [{"i": doc} | {"u": doc} | {"d": id}, ...]}, documents as canonical Extended
// JSON). A write of many documents (insertMany, updateMany, an import) is one line, appended
// with one write() on a file opened with O_DSYNC (the permission model refuses fsync() itself),
// so it is on the disk before the caller is answered: a write is
// in the file whole or not at all. A crash in the middle of an append leaves a torn last line,
// which load() cuts off. load() also compacts a log that holds more superseded records than
// live documents (a new file, fsync, rename over the old one), so the log never grows without
// bound across restarts. In memory each collection is a Map from the _id's canonical Extended
// JSON to the document, in insertion order: find-by-_id never scans.

const fs = require('fs');
const path = require('path');
const { EJSON } = require('bson');

const EJSON_OUT = { relaxed: false };
const { O_WRONLY, O_APPEND, O_CREAT, O_TRUNC, O_DSYNC } = fs.constants;
const EJSON_IN = { relaxed: true };

function toEjson(value)
{
    return EJSON.serialize(value, EJSON_OUT);
}

function fromEjson(value)
{
    return EJSON.deserialize(value, EJSON_IN);
}

function idKey(id)
{
    return JSON.stringify(toEjson({ k: id }).k);
}

function clone(doc)
{
    return fromEjson(toEjson(doc));
}

class StoreError extends Error {
    constructor(code, message, status)
    {
        super(message);
        this.code = code;
        this.status = status || 400;
    }
}

// MongoDB's own limits on names, which also keep every name a plain file name here.
function checkDatabaseName(name)
{
    if (typeof name !== 'string' || name.length === 0)
        throw new StoreError('InvalidParameter', 'a database name must be a non-empty string');
    if (name.length > 63 || /[/\\. "$*<>:|?\0]/.test(name))
        throw new StoreError('InvalidParameter',
                             `invalid database name '${name}': at most 63 characters, none of /\\. "$*<>:|?`);
}

function checkCollectionName(name)
{
    if (typeof name !== 'string' || name.length === 0)
        throw new StoreError('InvalidParameter', 'a collection name must be a non-empty string');
    if (name.length > 200 || /[$\0]/.test(name) || name.startsWith('system.'))
        throw new StoreError('InvalidParameter',
                             `invalid collection name '${name}': no '$', not 'system.'..., at most 200 characters`);
}

function fileNameOf(collection)
{
    return encodeURIComponent(collection).replace(/^\./, '%2E') + '.log';
}

function collectionNameOf(fileName)
{
    return decodeURIComponent(fileName.slice(0, -'.log'.length));
}

function fsyncDir(dir)
{
    let fd;
    try {
        fd = fs.openSync(dir, 'r');
        fs.fsyncSync(fd);
    } catch (e) {
        // The permission model (and some file systems) refuse fsync on a directory: a new file's
        // or a rename's entry is then as durable as the file system makes it by itself.
    } finally {
        if (fd !== undefined)
            fs.closeSync(fd);
    }
}

class Collection {
    constructor(dir, database, name)
    {
        this.database = database;
        this.name = name;
        this.dir = dir;
        this.file = path.join(dir, fileNameOf(name));
        this.docs = new Map();
        this.fd = undefined;
        this.records = 0;
    }

    load()
    {
        let bytes;
        try {
            bytes = fs.readFileSync(this.file);
        } catch (e) {
            if (e.code === 'ENOENT')
                return;
            throw e;
        }
        let offset = 0;
        while (offset < bytes.length) {
            const newline = bytes.indexOf(0x0a, offset);
            if (newline < 0)
                break; // a torn tail: the write never finished
            let record;
            try {
                record = JSON.parse(bytes.toString('utf8', offset, newline));
            } catch (e) {
                if (newline + 1 >= bytes.length)
                    break; // the last line, garbled by a crash
                throw new StoreError('InternalServerError',
                                     `${this.file}: line ${this.records + 1} is not JSON: ${e.message}`, 500);
            }
            this.replay(record);
            ++this.records;
            offset = newline + 1;
        }
        if (offset < bytes.length)
            fs.truncateSync(this.file, offset);
        if (this.records > 2 * this.docs.size + 16)
            this.compact();
    }

    replay(record)
    {
        for (const step of record.w || []) {
            if (step.i !== undefined || step.u !== undefined) {
                const doc = fromEjson(step.i !== undefined ? step.i : step.u);
                this.docs.set(idKey(doc._id), doc);
            } else if (step.d !== undefined) {
                this.docs.delete(idKey(fromEjson({ k: step.d }).k));
            }
        }
    }

    compact()
    {
        this.close();
        const temporary = this.file + '.compacting';
        const lines = [];
        for (const doc of this.docs.values())
            lines.push(JSON.stringify({ w: [{ i: toEjson(doc) }] }));
        const fd = fs.openSync(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_DSYNC);
        try {
            fs.writeSync(fd, lines.length ? lines.join('\n') + '\n' : '');
        } finally {
            fs.closeSync(fd);
        }
        fs.renameSync(temporary, this.file);
        fsyncDir(this.dir);
        this.records = this.docs.size;
    }

    // Appends one write (many steps) durably, then applies it in memory.
    commit(steps)
    {
        if (!steps.length)
            return;
        if (this.fd === undefined) {
            const fresh = !fs.existsSync(this.dir);
            fs.mkdirSync(this.dir, { recursive: true });
            if (fresh)
                fsyncDir(path.dirname(this.dir));
            const created = !fs.existsSync(this.file);
            this.fd = fs.openSync(this.file, O_WRONLY | O_APPEND | O_CREAT | O_DSYNC);
            if (created)
                fsyncDir(this.dir);
        }
        const record = { w: steps.map((s) => (s.i ? { i: toEjson(s.i) }
                                              : s.u ? { u: toEjson(s.u) } : { d: toEjson({ k: s.d }).k })) };
        fs.writeSync(this.fd, JSON.stringify(record) + '\n');
        ++this.records;
        for (const s of steps) {
            if (s.i)
                this.docs.set(idKey(s.i._id), s.i);
            else if (s.u)
                this.docs.set(idKey(s.u._id), s.u);
            else
                this.docs.delete(idKey(s.d));
        }
    }

    close()
    {
        if (this.fd !== undefined) {
            fs.closeSync(this.fd);
            this.fd = undefined;
        }
    }
}

// Every collection of one store (one MongoDB service of one app), loaded on first use.
class Store {
    constructor(root, key)
    {
        if (!/^[0-9a-zA-Z_-]+\/[0-9a-zA-Z_-]+$/.test(key))
            throw new StoreError('InvalidParameter', `invalid store key '${key}'`);
        this.dir = path.join(root, key);
        this.collections = new Map();
    }

    collection(database, name)
    {
        checkDatabaseName(database);
        checkCollectionName(name);
        const key = database + '\0' + name;
        let collection = this.collections.get(key);
        if (!collection) {
            collection = new Collection(path.join(this.dir, database), database, name);
            collection.load();
            this.collections.set(key, collection);
        }
        return collection;
    }

    // [{name, collections: [{name, count}]}] sorted by name; empty collections are listed too.
    databases()
    {
        const out = [];
        let databases = [];
        try {
            databases = fs.readdirSync(this.dir, { withFileTypes: true })
                .filter((e) => e.isDirectory()).map((e) => e.name).sort();
        } catch (e) {
            if (e.code !== 'ENOENT')
                throw e;
        }
        for (const database of databases) {
            const names = fs.readdirSync(path.join(this.dir, database))
                .filter((f) => f.endsWith('.log')).map(collectionNameOf).sort();
            out.push({ name: database,
                       collections: names.map((name) => ({
                           name, count: this.collection(database, name).docs.size })) });
        }
        return out;
    }
}

module.exports = { Store, StoreError, idKey, clone, toEjson, fromEjson };
