'use strict';
// Runs Stitch functions for stitch-local. One vm context per run, many runs in flight at once;
// requests and replies are newline-delimited JSON on stdin/stdout (see runtimeworker.cpp).
//
// vm is not a security boundary by itself, so the process is also started with
// --disallow-code-generation-from-strings (a leaked host function cannot compile "return process")
// and the permission model (no file system, no child processes, no workers). Inside a context,
// user code only ever sees objects of its own realm: every helper it can reach is created by
// BOOTSTRAP inside the context and closes over the host callbacks.

const vm = require('vm');
const util = require('util');
const path = require('path');
const { createRequire } = require('module');

const requires = new Map();
function requireFor(folder)
{
    if (!requires.has(folder))
        requires.set(folder, createRequire(path.join(folder, 'package.json')));
    return requires.get(folder);
}

const CALL_SLOT = '\u0000stitchCall';
const TIMEOUT = Symbol('timeout');

// Runs a function under vm's watchdog: a synchronous loop is stopped at the run's deadline.
const callScript = new vm.Script(`{
  const c = globalThis[${JSON.stringify(CALL_SLOT)}];
  delete globalThis[${JSON.stringify(CALL_SLOT)}];
  c.f(...c.a);
}`, { filename: 'stitch:call' });

// The MongoDB service as the real service's function context offers it. Each command posts a
// host message (host.service); stitch-local's server runs it in its data process, under the
// run's user's rules unless the run is a system run, and the reply settles the promise.
const SERVICES = `
  function cursorOf(call, action, args) {
    const cursor = {
      sort(s) { args.sort = s; return cursor; },
      limit(n) { args.limit = n; return cursor; },
      skip(n) { args.skip = n; return cursor; },
      project(p) { args.project = p; return cursor; },
      toArray() { return call(action, args); },
      then(resolve, reject) { return call(action, args).then(resolve, reject); },
    };
    return cursor;
  }
  function collectionOf(service, database, collection) {
    const call = (action, args) => host.service(service, action,
                                                Object.assign({ database, collection }, args));
    const opts = (o) => (o && typeof o === 'object' ? o : {});
    return {
      find: (query = {}, project) => cursorOf(call, 'find', project ? { query, project } : { query }),
      findOne: (query = {}, project, options) =>
        call('findOne', Object.assign({ query }, project ? { project } : {},
                                      opts(options).sort ? { sort: opts(options).sort } : {})),
      count: (query = {}, options) => call('count', Object.assign({ query }, opts(options))),
      countDocuments: (query = {}, options) =>
        call('count', Object.assign({ query }, opts(options))),
      insertOne: (document) => call('insertOne', { document }),
      insertMany: (documents) => call('insertMany', { documents }),
      updateOne: (query, update, options) =>
        call('updateOne', Object.assign({ query, update }, opts(options))),
      updateMany: (query, update, options) =>
        call('updateMany', Object.assign({ query, update }, opts(options))),
      deleteOne: (query = {}) => call('deleteOne', { query }),
      deleteMany: (query = {}) => call('deleteMany', { query }),
      findOneAndUpdate: (filter, update, options) =>
        call('findOneAndUpdate', Object.assign({ filter, update }, opts(options))),
      findOneAndReplace: (filter, update, options) =>
        call('findOneAndReplace', Object.assign({ filter, update }, opts(options))),
      findOneAndDelete: (filter = {}, options) =>
        call('findOneAndDelete', Object.assign({ filter }, opts(options))),
      aggregate: (pipeline = []) => cursorOf(call, 'aggregate', { pipeline }),
    };
  }
  const services = {
    get: (name) => ({
      db: (database) => ({
        collection: (collection) => collectionOf(String(name), String(database),
                                                 String(collection)),
      }),
    }),
  };
`;

