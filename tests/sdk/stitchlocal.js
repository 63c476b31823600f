// Shared by the SDK scripts: starts a built stitch-local on 127.0.0.1 port 0 in a temporary data
// folder, sets an app up through the Admin API, and records the SDK's HTTP calls.
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

// The SDK from npm is the point of these tests: without it they fail, saying how to get it.
function requireSdk() {
  try {
    return require('mongodb-stitch-server-sdk');
  } catch (error) {
    console.error('FAIL: the official SDK is not installed (' + error.message + ').\n' +
      'Run packaging/install-deps.sh, or: npm ci --prefix tests/sdk');
    process.exit(1);
  }
}

// Resolves {url, stop, dataDir} once the server prints its "listening on" line.
function startServer(binary, adminUser, adminPassword) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stitch-sdk-e2e-'));
  const child = spawn(binary, ['--listen', '127.0.0.1:0', '--data', path.join(dataDir, 'store'),
    '--admin-user', adminUser + ':' + adminPassword], { stdio: ['ignore', 'pipe', 'inherit'] });
  const stop = () => {
    if (child.exitCode === null)
      child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error('stitch-local did not start in 20 s')), 20000);
    child.on('exit', (code) => reject(new Error('stitch-local exited with ' + code)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], stop, dataDir });
      }
    });
  });
}

// A small Admin API client on fetch (Node 18+), for what the app needs before the SDK starts.
class Admin {
  constructor(url) { this.base = url + '/api/admin/v3.0'; }

  async send(method, route, body) {
    const headers = { 'Content-Type': 'application/json' };
    if (this.token)
      headers.Authorization = 'Bearer ' + this.token;
    const response = await fetch(this.base + route, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(method + ' ' + route + ' answered ' + response.status + ': ' + text);
    return text ? JSON.parse(text) : null;
  }

  async login(username, password) {
    const tokens = await this.send('POST', '/auth/providers/local-userpass/login',
      { username, password });
    this.token = tokens.access_token;
    const profile = await this.send('GET', '/auth/profile');
    this.groupId = profile.roles[0].group_id;
  }

  async createApp(name) {
    const app = await this.send('POST', '/groups/' + this.groupId + '/apps', { name });
    this.app = '/groups/' + this.groupId + '/apps/' + app._id;
    return app;
  }

  appSend(method, route, body) { return this.send(method, this.app + route, body); }

  // Creates the provider, or enables and reconfigures the one a new app already has.
  async provider(type, config) {
    const existing = (await this.appSend('GET', '/auth_providers')).find((p) => p.type === type);
    if (!existing)
      return this.appSend('POST', '/auth_providers', config ? { type, config } : { type });
    if (config)
      await this.appSend('PATCH', '/auth_providers/' + existing._id, { config });
    if (existing.disabled)
      await this.appSend('PUT', '/auth_providers/' + existing._id + '/enable');
    return existing;
  }
}

// Wraps the SDK's transport: every call and its answer go to lines[].
function recordingTransport(Transport, lines) {
  const inner = new Transport();
  // Tokens shortened, passwords hidden: the transcript is for reading, not for replaying.
  const shorten = (text) => String(text || '')
    .replace(/eyJ[\w-]+\.[\w-]+\.[\w-]+/g, (jwt) => jwt.slice(0, 12) + '…(JWT)')
    .replace(/"password":"[^"]*"/g, '"password":"…"');
  return {
    roundTrip(request) {
      const route = request.url.replace(/^https?:\/\/[^/]+/, '');
      lines.push('→ ' + request.method + ' ' + route + (request.body ? '  ' + shorten(request.body) : ''));
      return inner.roundTrip(request).then((response) => {
        lines.push('← ' + response.statusCode + (response.body ? '  ' + shorten(response.body) : ''));
        return response;
      });
    },
    stream(request, open, retry) { return inner.stream(request, open, retry); },
  };
}

module.exports = { requireSdk, startServer, Admin, recordingTransport };
