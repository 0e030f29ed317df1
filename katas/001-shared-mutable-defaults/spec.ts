import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

export default defineSpec<typeof Kata>()({
  'each call without tags starts from the default tags alone': ({ routeTags }) => {
    const first = routeTags('/users');
    const second = routeTags('/orders');
    assert.deepEqual(first, ['service:web', 'route:/users']);
    assert.deepEqual(second, ['service:web', 'route:/orders']);
    assert.deepEqual(routeTags('/invoices', ['team:billing']), ['team:billing', 'route:/invoices']);
    assert.deepEqual(routeTags('/health'), ['service:web', 'route:/health']);
  },
  'retry codes asked for by one call do not carry over to the next': ({ requestOptions }) => {
    assert.deepEqual(requestOptions(undefined, [429]).retryOn, [502, 503, 429]);
    assert.deepEqual(requestOptions(undefined, [504]).retryOn, [502, 503, 504]);
    assert.deepEqual(requestOptions().retryOn, [502, 503]);
  },
  'a token given to one call is never sent by a later one': ({ requestOptions }) => {
    const signedIn = requestOptions('s3cret');
    assert.deepEqual(signedIn.headers, { accept: 'application/json', authorization: 'Bearer s3cret' });
    assert.deepEqual(requestOptions().headers, { accept: 'application/json' });
    assert.equal(requestOptions('other').headers.authorization, 'Bearer other');
    assert.equal(signedIn.headers.authorization, 'Bearer s3cret');
    assert.equal(requestOptions().timeoutMs, 5000);
  },
  'each client has its own plugins, starting from Client.defaultPlugins': ({ Client }) => {
    const admin = new Client().use('auth').use('audit');
    const plain = new Client();
    assert.deepEqual(admin.plugins, ['retry', 'auth', 'audit']);
    assert.deepEqual(plain.plugins, ['retry']);
    assert.deepEqual(Client.defaultPlugins, ['retry']);
    Client.defaultPlugins = ['retry', 'log'];
    assert.deepEqual(new Client().plugins, ['retry', 'log']);
    assert.deepEqual(plain.plugins, ['retry']);
  },
});