// BSON values inside a run's context, as the real service's BSON global has them; runs see
// ObjectId, Decimal128, Binary and Timestamp round-trip as Extended JSON through fromEJSON and
// toEJSON below, which know them by their _bsontype.
const BSON_KIT = new vm.Script(`(function () {
  'use strict';
  const HEX = /^[0-9a-fA-F]{24}$/;
  let counter = Math.floor(Math.random() * 0xffffff);
  const unique = Array.from({ length: 5 }, () => Math.floor(Math.random() * 256));
  const hidden = (o, k, v) => Object.defineProperty(o, k, { value: v });
  class ObjectId {
    constructor(id) {
      if (id && typeof id === 'object' && typeof id.toHexString === 'function')
        id = id.toHexString();
      if (id === undefined || id === null) {
        const t = Math.floor(Date.now() / 1000);
        counter = (counter + 1) % 0xffffff;
        id = [t >>> 24, t >>> 16, t >>> 8, t, ...unique, counter >>> 16, counter >>> 8, counter]
          .map((b) => (b & 255).toString(16).padStart(2, '0')).join('');
      }
      if (typeof id !== 'string' || !HEX.test(id))
        throw new TypeError('an ObjectId is made of 24 hexadecimal characters');
      hidden(this, '_hex', id.toLowerCase());
    }
    toHexString() { return this._hex; }
    toString() { return this._hex; }
    toJSON() { return this._hex; }
    equals(other) {
      return other !== null && other !== undefined
        && String(typeof other.toHexString === 'function' ? other.toHexString() : other)
          .toLowerCase() === this._hex;
    }
    getTimestamp() { return new Date(parseInt(this._hex.slice(0, 8), 16) * 1000); }
    static isValid(id) { return typeof id === 'string' ? HEX.test(id) : id instanceof ObjectId; }
  }
  hidden(ObjectId.prototype, '_bsontype', 'ObjectId');
  class Decimal128 {
    constructor(text) { hidden(this, '_text', String(text)); }
    static fromString(text) { return new Decimal128(text); }
    toString() { return this._text; }
    toJSON() { return { $numberDecimal: this._text }; }
  }
  hidden(Decimal128.prototype, '_bsontype', 'Decimal128');
  class Binary {
    constructor(base64 = '', subType = 0) {
      hidden(this, '_base64', String(base64));
      hidden(this, 'sub_type', Number(subType) || 0);
    }
    static fromText(text) { return new Binary(btoa(unescape(encodeURIComponent(String(text))))); }
    toString(encoding) { return encoding === 'base64' ? this._base64 : atob(this._base64); }
    length() { return atob(this._base64).length; }
    toJSON() { return this._base64; }
  }
  hidden(Binary.prototype, '_bsontype', 'Binary');
  class Timestamp {
    constructor(t, i) { hidden(this, 't', Number(t) >>> 0); hidden(this, 'i', Number(i) >>> 0); }
    toJSON() { return { $timestamp: { t: this.t, i: this.i } }; }
  }
  hidden(Timestamp.prototype, '_bsontype', 'Timestamp');
  return { ObjectId, ObjectID: ObjectId, Decimal128, Binary, Timestamp };
})`, { filename: 'stitch:bson' });

const BOOTSTRAP = new vm.Script(`(function (host) {
  'use strict';${SERVICES}
  const console = {};
  for (const name of ['log', 'info', 'debug', 'trace']) console[name] = (...a) => host.log(a);
  for (const name of ['error', 'warn']) console[name] = (...a) => host.error(a);
  const context = {
    values: { get: (name) => host.value(String(name)) },
    functions: { execute: (name, ...args) => host.execute(String(name), args) },
    services,
    user: host.user,
    request: host.request,
  };
  return {
    console,
    context,
    setTimeout: (fn, ms, ...args) => host.setTimer(fn, ms, args, false),
    setInterval: (fn, ms, ...args) => host.setTimer(fn, ms, args, true),
    clearTimeout: (id) => host.clearTimer(id),
    clearInterval: (id) => host.clearTimer(id),
  };
})`, { filename: 'stitch:bootstrap' });

// An incoming webhook's (payload, response), made inside the context like every other helper.
const WEBHOOK = new vm.Script(`(function (host, query, headers, text) {
  'use strict';
  const body = { text: () => text, toString: () => text };
  const payload = { query, headers, body };
  const response = {
    setStatusCode: (code) => { host.respond('status', code); },
    setBody: (value) => { host.respond('body', value); },
    addHeader: (name, value) => { host.respond('header', name, value); },
  };
  return [payload, response];
})`, { filename: 'stitch:webhook' });

