import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const hosts = new Set(['hooks.example.com', 'ci.example.org']);

export default defineSpec<typeof Kata>()({
  'an https URL on an allowed host comes back parsed': ({ webhookUrl }) => {
    const url = webhookUrl('https://hooks.example.com/deploy?env=prod', hosts);
    assert.ok(url instanceof URL, 'the result should be a URL');
    assert.equal(url.href, 'https://hooks.example.com/deploy?env=prod');
    assert.equal(webhookUrl('https://ci.example.org/', hosts).hostname, 'ci.example.org');
  },
  'a webhook that is not https is refused with its own message': ({ webhookUrl, WebhookError }) => {
    for (const input of ['http://hooks.example.com/deploy', 'ftp://hooks.example.com/deploy']) {
      because(`${input} should be refused for its scheme, with "a webhook must use https: ${input}"`, () =>
        assert.throws(
          () => webhookUrl(input, hosts),
          (error) => error instanceof WebhookError && error.message === `a webhook must use https: ${input}`,
        ),
      );
    }
  },
  'a host not on the list is refused with its own message': ({ webhookUrl, WebhookError }) => {
    because('a host not on the list should be refused with "host not allowed: hooks.example.net"', () =>
      assert.throws(
        () => webhookUrl('https://hooks.example.net/deploy', hosts),
        (error) => error instanceof WebhookError && error.message === 'host not allowed: hooks.example.net',
      ),
    );
  },
  'text that is not a URL is a WebhookError caused by the TypeError': ({ webhookUrl, WebhookError }) => {
    for (const input of ['hooks.example.com/deploy', '']) {
      because(
        `${JSON.stringify(input)} should be "not a URL: ${input}", with the TypeError from new URL as its cause`,
        () =>
          assert.throws(
            () => webhookUrl(input, hosts),
            (error) =>
              error instanceof WebhookError &&
              error.name === 'WebhookError' &&
              error.message === `not a URL: ${input}` &&
              error.cause instanceof TypeError &&
              (error.cause as NodeJS.ErrnoException).code === 'ERR_INVALID_URL',
          ),
      );
    }
  },
  'any other error in the try reaches the caller unchanged': ({ webhookUrl }) => {
    for (const failure of [
      new RangeError('the host list is not loaded'),
      new Error('lookup failed'),
      new SyntaxError('bad host pattern'),
    ]) {
      const failing = {
        has: () => {
          throw failure;
        },
      } as unknown as ReadonlySet<string>;
      because(`an allow-list whose has() throws ${String(failure)} should pass that error on as it is`, () =>
        assert.throws(
          () => webhookUrl('https://hooks.example.com/deploy', failing),
          (error) => error === failure,
        ),
      );
    }
  },
});

/** Runs an assertion, and puts what went wrong, in words, in front of the assertion's own explanation. */
function because(what: string, assertion: () => void): void {
  try {
    assertion();
  } catch (error) {
    if (error instanceof assert.AssertionError) error.message = `${what}\n${error.message}`;
    throw error;
  }
}
