'use strict';
// The rules of a MongoDB service namespace for calls made as an end user (system runs have no
// Access at all): roles chosen per document by apply_when, document- and field-level read and
// write, insert and delete; filters that narrow every query when their apply_when holds; the
// document schema checked on every write. A rule's expressions are MongoDB-style queries over
// the document (%%root) whose values may be expansions: %%user, %%user.id, %%user.data.x,
// %%root.x, %%prevRoot.x, %%true, %%false; %and, %or and %nor combine them. They are evaluated
// with mingo, like every other query. What decided a call is kept for its log entry.

const mingo = require('mingo');
const { StoreError } = require('./storage');
const { validate } = require('./schema');

function isPlainObject(v)
{
    return v !== null && typeof v === 'object' && !Array.isArray(v)
        && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);
}

function denied(message)
{
    return new StoreError('NoMatchingRuleFound', message, 403);
}

function lookup(value, path)
{
    for (const part of path) {
        if (value === null || value === undefined)
            return undefined;
        value = value[part];
    }
    return value;
}

function expansion(name, env)
{
    const [head, ...path] = name.slice(2).split('.');
    switch (head) {
    case 'true': return true;
    case 'false': return false;
    case 'user': return lookup(env.user, path);
    case 'root': return lookup(env.root, path);
    case 'prevRoot': return lookup(env.prevRoot, path);
    default:
        throw new StoreError('InvalidRule', `unknown expansion ${name}`, 400);
    }
}

function expand(value, env)
{
    if (typeof value === 'string' && value.startsWith('%%'))
        return expansion(value, env);
    if (Array.isArray(value))
        return value.map((v) => expand(v, env));
    if (isPlainObject(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = expand(v, env);
        return out;
    }
    return value;
}

function holds(expression, env)
{
    if (expression === undefined || expression === null)
        return false;
    if (typeof expression === 'boolean')
        return expression;
    if (!isPlainObject(expression))
        return Boolean(expression);
    for (const [key, raw] of Object.entries(expression)) {
        if (key === '%and' || key === '%or' || key === '%nor') {
            const results = (Array.isArray(raw) ? raw : []).map((e) => holds(e, env));
            const ok = key === '%and' ? results.every(Boolean)
                : key === '%or' ? results.some(Boolean) : !results.some(Boolean);
            if (!ok)
                return false;
            continue;
        }
        const value = expand(raw, env);
        if (key.startsWith('%%')) {
            if (!new mingo.Query({ v: value }).test({ v: expansion(key, env) }))
                return false;
        } else if (!env.root || !new mingo.Query({ [key]: value }).test(env.root)) {
            return false;
        }
    }
    return true;
}

class Access {
    constructor(rule, user, namespace)
    {
        this.rule = rule;
        this.user = user || {};
        this.namespace = namespace;
        this.decisions = new Set();
    }

    ruleName()
    {
        return `rule '${(this.rule && this.rule.name) || this.namespace}'`;
    }

    decide(text)
    {
        this.decisions.add(`${this.ruleName()}: ${text}`);
    }

    describe()
    {
        return Array.from(this.decisions).join('; ');
    }

    requireRule()
    {
        if (!this.rule) {
            this.decisions.add(`no rule for namespace '${this.namespace}'`);
            throw denied(`no rule exists for namespace '${this.namespace}'`);
        }
    }

    // The caller's query, narrowed by every filter whose apply_when holds.
    narrowed(filter)
    {
        this.requireRule();
        const parts = [];
        for (const f of this.rule.filters || []) {
            if (holds(f.apply_when, { user: this.user })) {
                this.decide(`filter '${f.name || '?'}' applied`);
                if (isPlainObject(f.query) && Object.keys(f.query).length)
                    parts.push(expand(f.query, { user: this.user }));
            }
        }
        return parts.length ? { $and: [filter, ...parts] } : filter;
    }

    readQuery(filter) { return this.narrowed(filter); }
    writeQuery(filter) { return this.narrowed(filter); }

    roleFor(doc, prevDoc)
    {
        this.requireRule();
        for (const role of this.rule.roles || []) {
            const when = role.apply_when === undefined ? {} : role.apply_when;
            if (holds(when, { user: this.user, root: doc, prevRoot: prevDoc }))
                return role;
        }
        return null;
    }

    fieldAllowed(role, field, what, env)
    {
        const fieldRule = role.fields && role.fields[field];
        if (fieldRule && fieldRule[what] !== undefined)
            return holds(fieldRule[what], env);
        if (role[what] !== undefined && holds(role[what], env))
            return true;
        if (what === 'read' && role.write !== undefined && holds(role.write, env))
            return true; // write implies read
        const additional = role.additional_fields || {};
        if (fieldRule)
            return false;
        return additional[what] !== undefined && holds(additional[what], env);
    }

    // The fields of doc this user may read, or null when none.
    readable(doc)
    {
        const role = this.roleFor(doc);
        if (!role) {
            this.decide('no role applies to a document: not returned');
            return null;
        }
        const env = { user: this.user, root: doc };
        const out = {};
        let any = false;
        for (const key of Object.keys(doc)) {
            if (key === '_id')
                continue;
            if (this.fieldAllowed(role, key, 'read', env)) {
                out[key] = doc[key];
                any = true;
            }
        }
        const whole = holds(role.read, env) || holds(role.write, env);
        if (!any && !whole) {
            this.decide(`role '${role.name}' may not read a document: not returned`);
            return null;
        }
        this.decide(`role '${role.name}' read`);
        return Object.assign({ _id: doc._id }, out);
    }

    checkSchema(doc, operation)
    {
        if (this.rule && isPlainObject(this.rule.schema) && Object.keys(this.rule.schema).length) {
            const problem = validate(this.rule.schema, doc);
            if (problem) {
                this.decide(`schema rejected the ${operation}: ${problem}`);
                throw new StoreError('SchemaValidationFailedWrite',
                                     `Document failed validation: ${problem}`, 400);
            }
        }
    }

    checkInsert(doc)
    {
        const role = this.roleFor(doc);
        const env = { user: this.user, root: doc };
        const allowed = role && holds(role.insert, env)
            && Object.keys(doc).every((k) => k === '_id' || this.fieldAllowed(role, k, 'write', env));
        if (!allowed) {
            this.decide(role ? `role '${role.name}' denied insert` : 'no role applies: insert denied');
            throw denied('insert not permitted');
        }
        this.decide(`role '${role.name}' allowed insert`);
        this.checkSchema(doc, 'insert');
    }

    checkWrite(before, after)
    {
        const role = this.roleFor(before, before);
        const env = { user: this.user, root: after, prevRoot: before };
        const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
        const changed = [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])
                                          || (k in before) !== (k in after));
        const allowed = role && changed.every((k) => this.fieldAllowed(role, k, 'write', env));
        if (!allowed) {
            this.decide(role ? `role '${role.name}' denied update` : 'no role applies: update denied');
            throw denied('update not permitted');
        }
        this.decide(`role '${role.name}' allowed update`);
        this.checkSchema(after, 'update');
    }

    checkDelete(doc)
    {
        const role = this.roleFor(doc);
        if (!role || !holds(role.delete, { user: this.user, root: doc })) {
            this.decide(role ? `role '${role.name}' denied delete` : 'no role applies: delete denied');
            throw denied('delete not permitted');
        }
        this.decide(`role '${role.name}' allowed delete`);
    }
}

module.exports = { Access, holds };