// The context's own constructors, so that values made for user code belong to its realm.
const INTRINSICS = new vm.Script(`({
  JSON, Date, RegExp, Error, TypeError, RangeError, SyntaxError, ReferenceError, Promise,
  loadArgs: () => [undefined, { exports: undefined }],
})`, { filename: 'stitch:intrinsics' });

const LOG_FORMAT = { customInspect: false, colors: false, depth: 6 };

// Where a reply goes: stdout, or in a debug process the relay thread (see the end of the file).
let writeLine = (line) => process.stdout.write(line + '\n');

function send(message)
{
    writeLine(JSON.stringify(message));
}

function now()
{
    return Number(process.hrtime.bigint()) / 1e6;
}

class TimeLimitError extends Error {}

class CompileError extends Error {
    constructor(error, file, source)
    {
        super(String(error && error.message));
        this.name = 'SyntaxError';
        // An unclosed function is reported on the line of load()'s epilogue: point at its end.
        this.line = Math.min(lineOf(error, file), source.split('\n').length);
    }
}

function lineOf(error, file)
{
    const stack = String((error && error.stack) || '');
    const m = stack.match(new RegExp('^' + file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + ':(\\d+)'));
    return m ? Number(m[1]) : 0;
}

// --- Extended JSON -------------------------------------------------------------------------------

function fromEJSON(run, value)
{
    if (value === undefined)
        return undefined;
    const kit = run.kit;
    return kit.JSON.parse(JSON.stringify(value), function (key, v) {
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            return v;
        const keys = Object.keys(v);
        if (keys.length === 1) {
            const x = v[keys[0]];
            switch (keys[0]) {
            case '$numberInt':
            case '$numberLong':
            case '$numberDouble':
                return Number(x);
            case '$date':
                if (typeof x === 'string' && !/^-?\d+$/.test(x))
                    return new kit.Date(x);
                if (typeof x === 'number' || typeof x === 'string')
                    return new kit.Date(Number(x));
                break;
            case '$undefined':
                return undefined;
            case '$oid':
                if (typeof x === 'string')
                    return new kit.BSON.ObjectId(x);
                break;
            case '$numberDecimal':
                return new kit.BSON.Decimal128(String(x));
            case '$binary':
                if (x && typeof x.base64 === 'string')
                    return new kit.BSON.Binary(x.base64, parseInt(x.subType, 16) || 0);
                break;
            case '$timestamp':
                if (x && typeof x === 'object')
                    return new kit.BSON.Timestamp(x.t, x.i);
                break;
            case '$regularExpression':
                if (x && typeof x.pattern === 'string')
                    return new kit.RegExp(x.pattern, x.options || '');
                break;
            }
        }
        return v;
    });
}

function formatDouble(v)
{
    if (Number.isNaN(v))
        return 'NaN';
    if (v === Infinity)
        return 'Infinity';
    if (v === -Infinity)
        return '-Infinity';
    if (Object.is(v, -0))
        return '-0.0';
    // Integral doubles as the real service writes them: {"$numberDouble": "800"}.
    return String(v);
}

