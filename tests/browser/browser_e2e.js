// End-to-end in a real headless browser: Debian's chromium driven over the DevTools protocol by
// playwright-core, with the official browser SDK (mongodb-stitch-browser-sdk), both pinned by
// package-lock.json, against a built stitch-local:
//   node browser_e2e.js <path to stitch-local> [--data]
// A page uploaded to stitch-local's hosting, with the SDK's bundle beside it, logs in
// anonymously and calls a function (and, with --data, inserts and reads back a document through
// the remote MongoDB client); the same page from another origin that the app allows works
// through CORS; from an origin the app does not allow, the browser refuses the answers.
// Every address is 127.0.0.1. Prints "N passed, M failed" and exits non-zero on any failure.
'use strict';

const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const path = require('path');

const { startServer, Admin } = require('../sdk/stitchlocal');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const results = [];

function need(name) {
  try {
    return require(name);
  } catch (error) {
    console.error('FAIL: ' + name + ' is not installed (' + error.message + ').\n' +
      'Run packaging/install-deps.sh, or: npm ci --prefix tests/browser');
    process.exit(1);
  }
}

async function step(name, work) {
  try {
    await work();
    results.push([name, null]);
    console.log('PASS ' + name);
  } catch (error) {
    results.push([name, error]);
    console.log('FAIL ' + name + ': ' + (error && error.stack || error));
  }
}

const pageHtml = fs.readFileSync(path.join(__dirname, 'page.html'));
const sdkBundle = fs.readFileSync(require.resolve('mongodb-stitch-browser-sdk/dist/browser/stitch.js'));

// PUT .../hosting/assets/asset as the console uploads: a meta part and the file's bytes.
async function upload(admin, appId, filePath, bytes, contentType) {
  const meta = {
    appId, path: filePath, size: bytes.length,
    hash: crypto.createHash('md5').update(bytes).digest('hex'),
    attrs: [{ name: 'Content-Type', value: contentType }],
  };
  const form = new FormData();
  form.append('meta', JSON.stringify(meta));
  form.append('file', new Blob([bytes]), path.basename(filePath));
  const response = await fetch(admin.base + admin.app + '/hosting/assets/asset', {
    method: 'PUT', headers: { Authorization: 'Bearer ' + admin.token }, body: form,
  });
  if (!response.ok)
    throw new Error('upload of ' + filePath + ' answered ' + response.status + ': '
      + await response.text());
}

// The same page and bundle from a server of our own on 127.0.0.1: another origin.
function startPageServer() {
  const server = http.createServer((request, response) => {
    if (request.url.startsWith('/stitch.js')) {
      response.writeHead(200, { 'Content-Type': 'text/javascript' });
      return response.end(sdkBundle);
    }
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end(pageHtml);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  const binary = process.argv[2];
  const withData = process.argv.includes('--data');
  if (!binary || !fs.existsSync(binary)) {
    console.error('usage: node browser_e2e.js <path to stitch-local> [--data]');
    process.exit(2);
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error('FAIL: no chromium at ' + CHROMIUM + ': run packaging/install-deps.sh');
    process.exit(1);
  }
  const { chromium } = need('playwright-core');

  const server = await startServer(binary, 'browser', 'browser-pw');
  const allowedPages = await startPageServer();
  const otherPages = await startPageServer();
  const allowedOrigin = 'http://127.0.0.1:' + allowedPages.address().port;
  const otherOrigin = 'http://127.0.0.1:' + otherPages.address().port;
  let browser;
  try {
    const admin = new Admin(server.url);
    await admin.login('browser', 'browser-pw');
    const app = await admin.createApp('browser-e2e');
    await admin.provider('anon-user');
    await admin.appSend('POST', '/functions', {
      name: 'sum', private: false, source: 'exports = (a, b) => a + b;' });
    if (withData) {
      const service = await admin.appSend('POST', '/services',
        { name: 'mongodb-atlas', type: 'mongodb-atlas', config: { clusterName: 'local' } });
      await admin.appSend('POST', '/services/' + service._id + '/rules', {
        database: 'e2e', collection: 'items',
        roles: [{ name: 'owner', apply_when: {}, read: true, write: true, insert: true,
          delete: true }],
      });
    }
    // The app's own hosting is same-origin; one dev server is allowed, the other is not.
    await admin.appSend('POST', '/security/allowed_request_origins', [server.url, allowedOrigin]);
    await upload(admin, app._id, '/index.html', pageHtml, 'text/html');
    await upload(admin, app._id, '/stitch.js', sdkBundle, 'text/javascript');

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // Root in a container has no user namespace for chromium's sandbox.
      args: ['--no-sandbox', '--disable-gpu', '--no-proxy-server'],
    });

    const run = async (url) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const console = [];
      page.on('console', (message) => console.push(message.text()));
      try {
        await page.goto(url);
        const answer = await page.evaluate(
          ([base, id, data]) => window.runE2E(base, id, data)
            .then((value) => ({ value }), (error) => ({ error: String(error && error.message || error) })),
          [server.url, app.client_app_id, withData]);
        return { ...answer, console };
      } finally {
        await context.close();
      }
    };

    await step('a page hosted on stitch-local logs in and calls a function', async () => {
      const answer = await run(server.url + '/hosting/' + app.client_app_id + '/index.html');
      assert.ifError(answer.error);
      assert.strictEqual(answer.value.sum, 5);
      assert.match(answer.value.userId, /^[0-9a-f]{24}$/);
      if (withData) {
        assert.match(answer.value.insertedId, /^[0-9a-f]{24}$/);
        assert.deepStrictEqual(answer.value.found, ['from the browser']);
      }
    });

    await step('a page from an allowed origin works through CORS', async () => {
      const answer = await run(allowedOrigin + '/index.html');
      assert.ifError(answer.error);
      assert.strictEqual(answer.value.sum, 5);
    });

    await step('a page from an origin not allowed fails in the browser', async () => {
      const answer = await run(otherOrigin + '/index.html');
      assert.ok(answer.error, 'the call went through: ' + JSON.stringify(answer.value));
      // The browser's own words: the answer had no Access-Control-Allow-Origin for this page.
      const said = answer.console.join('\n');
      assert.match(said, /CORS|Access-Control-Allow-Origin/, said);
    });
  } finally {
    if (browser)
      await browser.close();
    allowedPages.close();
    otherPages.close();
    server.stop();
  }
  const failed = results.filter(([, error]) => error).length;
  console.log((results.length - failed) + ' passed, ' + failed + ' failed');
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error('FAIL: ' + (error && error.stack || error));
  console.log('0 passed, 1 failed');
  process.exit(1);
});
