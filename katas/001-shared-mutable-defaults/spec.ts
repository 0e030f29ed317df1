import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

export default defineSpec<typeof Kata>()({
  'addTag without tags starts each call from a new empty array': ({ addTag }) => {
    const first = addTag('a');
    const second = addTag('b');
    assert.ok(second !== first, 'two calls of addTag without tags returned one array');
    assert.deepEqual(first, ['a']);
    assert.deepEqual(second, ['b']);
    assert.deepEqual(addTag('c', ['x']), ['x', 'c']);
  },
  'each call without tags starts from the default tags alone': ({ routeTags }) => {
    const first = routeTags('/users');
    const second = routeTags('/orders');
    assert.ok(second !== first, 'two calls of routeTags without tags returned one array');
    assert.deepEqual(first, ['service:web', 'route:/users']);
    assert.deepEqual(second, ['service:web', 'route:/orders']);
    assert.deepEqual(routeTags('/invoices', ['team:billing']), ['team:billing', 'route:/invoices']);
    first.push('team:search');
    const later = routeTags('/health');
    assert.ok(!later.includes('team:search'), 'a tag pushed onto one result of routeTags showed up in a later one');
    assert.deepEqual(later, ['service:web', 'route:/health']);
  },
  'retry codes asked for by one call do not carry over to the next': ({ requestOptions }) => {
    assert.deepEqual(requestOptions(undefined, [429]).retryOn, [502, 503, 429]);
    const next = requestOptions(undefined, [504]).retryOn;
    assert.ok(!next.includes(429), 'the 429 asked for by one call is in the retry codes of the next');
    assert.deepEqual(next, [502, 503, 504]);
    assert.deepEqual(requestOptions().retryOn, [502, 503]);
  },
  'a token given to one call is never sent by a later one': ({ requestOptions }) => {
    const signedIn = requestOptions('s3cret');
    assert.deepEqual(signedIn.headers, { accept: 'application/json', authorization: 'Bearer s3cret' });
    const anonymous = requestOptions().headers;
    assert.ok(!('authorization' in anonymous), 'a call without a token sent the token of the call before it');
    assert.deepEqual(anonymous, { accept: 'application/json' });
    assert.equal(requestOptions('other').headers.authorization, 'Bearer other');
    assert.equal(signedIn.headers.authorization, 'Bearer s3cret');
    assert.equal(requestOptions().timeoutMs, 5000);
  },
  'a caller may change the options it gets without changing the next call’s': ({ requestOptions }) => {
    for (const token of [undefined, 's3cret']) {
      const mine = requestOptions(token);
      mine.headers['x-trace'] = '1';
      mine.retryOn.push(599);
      mine.timeoutMs = 1;
      const next = requestOptions();
      const call = token === undefined ? 'requestOptions()' : `requestOptions('${token}')`;
      assert.ok(!('x-trace' in next.headers), `a header set on the result of ${call} reached the next call`);
      assert.ok(!next.retryOn.includes(599), `a retry code pushed onto the result of ${call} reached the next call`);
      assert.deepEqual(next, { timeoutMs: 5000, retryOn: [502, 503], headers: { accept: 'application/json' } });
    }
  },
  'each client has its own plugins, starting from Client.defaultPlugins': ({ Client }) => {
    const admin = new Client().use('auth').use('audit');
    const plain = new Client();
    assert.ok(!plain.plugins.includes('auth'), 'a plugin used by one client shows up on another');
    assert.ok(
      !Client.defaultPlugins.includes('auth'),
      'a plugin used by one client was added to Client.defaultPlugins',
    );
    assert.deepEqual(admin.plugins, ['retry', 'auth', 'audit']);
    assert.deepEqual(plain.plugins, ['retry']);
    assert.deepEqual(Client.defaultPlugins, ['retry']);
    Client.defaultPlugins = ['retry', 'log'];
    assert.deepEqual(new Client().plugins, ['retry', 'log']);
    assert.deepEqual(plain.plugins, ['retry']);
  },
  'a push onto one client’s plugins array reaches no other client': ({ Client }) => {
    const first = new Client();
    first.plugins.push('auth');
    assert.ok(!Client.defaultPlugins.includes('auth'), 'a push onto client.plugins changed Client.defaultPlugins');
    assert.ok(!new Client().plugins.includes('auth'), 'a push onto one client’s plugins reached a new client');
    assert.deepEqual(first.plugins, ['retry', 'auth']);
  },
});
