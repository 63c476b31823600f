// End-to-end: the official end-user SDK from npm (mongodb-stitch-server-sdk, pinned by
// package-lock.json) against a built stitch-local, unchanged:
//   node e2e.js <path to stitch-local> [transcript file]
// Each login kind, linking an anonymous user to an email identity, custom-token with a signed
// JWT, the user's API keys, restoring logged-in users from storage, calling functions, the remote
// MongoDB client on stitch-local's local MongoDB service under its rules. Prints
// "N passed, M failed" and exits non-zero on any failure.
'use strict';

const assert = require('assert');
const fs = require('fs');
const path = require('path');

const { requireSdk, startServer, Admin, recordingTransport } = require('./stitchlocal');
const { example } = require('./example');

const sdk = requireSdk();
const jwt = require('jsonwebtoken'); // comes with the SDK
const NodeFetchStreamTransport = require(
  'mongodb-stitch-server-core/dist/cjs/core/internal/net/NodeFetchStreamTransport').default;
const {
  Stitch, StitchAppClientConfiguration, AnonymousCredential, UserPasswordCredential,
  UserPasswordAuthProviderClient, ServerApiKeyCredential, UserApiKeyCredential,
  UserApiKeyAuthProviderClient, CustomCredential, FunctionCredential, StitchServiceError,
  RemoteMongoClient,
} = sdk;

const SIGNING_KEY = 'e2e-signing-key-of-32-characters';
const results = [];

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

async function setUpApp(admin) {
  const app = await admin.createApp('sdk-e2e');
  await admin.provider('anon-user');
  await admin.provider('local-userpass',
    { autoConfirm: true, resetPasswordUrl: 'https://example.com/reset' });
  await admin.provider('api-key');
  await admin.provider('custom-token', { signingKey: SIGNING_KEY });
  await admin.appSend('POST', '/functions', {
    name: 'authByName', private: true,
    source: 'exports = (payload) => payload.username;' });
  await admin.provider('custom-function', { authFunctionName: 'authByName' });
  await admin.appSend('POST', '/functions',
    { name: 'sum', source: 'exports = (a, b) => a + b;' });
  await admin.appSend('POST', '/functions',
    { name: 'whoAmI', source: 'exports = () => context.user.id;' });
  await admin.appSend('POST', '/functions',
    { name: 'hidden', private: true, source: 'exports = () => "never";' });
  return app;
}

function newClient(clientAppId, url, dataDirectory, transport) {
  const config = new StitchAppClientConfiguration.Builder()
    .withBaseUrl(url).withDataDirectory(dataDirectory);
  if (transport)
    config.withTransport(transport);
  return Stitch.initializeAppClient(clientAppId, config.build());
}

