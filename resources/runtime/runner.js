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

const BOOTSTRAP = new vm.Script(`(function (host) {
  'use strict';
  const console = {};
  for (const name of ['log', 'info', 'debug', 'trace']) console[name] = (...a) => host.log(a);
  for (const name of ['error', 'warn']) console[name] = (...a) => host.error(a);
  const context = {
    values: { get: (name) => host.value(String(name)) },
    functions: { execute: (name, ...args) => host.execute(String(name), args) },
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
  JSON, Date, RegExp, Error, TypeError, RangeError, SyntaxError, ReferenceError,
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
    }
    reply.logs = run.logs;
    reply.error_logs = run.errorLogs;
    if (run.response)
        reply.response = run.response;
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
    let pending = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk) => {
        pending += chunk;
        let newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const line = pending.slice(0, newline);
            pending = pending.slice(newline + 1);
            if (line.trim())
                handle(line);
        }
    });
    process.stdin.on('end', () => process.exit(0));
}
send({ type: 'ready', pid: process.pid });
