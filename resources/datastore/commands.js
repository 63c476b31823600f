'use strict';
// The commands of the MongoDB service on one collection, as the real service's function context
// and its remote MongoDB client (functions/call with "service") offer them. Query, update and
// aggregation semantics are mingo's; this file only feeds it documents, applies rules (access,
// see rules.js; null: a system run, which bypasses them) and records each write as a change
// event, which database triggers react to.

const mingo = require('mingo');
const { createUpdater } = require('mingo/updater');
const { ObjectId, BSON } = require('bson');
const { StoreError, idKey, clone, toEjson } = require('./storage');

const MAX_BSON_SIZE = 16 * 1024 * 1024;
const updater = createUpdater({ cloneMode: 'none' });

function mongoError(message)
{
    return new StoreError('MongoDBError', message, 400);
}

// mingo's own errors (unknown operators, a $inc of a string) become the service's MongoDBError.
function mingoCall(fn)
{
    try {
        return fn();
    } catch (e) {
        if (e instanceof StoreError)
            throw e;
        throw mongoError(String(e && e.message));
    }
}

function isPlainObject(value)
{
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);
}

function checkFilter(filter, what)
{
    if (filter === undefined || filter === null)
        return {};
    if (!isPlainObject(filter))
        throw mongoError(`${what} must be a document`);
    return filter;
}

function checkDocument(doc)
{
    if (!isPlainObject(doc))
        throw mongoError('a document must be an object');
    let size;
    try {
        size = BSON.calculateObjectSize(doc);
    } catch (e) {
        throw mongoError(`the document cannot be stored as BSON: ${e.message}`);
    }
    if (size > MAX_BSON_SIZE)
        throw mongoError(`document is too large: ${size} bytes, the most a BSON document may have is ${MAX_BSON_SIZE}`);
    for (const key of Object.keys(doc)) {
        if (key.startsWith('$'))
            throw mongoError(`field names may not start with '$': ${key}`);
    }
}

// {_id: <plain value>} finds its document in the index; anything else scans.
function idLookup(filter)
{
    if (!Object.prototype.hasOwnProperty.call(filter, '_id'))
        return undefined;
    const id = filter._id;
    if (isPlainObject(id) && Object.keys(id).some((k) => k.startsWith('$')))
        return undefined;
    return id;
}

// The documents matching filter, in natural order; at most max of them (0: all). The query is
// compiled once and tested per document: cheaper than a cursor over a copied array.
function matching(collection, filter, max = 0)
{
    const id = idLookup(filter);
    if (id !== undefined) {
        const doc = collection.docs.get(idKey(id));
        if (!doc)
            return [];
        return mingoCall(() => new mingo.Query(filter).test(doc)) ? [doc] : [];
    }
    const query = mingoCall(() => new mingo.Query(filter));
    const out = [];
    return mingoCall(() => {
        for (const doc of collection.docs.values()) {
            if (query.test(doc)) {
                out.push(doc);
                if (max && out.length >= max)
                    break;
            }
        }
        return out;
    });
}

function sortDocs(docs, sort)
{
    if (!sort || !Object.keys(sort).length)
        return docs;
    return mingoCall(() => mingo.find(docs, {}).sort(sort).all());
}

function project(doc, projection)
{
    if (!projection || !Object.keys(projection).length)
        return doc;
    return mingoCall(() => mingo.find([doc], {}, projection).next());
}

// Documents matching filter, the read rules applied, sorted, skipped and limited.
function select(ctx, filter, options = {})
{
    const { collection, access } = ctx;
    filter = checkFilter(filter, 'the query');
    const query = access ? access.readQuery(filter) : filter;
    const limit = Math.max(0, Number(options.limit) || 0);
    const skip = Math.max(0, Number(options.skip) || 0);
    const sorted = options.sort && Object.keys(options.sort).length;
    // Without a sort or rules, the scan stops once it has what skip and limit ask for.
    const enough = !access && !sorted && limit ? skip + limit : 0;
    let docs = sortDocs(matching(collection, query, enough), options.sort);
    if (access)
        docs = docs.map((d) => access.readable(d)).filter((d) => d !== null);
    if (skip)
        docs = docs.slice(skip);
    if (limit)
        docs = docs.slice(0, limit);
    return docs;
}

function find(ctx, a)
{
    const docs = select(ctx, a.query !== undefined ? a.query : a.filter, a);
    const projection = a.project || a.projection;
    return docs.map((d) => project(d, projection));
}

function findOne(ctx, a)
{
    const docs = select(ctx, a.query !== undefined ? a.query : a.filter, { sort: a.sort, limit: 1 });
    return docs.length ? project(docs[0], a.project || a.projection) : null;
}

function count(ctx, a)
{
    return select(ctx, a.query !== undefined ? a.query : a.filter, { limit: a.limit, skip: a.skip }).length;
}

// --- writes ---------------------------------------------------------------------------------------

function isOperatorUpdate(update)
{
    const keys = Object.keys(update);
    const operators = keys.filter((k) => k.startsWith('$'));
    if (operators.length && operators.length !== keys.length)
        throw mongoError('an update document must hold only update operators, or none (a replacement)');
    return operators.length > 0;
}