async function main() {
  const [binary, transcript] = process.argv.slice(2);
  if (!binary || !fs.existsSync(binary))
    throw new Error('usage: node e2e.js <path to stitch-local> [transcript file]');
  const server = await startServer(binary, 'dev', 'dev-password');
  try {
    const admin = new Admin(server.url);
    await admin.login('dev', 'dev-password');
    const app = await setUpApp(admin);
    const cid = app.client_app_id;
    const storage = path.join(server.dataDir, 'sdk');
    fs.mkdirSync(storage);

    await step('README example: anonymous, link an email, call a function', async () => {
      const lines = [];
      const exampleDir = path.join(server.dataDir, 'example');
      fs.mkdirSync(exampleDir);
      const result = await example(server.url, cid, exampleDir,
        recordingTransport(NodeFetchStreamTransport, lines));
      assert.strictEqual(result.userId, result.guestId);
      assert.strictEqual(result.identities, 2);
      assert.strictEqual(result.sum, 5);
      if (transcript)
        fs.writeFileSync(transcript, lines.join('\n') + '\n');
      Stitch.clearApps();
    });

    const client = newClient(cid, server.url, storage);
    const emails = client.auth.getProviderClient(UserPasswordAuthProviderClient.factory);

    await step('anonymous login and profile', async () => {
      const user = await client.auth.loginWithCredential(new AnonymousCredential());
      assert.strictEqual(user.loggedInProviderType, 'anon-user');
      assert.strictEqual(user.identities[0].providerType, 'anon-user');
      assert.strictEqual(await client.callFunction('whoAmI', []), user.id);
    });

    await step('email: register, log in, link to an anonymous user', async () => {
      await emails.registerWithEmail('bea@example.com', 'password1');
      const guest = await client.auth.loginWithCredential(new AnonymousCredential());
      const linked = await guest.linkWithCredential(
        new UserPasswordCredential('bea@example.com', 'password1'));
      assert.strictEqual(linked.id, guest.id);
      assert.deepStrictEqual(linked.identities.map((i) => i.providerType).sort(),
        ['anon-user', 'local-userpass']);
      const again = await client.auth.loginWithCredential(
        new UserPasswordCredential('bea@example.com', 'password1'));
      assert.strictEqual(again.id, guest.id);
      assert.strictEqual(again.profile.email, 'bea@example.com');
    });

    await step('linking an email that belongs to another user is refused', async () => {
      await emails.registerWithEmail('cy@example.com', 'password1');
      await client.auth.loginWithCredential(new UserPasswordCredential('cy@example.com', 'password1'));
      const guest = await client.auth.loginWithCredential(new AnonymousCredential());
      await assert.rejects(guest.linkWithCredential(
        new UserPasswordCredential('cy@example.com', 'password1')), StitchServiceError);
      assert.strictEqual(client.auth.user.identities.length, 1);
    });

    await step('custom-token with a signed JWT', async () => {
      const token = jwt.sign({ aud: cid, sub: 'ext-7',
        stitch_meta: { email: 'ext@example.com', name: 'Ex Ternal' } },
      SIGNING_KEY, { expiresIn: 600 });
      const user = await client.auth.loginWithCredential(new CustomCredential(token));
      assert.strictEqual(user.loggedInProviderType, 'custom-token');
      assert.strictEqual(user.profile.email, 'ext@example.com');
      assert.strictEqual(user.profile.name, 'Ex Ternal');
      const forged = jwt.sign({ aud: cid, sub: 'ext-7' }, 'not-the-key', { expiresIn: 600 });
      await assert.rejects(client.auth.loginWithCredential(new CustomCredential(forged)),
        StitchServiceError);
      const expired = jwt.sign({ aud: cid, sub: 'ext-7', exp: Math.floor(Date.now() / 1000) - 60 },
        SIGNING_KEY);
      await assert.rejects(client.auth.loginWithCredential(new CustomCredential(expired)),
        StitchServiceError);
    });

    await step('custom-function', async () => {
      const user = await client.auth.loginWithCredential(
        new FunctionCredential({ username: 'fn-user' }));
      assert.strictEqual(user.loggedInProviderType, 'custom-function');
      const again = await client.auth.loginWithCredential(
        new FunctionCredential({ username: 'fn-user' }));
      assert.strictEqual(again.id, user.id);
    });

    await step('server API key made by an admin', async () => {
      const key = await admin.appSend('POST', '/api_keys', { name: 'backend' });
      const user = await client.auth.loginWithCredential(new ServerApiKeyCredential(key.key));
      assert.strictEqual(user.userType, 'server');
    });

    await step("the user's own API keys", async () => {
      const owner = await client.auth.loginWithCredential(
        new UserPasswordCredential('bea@example.com', 'password1'));
      const keys = client.auth.getProviderClient(UserApiKeyAuthProviderClient.factory);
      const key = await keys.createApiKey('laptop');
      assert.ok(key.key);
      const listed = await keys.fetchApiKeys();
      assert.strictEqual(listed.length, 1);
      assert.strictEqual(listed[0].key, undefined);
      const viaKey = await client.auth.loginWithCredential(new UserApiKeyCredential(key.key));
      assert.strictEqual(viaKey.id, owner.id);
      await keys.disableApiKey(key.id);
      await assert.rejects(client.auth.loginWithCredential(new UserApiKeyCredential(key.key)));
      await keys.enableApiKey(key.id);
      await keys.deleteApiKey(key.id);
      assert.strictEqual((await keys.fetchApiKeys()).length, 0);
    });

    await step('calling functions: result, private, unknown', async () => {
      assert.strictEqual(await client.callFunction('sum', [40, 2]), 42);
      await assert.rejects(client.callFunction('hidden', []),
        (error) => error instanceof StitchServiceError && /function not found/.test(error.message));
      await assert.rejects(client.callFunction('nope', []), StitchServiceError);
    });

    await step('remote MongoDB: the commands, BSON types, rules', async () => {
      const service = await admin.appSend('POST', '/services',
        { name: 'mongodb-atlas', type: 'mongodb-atlas', config: { clusterName: 'Cluster0' } });
      await admin.appSend('POST', '/services/' + service._id + '/rules', {
        database: 'shop', collection: 'items',
        roles: [{ name: 'owner', apply_when: { owner_id: '%%user.id' },
          read: true, write: true, insert: true, delete: true }],
        filters: [], schema: { properties: { qty: { bsonType: 'number' } } } });
      const user = await client.auth.loginWithCredential(new AnonymousCredential());
      const items = client.getServiceClient(RemoteMongoClient.factory, 'mongodb-atlas')
        .db('shop').collection('items');
      const added = new Date(Date.UTC(2020, 1, 2));
      const inserted = await items.insertOne({ owner_id: user.id, name: 'pen', qty: 2, added });
      assert.ok(inserted.insertedId instanceof sdk.BSON.ObjectId);
      const many = await items.insertMany([{ owner_id: user.id, name: 'ink', qty: 5 },
        { owner_id: user.id, name: 'pad', qty: 1 }]);
      assert.strictEqual(Object.keys(many.insertedIds).length, 2);
      const found = await items.find({ qty: { $gt: 1 } },
        { sort: { qty: -1 }, limit: 5, projection: { _id: 0, name: 1 } }).toArray();
      assert.deepStrictEqual(found, [{ name: 'ink' }, { name: 'pen' }]);
      const pen = await items.findOne({ _id: inserted.insertedId });
      assert.strictEqual(pen.name, 'pen');
      assert.ok(pen.added instanceof Date);
      assert.strictEqual(pen.added.getTime(), added.getTime());
      const updated = await items.updateOne({ name: 'pen' }, { $inc: { qty: 1 } });
      assert.strictEqual(updated.matchedCount, 1);
      assert.strictEqual(updated.modifiedCount, 1);
      const upserted = await items.updateOne({ owner_id: user.id, name: 'cap' },
        { $set: { qty: 4 } }, { upsert: true });
      assert.ok(upserted.upsertedId);
      assert.strictEqual(await items.count({ qty: { $gte: 3 } }), 3);
      const swapped = await items.findOneAndUpdate({ name: 'pad' }, { $set: { qty: 9 } },
        { returnNewDocument: true });
      assert.strictEqual(swapped.qty, 9);
      const totals = await items.aggregate([{ $group: { _id: null, total: { $sum: '$qty' } } }])
        .toArray();
      assert.strictEqual(totals[0].total, 3 + 5 + 9 + 4);
      await assert.rejects(items.insertOne({ owner_id: 'someone-else', name: 'x' }),
        (error) => error instanceof StitchServiceError && /insert not permitted/.test(error.message));
      await assert.rejects(items.insertOne({ owner_id: user.id, qty: 'many' }),
        (error) => error instanceof StitchServiceError && /failed validation/.test(error.message));
      await assert.rejects(items.find({ qty: { $nope: 1 } }).toArray(),
        (error) => error instanceof StitchServiceError && /\$nope/.test(error.message));
      const gone = await items.deleteMany({});
      assert.strictEqual(gone.deletedCount, 4);
    });

    await step('restoring logged-in users from storage', async () => {
      const active = client.auth.user.id;
      const known = client.auth.listUsers().length;
      Stitch.clearApps();
      const restored = newClient(cid, server.url, storage);
      assert.ok(restored.auth.isLoggedIn);
      assert.strictEqual(restored.auth.user.id, active);
      assert.strictEqual(restored.auth.listUsers().length, known);
      assert.strictEqual(await restored.callFunction('whoAmI', []), active);
      await restored.auth.logout();
      assert.ok(!restored.auth.isLoggedIn);
    });
  } finally {
    server.stop();
  }
}

main()
  .catch((error) => {
    results.push(['setup', error]);
    console.log('FAIL setup: ' + (error && error.stack || error));
  })
  .finally(() => {
    const failed = results.filter((r) => r[1]).length;
    console.log((results.length - failed) + ' passed, ' + failed + ' failed');
    process.exit(failed || results.length === 0 ? 1 : 0);
  });
