// The README's example: an app's code logs in anonymously, links an email identity to that user,
// and calls a function, against stitch-local, with the official SDK unchanged.
// e2e.js runs it, so the README's example is checked on every test run.
'use strict';

const { requireSdk } = require('./stitchlocal');

async function example(baseUrl, clientAppId, dataDirectory, transport) {
  const {
    Stitch, StitchAppClientConfiguration, AnonymousCredential, UserPasswordCredential,
    UserPasswordAuthProviderClient,
  } = requireSdk();
  const config = new StitchAppClientConfiguration.Builder()
    .withBaseUrl(baseUrl) // e.g. http://127.0.0.1:7080
    .withDataDirectory(dataDirectory);
  if (transport)
    config.withTransport(transport);
  const client = Stitch.initializeAppClient(clientAppId, config.build());

  const guest = await client.auth.loginWithCredential(new AnonymousCredential());
  const emails = client.auth.getProviderClient(UserPasswordAuthProviderClient.factory);
  await emails.registerWithEmail('ada@example.com', 'correct-horse');
  const user = await guest.linkWithCredential(
    new UserPasswordCredential('ada@example.com', 'correct-horse'));
  const sum = await client.callFunction('sum', [2, 3]);
  return { guestId: guest.id, userId: user.id, identities: user.identities.length, sum };
}

module.exports = { example };