function applyOperators(doc, update, inserting)
{
    for (const operator of Object.keys(update)) {
        const argument = update[operator];
        if (!isPlainObject(argument))
            throw mongoError(`the argument of ${operator} must be a document`);
        if (operator === '$setOnInsert') {
            if (inserting)
                mingoCall(() => updater(doc, { $set: argument }));
            continue;
        }
        mingoCall(() => updater(doc, { [operator]: argument }));
    }
}

function sameValue(a, b)
{
    return JSON.stringify(toEjson({ v: a })) === JSON.stringify(toEjson({ v: b }));
}

function updateDescription(before, after)
{
    const updatedFields = {};
    const removedFields = [];
    for (const key of Object.keys(after)) {
        if (!Object.prototype.hasOwnProperty.call(before, key) || !sameValue(before[key], after[key]))
            updatedFields[key] = after[key];
    }
    for (const key of Object.keys(before)) {
        if (!Object.prototype.hasOwnProperty.call(after, key))
            removedFields.push(key);
    }
    return { updatedFields, removedFields };
}

// The document an upsert starts from: the filter's plain equality fields.
function seedOf(filter)
{
    const seed = {};
    for (const [key, value] of Object.entries(filter)) {
        if (key.startsWith('$') || key.includes('.'))
            continue;
        if (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$')))
            continue;
        seed[key] = clone({ v: value }).v;
    }
    return seed;
}

// The new version of doc after update (an operator update or a replacement); doc is untouched.
function updated(doc, update, inserting)
{
    if (!isPlainObject(update) && !Array.isArray(update))
        throw mongoError('the update must be a document');
    if (Array.isArray(update))
        throw mongoError('update pipelines (an array of stages) are not supported by stitch-local');
    let next;
    if (isOperatorUpdate(update)) {
        next = clone(doc);
        applyOperators(next, update, inserting);
    } else {
        next = clone(update);
        if (doc._id !== undefined) {
            if (next._id !== undefined && idKey(next._id) !== idKey(doc._id))
                throw mongoError("the _id field cannot be changed by a replacement");
            next = Object.assign({ _id: doc._id }, next);
        }
    }
    if (doc._id !== undefined && idKey(next._id) !== idKey(doc._id))
        throw mongoError("Performing an update on the path '_id' would modify the immutable field '_id'");
    checkDocument(next);
    return next;
}

function event(ctx, operationType, doc, extra)
{
    const e = {
        _id: { _data: new ObjectId().toHexString() },
        operationType,
        clusterTime: new Date(),
        ns: { db: ctx.collection.database, coll: ctx.collection.name },
        documentKey: { _id: doc._id },
    };
    if (operationType !== 'delete')
        e.fullDocument = doc;
    return Object.assign(e, extra || {});
}

function insertDocs(ctx, docs)
{
    if (!Array.isArray(docs) || !docs.length)
        throw mongoError('documents must be a non-empty array');
    const seen = new Set();
    const prepared = docs.map((doc) => {
        checkDocument(doc);
        let copy = clone(doc);
        if (copy._id === undefined)
            copy = Object.assign({ _id: new ObjectId() }, copy); // first, as the drivers add it
        const key = idKey(copy._id);
        if (seen.has(key) || ctx.collection.docs.has(key))
            throw new StoreError('DuplicateKey',
                                 `E11000 duplicate key error collection: ${ctx.collection.database}.${ctx.collection.name} index: _id_ dup key: { _id: ${key} }`,
                                 409);
        seen.add(key);
        if (ctx.access)
            ctx.access.checkInsert(copy);
        return copy;
    });
    ctx.collection.commit(prepared.map((d) => ({ i: d })));
    for (const d of prepared)
        ctx.events.push(event(ctx, 'insert', d));
    return prepared.map((d) => d._id);
}

function insertOne(ctx, a)
{
    return { insertedId: insertDocs(ctx, [a.document])[0] };
}

function insertMany(ctx, a)
{
    return { insertedIds: insertDocs(ctx, a.documents) };
}

// The writes of an update, replace or upsert: [{before, after}] (before null: inserted).
function planUpdates(ctx, filter, update, multi, upsert, sort)
{
    filter = checkFilter(filter, 'the query');
    const query = ctx.access ? ctx.access.writeQuery(filter) : filter;
    let targets = sortDocs(matching(ctx.collection, query), sort);
    if (!multi)
        targets = targets.slice(0, 1);
    if (!targets.length && upsert) {
        const after = updated(seedOf(filter), update, true);
        return [{ before: null,
                  after: after._id === undefined ? Object.assign({ _id: new ObjectId() }, after) : after }];
    }
    return targets.map((before) => ({ before, after: updated(before, update, false) }));
}

function commitPlan(ctx, plan, replacing)
{
    const steps = [];
    const events = [];
    let modified = 0;
    for (const { before, after } of plan) {
        if (before === null) {
            if (ctx.access)
                ctx.access.checkInsert(after);
            steps.push({ i: after });
            events.push(event(ctx, 'insert', after));
            continue;
        }
        if (sameValue(before, after))
            continue;
        if (ctx.access)
            ctx.access.checkWrite(before, after);
        ++modified;
        steps.push({ u: after });
        events.push(replacing ? event(ctx, 'replace', after)
                              : event(ctx, 'update', after,
                                      { updateDescription: updateDescription(before, after) }));
    }
    ctx.collection.commit(steps);
    ctx.events.push(...events);
    return modified;
}

function update(ctx, a, multi, replacing)
{
    const change = a.update;
    if (Array.isArray(change))
        throw mongoError('update pipelines (an array of stages) are not supported by stitch-local');
    if (!isPlainObject(change))
        throw mongoError('the update must be a document');
    if (isOperatorUpdate(change) === replacing)
        throw mongoError(replacing ? 'a replacement document may not hold update operators'
                                   : 'Update document requires atomic operators');
    updated({}, change, true); // unknown operators fail even when nothing matches
    const plan = planUpdates(ctx, a.query !== undefined ? a.query : a.filter, change, multi, !!a.upsert);
    const modified = commitPlan(ctx, plan, replacing);
    const inserted = plan.find((p) => p.before === null);
    const result = { matchedCount: inserted ? 0 : plan.length, modifiedCount: modified };
    if (inserted)
        result.upsertedId = inserted.after._id;
    return result;
}

function deleteDocs(ctx, a, multi)
{
    const filter = checkFilter(a.query !== undefined ? a.query : a.filter, 'the query');
    const query = ctx.access ? ctx.access.writeQuery(filter) : filter;
    let targets = matching(ctx.collection, query);
    if (!multi)
        targets = targets.slice(0, 1);
    if (ctx.access)
        targets.forEach((d) => ctx.access.checkDelete(d));
    ctx.collection.commit(targets.map((d) => ({ d: d._id })));
    for (const d of targets)
        ctx.events.push(event(ctx, 'delete', d));
    return { deletedCount: targets.length };
}

function findOneAndModify(ctx, a, replacing)
{
    const update = a.update !== undefined ? a.update : a.replacement;
    if (!isPlainObject(update))
        throw mongoError('the update must be a document');
    if (replacing === isOperatorUpdate(update))
        throw mongoError(replacing ? 'a replacement document may not hold update operators'
                                   : 'findOneAndUpdate needs update operators');
    updated({}, update, true);
    const plan = planUpdates(ctx, a.filter !== undefined ? a.filter : a.query, update, false,
                             !!a.upsert, a.sort);
    if (!plan.length)
        return null;
    commitPlan(ctx, plan, replacing);
    const { before, after } = plan[0];
    const shown = a.returnNewDocument ? after : before;
    if (shown === null)
        return null;
    const visible = ctx.access ? ctx.access.readable(shown) : shown;
    return visible === null ? null : project(visible, a.projection || a.project);
}

function findOneAndDelete(ctx, a)
{
    const filter = checkFilter(a.filter !== undefined ? a.filter : a.query, 'the filter');
    const query = ctx.access ? ctx.access.writeQuery(filter) : filter;
    const targets = sortDocs(matching(ctx.collection, query), a.sort);
    if (!targets.length)
        return null;
    const doc = targets[0];
    if (ctx.access)
        ctx.access.checkDelete(doc);
    ctx.collection.commit([{ d: doc._id }]);
    ctx.events.push(event(ctx, 'delete', doc));
    const visible = ctx.access ? ctx.access.readable(doc) : doc;
    return visible === null ? null : project(visible, a.projection || a.project);
}

function aggregate(ctx, a)
{
    if (!Array.isArray(a.pipeline))
        throw mongoError('the pipeline must be an array of stages');
    for (const stage of a.pipeline) {
        const name = isPlainObject(stage) ? Object.keys(stage)[0] : '';
        if (['$out', '$merge'].includes(name))
            throw mongoError(`${name} is not supported by stitch-local`);
    }
    const docs = select(ctx, {});
    const store = ctx.store;
    const database = ctx.collection.database;
    return mingoCall(() => mingo.aggregate(docs, a.pipeline, {
        collectionResolver: (name) => Array.from(store.collection(database, name).docs.values()),
    }));
}

const COMMANDS = {
    find,
    findOne,
    count,
    countDocuments: count,
    insertOne,
    insertMany,
    updateOne: (ctx, a) => update(ctx, a, false, false),
    updateMany: (ctx, a) => update(ctx, a, true, false),
    replaceOne: (ctx, a) => update(ctx, Object.assign({}, a, { update: a.replacement || a.update }),
                                   false, true),
    deleteOne: (ctx, a) => deleteDocs(ctx, a, false),
    deleteMany: (ctx, a) => deleteDocs(ctx, a, true),
    findOneAndUpdate: (ctx, a) => findOneAndModify(ctx, a, false),
    findOneAndReplace: (ctx, a) => findOneAndModify(ctx, a, true),
    findOneAndDelete,
    aggregate,
};

module.exports = { COMMANDS, select, matching, sortDocs, insertDocs, checkDocument, isPlainObject, mongoError, project,
                   updated, commitPlan, idKey };