function toEJSON(v, ancestors = new Set())
{
    switch (typeof v) {
    case 'undefined':
    case 'function':
    case 'symbol':
        return undefined;
    case 'boolean':
    case 'string':
        return v;
    case 'bigint':
        return { $numberLong: v.toString() };
    case 'number':
        // Every JavaScript number is a BSON double, integral or not (WIRE.md "Functions").
        return { $numberDouble: formatDouble(v) };
    }
    if (v === null)
        return null;
    if (util.types.isDate(v)) {
        const t = Date.prototype.getTime.call(v);
        return Number.isNaN(t) ? null : { $date: { $numberLong: String(t) } };
    }
    if (util.types.isRegExp(v))
        return { $regularExpression: { pattern: v.source, options: [...v.flags].sort().join('') } };
    if (util.types.isBoxedPrimitive(v))
        return toEJSON(v.valueOf(), ancestors);
    switch (v._bsontype) {
    case 'ObjectId':
        if (typeof v._hex === 'string')
            return { $oid: v._hex };
        break;
    case 'Decimal128':
        if (typeof v._text === 'string')
            return { $numberDecimal: v._text };
        break;
    case 'Binary':
        if (typeof v._base64 === 'string')
            return { $binary: { base64: v._base64,
                                subType: Number(v.sub_type || 0).toString(16).padStart(2, '0') } };
        break;
    case 'Timestamp':
        return { $timestamp: { t: Number(v.t) >>> 0, i: Number(v.i) >>> 0 } };
    }
    if (ancestors.has(v))
        throw new TypeError('Converting circular structure to EJSON');
    ancestors.add(v);
    let out;
    if (Array.isArray(v)) {
        out = [];
        for (let i = 0; i < v.length; ++i) {
            const x = toEJSON(v[i], ancestors);
            out.push(x === undefined ? null : x);
        }
    } else {
        out = {};
        for (const key of Object.keys(v)) {
            const x = toEJSON(v[key], ancestors);
            if (x !== undefined)
                out[key] = x;
        }
    }
    ancestors.delete(v);
    return out;
}

// --- One run -------------------------------------------------------------------------------------

function describe(value)
{
    try {
        if (value instanceof Error || (value && typeof value === 'object' && 'message' in value))
            return { message: String(value.message), name: String(value.name || 'Error') };
        return { message: typeof value === 'string' ? value : util.inspect(value, LOG_FORMAT),
                 name: '' };
    } catch (e) {
        return { message: 'unprintable exception', name: '' };
    }
}

// What V8 throws when the process's data limit (RLIMIT_DATA) refuses a buffer's memory; the
// error comes from the run's realm, so it is recognised by name and message.
function isOutOfMemory(e)
{
    try {
        return !!e && e.name === 'RangeError' && /allocation failed/.test(String(e.message));
    } catch (x) {
        return false;
    }
}

function isTimeout(run, e)
{
    return run.timedOut || e === TIMEOUT || e instanceof TimeLimitError
        || (e && e.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT');
}

// A host error must not reach user code: its constructor chain leads to the host realm.
function toContextError(run, e)
{
    if (!(e instanceof Error))
        return e;
    if (isTimeout(run, e)) {
        run.timedOut = true;
        return new run.kit.RangeError('execution time limit exceeded');
    }
    const Ctor = run.kit[e.name] || run.kit.Error;
    return new Ctor(String(e.message));
}

function guarded(run, fn, args)
{
    const left = run.deadline - now();
    if (left <= 0 || run.done) {
        run.timedOut = true;
        throw new TimeLimitError('execution time limit exceeded');
    }
    const holder = Object.create(null);
    holder.f = fn;
    holder.a = args;
    Object.defineProperty(run.sandbox, CALL_SLOT,
                          { value: holder, configurable: true, writable: true, enumerable: false });
    return callScript.runInContext(run.ctx, { timeout: Math.max(1, Math.ceil(left)) });
}

// Accepts `exports = function` and `module.exports = function`; the source's own top level runs
// in a function scope, so two functions of one run never clash over their declarations.
function load(run, name, source)
{
    const file = `${name || 'function'}.js`;
    let wrapper;
    try {
        wrapper = vm.compileFunction(
            `${source}\n;return module.exports !== undefined ? module.exports : exports;`,
            ['exports', 'module'], { parsingContext: run.ctx, filename: file });
    } catch (e) {
        throw new CompileError(e, file, source);
    }
    return guarded(run, wrapper, run.kit.loadArgs());
}

// In a debug process, console output also goes to the debugger as it happens, as the relay's
// Runtime.consoleAPICalled (the host's console would write to stdout, which carries the protocol
// there, and its inspector events do not reach a session held by another thread).
const debugConsole = process.env.STITCH_DEBUG_RELAY === '1';

function capture(run, lines, args, level)
{
    if (run.done)
        return; // a callback left behind by a finished run
    try {
        lines.push(util.formatWithOptions(LOG_FORMAT, ...Array.from(args)));
    } catch (e) {
        throw toContextError(run, e);
    }
    if (debugConsole)
        send({ type: 'console', level, text: lines[lines.length - 1] });
}

function hostApi(run, msg)
{
    return {
        user: fromEJSON(run, msg.user || { id: '' }),
        request: fromEJSON(run, msg.request),
        log(args) {
            capture(run, run.logs, args, 'log');
        },
        error(args) {
            capture(run, run.errorLogs, args, 'error');
        },
        value(name) {
            const values = msg.values || {};
            if (!Object.prototype.hasOwnProperty.call(values, name))
                return undefined;
            if (!run.valueCache.has(name))
                run.valueCache.set(name, fromEJSON(run, values[name]));
            return run.valueCache.get(name);
        },
        execute(name, args) {
            try {
                let fn = run.loaded.get(name);
                if (fn === undefined) {
                    const functions = msg.functions || {};
                    if (!Object.prototype.hasOwnProperty.call(functions, name))
                        throw new Error(`function not found: '${name}'`);
                    fn = load(run, name, String(functions[name]));
                    run.loaded.set(name, fn);
                }
                if (typeof fn !== 'function')
                    throw new TypeError(`function '${name}' does not export a function`);
                return guarded(run, fn, args);
            } catch (e) {
                throw toContextError(run, e);
            }
        },
        setTimer(fn, ms, args, repeat) {
            if (typeof fn !== 'function')
                throw new run.kit.TypeError('callback must be a function');
            if (run.done)
                return 0;
            const id = ++run.timerSeq;
            const tick = () => {
                if (!repeat)
                    run.timers.delete(id);
                if (run.done)
                    return;
                try {
                    // Through the context's script runner: its microtasks (an await resumed by
                    // this timer) run right after, under the run's time limit.
                    guarded(run, fn, Array.from(args));
                } catch (e) {
                    if (isOutOfMemory(e))
                        run.outOfMemory = true;
                    run.errorLogs.push(`uncaught exception in timer: ${describe(e).message}`);
                }
            };
            const delay = Math.max(0, Number(ms) || 0);
            run.timers.set(id, repeat ? setInterval(tick, delay) : setTimeout(tick, delay));
            return id;
        },
        service(name, action, args) {
            if (run.done)
                throw new run.kit.Error('the run has ended');
            let ejson;
            try {
                ejson = toEJSON(args);
            } catch (e) {
                throw toContextError(run, e);
            }
            const call = ++serviceCallSeq;
            return new run.kit.Promise((resolve, reject) => {
                serviceCalls.set(call, { run, resolve, reject });
                run.serviceCalls.add(call);
                send({ type: 'service', run: run.id, call, service: name, action,
                       arguments: ejson });
            });
        },
        clearTimer(id) {
            const handle = run.timers.get(Number(id));
            if (handle !== undefined) {
                clearTimeout(handle);
                run.timers.delete(Number(id));
            }
        },
    };
}

function webhookArgs(run, webhook)
{
    const host = {
        respond(what, a, b) {
            if (run.done)
                return;
            const response = run.response || (run.response = { status: 200, headers: {}, body: '' });
            if (what === 'status') {
                const code = Number(a);
                if (!Number.isInteger(code) || code < 100 || code > 599)
                    throw new run.kit.TypeError(`invalid status code: ${String(a)}`);
                response.status = code;
            } else if (what === 'body') {
                response.body = typeof a === 'string' ? a : JSON.stringify(toEJSON(a)) ?? '';
            } else {
                const name = String(a);
                response.headers[name] = (response.headers[name] || []).concat(String(b));
            }
        },
    };
    return WEBHOOK.runInContext(run.ctx)(host, fromEJSON(run, webhook.query || {}),
                                         fromEJSON(run, webhook.headers || {}),
                                         String(webhook.body || ''));
}

function setUp(run, msg)
{
    run.sandbox = Object.create(null);
    // A queue of microtasks per context, drained after each evaluation within its timeout: an
    // endless promise chain stops at its own run's time limit instead of holding the worker (and
    // every later run on it) for good.
    run.ctx = vm.createContext(run.sandbox, { name: `stitch run ${run.id}`,
                                              codeGeneration: { strings: true, wasm: false },
                                              microtaskMode: 'afterEvaluate' });
    run.kit = INTRINSICS.runInContext(run.ctx);
    run.kit.BSON = BSON_KIT.runInContext(run.ctx)();
    run.sandbox.BSON = run.kit.BSON;
    const helpers = BOOTSTRAP.runInContext(run.ctx)(hostApi(run, msg));
    for (const name of ['console', 'context', 'setTimeout', 'setInterval', 'clearTimeout',
                        'clearInterval'])
        run.sandbox[name] = helpers[name];
    // The app's uploaded node_modules: require() resolves there. A require of its own per
    // folder, and a new folder per upload, so a run never gets a package an upload replaced.
    if (typeof msg.dependencies_dir === 'string' && msg.dependencies_dir)
        run.sandbox.require = requireFor(msg.dependencies_dir);
}

async function execute(msg)
{
    const started = process.hrtime.bigint();
    const limit = Math.max(1, Number(msg.time_limit_ms) || 90000);
    const run = { id: msg.id, logs: [], errorLogs: [], timers: new Map(), timerSeq: 0,
                  loaded: new Map(), valueCache: new Map(), done: false, timedOut: false,
                  serviceCalls: new Set(), ruleDecisions: [],
                  deadline: now() + limit };
    let timer;
    // Timers run on the loop's cached clock and may fire a little early: re-arm until the
    // deadline has really passed.
    const expired = new Promise((resolve) => {
        const arm = () => {
            const left = run.deadline - now();
            if (left > 0)
                timer = setTimeout(arm, Math.ceil(left));
            else
                resolve(TIMEOUT);
        };
        arm();
    });
    const reply = { id: msg.id };
    try {
        setUp(run, msg);
        if (debugConsole) {
            // A debug run loads every app function first, so that stepping into
            // context.functions.execute lands in the function rather than in its file's top
            // level. One that does not load fails later, where it is executed, as in any run.
            const functions = msg.functions || {};
            for (const name of Object.keys(functions)) {
                if (name === msg.name)
                    continue;
                try {
                    run.loaded.set(name, load(run, name, String(functions[name])));
                } catch (e) {
                    // left for execute() to load again and report
                }
            }
        }
        let main;
        if (typeof msg.source === 'string') {
            main = load(run, msg.name, msg.source);
        } else {
            const functions = msg.functions || {};
            if (!Object.prototype.hasOwnProperty.call(functions, msg.name)) {
                reply.error_code = 'FunctionNotFound';
                throw new Error(`function not found: '${msg.name}'`);
            }
            main = load(run, msg.name, String(functions[msg.name]));
        }
        let value;
        const args = msg.webhook ? webhookArgs(run, msg.webhook)
                                 : fromEJSON(run, msg.arguments || []);
        if (typeof msg.eval_source === 'string') {
            run.sandbox.exports = main;
            let script;
            try {
                script = new vm.Script(msg.eval_source, { filename: 'eval_source.js' });
            } catch (e) {
                throw new CompileError(e, 'eval_source.js', msg.eval_source);
            }
            const left = run.deadline - now();
            value = script.runInContext(run.ctx, { timeout: Math.max(1, Math.ceil(left)) });
        } else {
            if (typeof main !== 'function')
                throw new TypeError('exports is not a function');
            value = guarded(run, main, args);
        }
        if (value !== null && (typeof value === 'object' || typeof value === 'function')
            && typeof value.then === 'function') {
            // Subscribed from inside the context: a thenable resolved from out here would queue
            // its job on the context's own microtask queue, which nothing drains any more.
            const settled = new Promise((resolve, reject) => {
                guarded(run, (p) => { p.then(resolve, reject); }, [value]);
            });
            value = await Promise.race([settled, expired]);
        }
        if (value === TIMEOUT || run.timedOut)
            throw TIMEOUT;
        const result = toEJSON(value);
        if (result !== undefined)
            reply.result = result;
    } catch (e) {
        if (isTimeout(run, e)) {
            reply.error = { message: 'execution time limit exceeded', name: 'TimeoutError' };
            reply.error_code = 'ExecutionTimeLimitExceeded';
        } else if (isOutOfMemory(e) || run.outOfMemory) {
            // The worker's whole-process limit: the runtime restarts it (runtimeworker.cpp).
            reply.error = { message: 'memory limit exceeded', name: 'RangeError' };
            reply.error_code = 'FunctionExecutionError';
            reply.memory_exceeded = true;
        } else if (e instanceof CompileError) {
            reply.error = { message: e.message, name: 'SyntaxError' };
            reply.error_code = 'FunctionSyntaxError';
            reply.line = e.line;
        } else {
            reply.error = describe(e);
            reply.error_code = reply.error_code || 'FunctionExecutionError';
        }
    } finally {
        run.done = true;
        clearTimeout(timer);
        for (const handle of run.timers.values())
            clearTimeout(handle);
        run.timers.clear();
        for (const call of run.serviceCalls)
            serviceCalls.delete(call);
        run.serviceCalls.clear();
    }
    reply.logs = run.logs;
    reply.error_logs = run.errorLogs;
    if (run.response)
        reply.response = run.response;
    if (run.ruleDecisions.length)
        reply.rules = Array.from(new Set(run.ruleDecisions));
    reply.execution_ns = Number(process.hrtime.bigint() - started);
    send(reply);
}

function checkSyntax(msg)
{
    const file = 'source.js';
    try {
        vm.compileFunction(String(msg.source), ['exports', 'module'], { filename: file });
        send({ id: msg.id, ok: true });
    } catch (e) {
        const m = String(e.stack || '').match(/^source\.js:(\d+)\n.*\n( *)\^/);
        send({ id: msg.id, ok: false, error: { message: String(e.message), name: e.name },
               line: lineOf(e, file), column: m ? m[2].length + 1 : 0 });
    }
}

// Service calls waiting for their reply: call id → {run, resolve, reject}.
let serviceCallSeq = 0;
const serviceCalls = new Map();

function serviceReplied(msg)
{
    const pending = serviceCalls.get(msg.call);
    if (!pending)
        return;
    serviceCalls.delete(msg.call);
    const run = pending.run;
    run.serviceCalls.delete(msg.call);
    if (run.done)
        return;
    if (typeof msg.rule === 'string' && msg.rule)
        run.ruleDecisions.push(msg.rule);
    try {
        // Settled through the context's script runner, so that what awaits it runs now, under
        // the run's time limit (as a timer's callback does).
        if (msg.error) {
            const error = new run.kit.Error(String(msg.error.message || 'service error'));
            error.code = String(msg.error.code || '');
            guarded(run, pending.reject, [error]);
        } else {
            guarded(run, pending.resolve, [fromEJSON(run, msg.result === undefined ? null : msg.result)]);
        }
    } catch (e) {
        if (isTimeout(run, e))
            run.timedOut = true;
    }
}

const MAX_CONTEXTS = 16;
const contexts = new Map();

function handle(line)
{
    let msg;
    try {
        msg = JSON.parse(line);
    } catch (e) {
        process.stderr.write(`runner: unreadable request: ${e.message}\n`);
        return;
    }
    if (msg.op === 'context') {
        // An app's values and functions, kept for the runs that name them (runtimeworker.cpp
        // evicts the same way, oldest first).
        contexts.delete(msg.key);
        contexts.set(msg.key, { values: msg.values || {}, functions: msg.functions || {} });
        if (contexts.size > MAX_CONTEXTS)
            contexts.delete(contexts.keys().next().value);
    } else if (msg.op === 'run') {
        if (typeof msg.context === 'string') {
            const held = contexts.get(msg.context) || { values: {}, functions: {} };
            msg.values = held.values;
            msg.functions = held.functions;
        }
        execute(msg).catch((e) => {
            send({ id: msg.id, error: describe(e), error_code: 'FunctionExecutionError',
                   logs: [], error_logs: [], execution_ns: 0 });
        });
    } else if (msg.op === 'service_reply') {
        serviceReplied(msg);
    } else if (msg.op === 'check') {
        checkSyntax(msg);
    }
}

// User code may leave a rejected promise or a throwing callback behind after its run ended;
// neither may take the worker (and the other runs in it) down.
process.on('unhandledRejection', () => {});
process.on('uncaughtException', (e) => {
    process.stderr.write(`runner: uncaught exception: ${describe(e).message}\n`);
});

// A debug run (src/server/runtime/debugprocess.cpp) gets a process of its own, started with
// STITCH_DEBUG_RELAY=1. Its inspector is never opened on a port (any local user could ask a port
// for its WebSocket URL and run code in the process): a worker thread holds an inspector session
// on this thread and relays the DevTools protocol over the pipes, which go on working while this
// thread sits paused at a breakpoint. On stdout every line is "C" + a protocol message or "R" +
// a runner reply; on stdin "C" + a protocol command or "R" + a runner request. The relay is the
// only writer of stdout, so lines never interleave. Inspector sessions need the permission model
// off, so a debug process runs without it (still without code generation from strings).
const DEBUG_RELAY = `'use strict';
const { parentPort } = require('worker_threads');
const inspector = require('inspector');
const fs = require('fs');
const out = (tag, text) => fs.writeSync(1, tag + text + '\\n');
const session = new inspector.Session();
session.connectToMainThread();
session.on('inspectorNotification', (m) => out('C', JSON.stringify(m)));
parentPort.on('message', (line) => {
    if (!line.startsWith('{"type":"console"'))
        return out('R', line);
    const m = JSON.parse(line);
    out('C', JSON.stringify({ method: 'Runtime.consoleAPICalled',
                              params: { type: m.level, args: [{ type: 'string', value: m.text }],
                                        executionContextId: 0, timestamp: Date.now() } }));
});
function command(line)
{
    let m;
    try {
        m = JSON.parse(line);
    } catch (e) {
        return;
    }
    try {
        session.post(String(m.method), m.params || {}, (error, result) => {
            const match = error ? /(-?\\d+): (.*)$/s.exec(String(error.message)) : null;
            out('C', JSON.stringify(error
                ? { id: m.id, error: { code: match ? Number(match[1]) : -32000,
                                       message: match ? match[2] : String(error.message) } }
                : { id: m.id, result: result || {} }));
        });
    } catch (e) {
        out('C', JSON.stringify({ id: m.id, error: { code: -32600, message: String(e.message) } }));
    }
}
let pending = '';
const input = fs.createReadStream(null, { fd: 0, encoding: 'utf8' });
input.on('data', (chunk) => {
    pending += chunk;
    let newline;
    while ((newline = pending.indexOf('\\n')) >= 0) {
        const line = pending.slice(0, newline);
        pending = pending.slice(newline + 1);
        if (line[0] === 'C')
            command(line.slice(1));
        else if (line[0] === 'R')
            parentPort.postMessage(line.slice(1));
    }
});
input.on('end', () => process.exit(0));
`;

if (process.env.STITCH_DEBUG_RELAY === '1') {
    const { Worker } = require('worker_threads');
    const relay = new Worker(DEBUG_RELAY, { eval: true });
    writeLine = (line) => relay.postMessage(line);
    relay.on('message', handle);
    relay.on('error', (e) => {
        process.stderr.write(`runner: the debug relay failed: ${describe(e).message}\n`);
        process.exit(70);
    });
    // The server closed our stdin (it went away): the relay ends, and the process with it.
    relay.on('exit', () => process.exit(0));
} else {
    // A long line (a 16 MB document) comes in many chunks: they are kept apart and joined once
    // its end has come, instead of growing (and flattening) one string per chunk.
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
            if (line.trim())
                handle(line);
        }
        if (text)
            pending.push(text);
    });
    process.stdin.on('end', () => process.exit(0));
}
send({ type: 'ready', pid: process.pid });
