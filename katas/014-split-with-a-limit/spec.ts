import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const signature = '9f86d081884c7d65';

export default defineSpec<typeof Kata>()({
  'a token splits into its signature and its payload': ({ splitToken }) => {
    assert.deepEqual(
      { ...splitToken(`${signature}:eyJ1c2VyIjoiYWRhIn0`) },
      { signature, payload: 'eyJ1c2VyIjoiYWRhIn0' },
    );
  },
  'a payload with colons in it comes back whole': ({ splitToken }) => {
    for (const payload of ['{"user":"ada","scopes":["read:orders"]}', 'a::b', 'ends with a colon:', ':', '::', '']) {
      because(`the token ${JSON.stringify(`${signature}:${payload}`)} must split at its first colon only`, () =>
        assert.deepEqual({ ...splitToken(`${signature}:${payload}`) }, { signature, payload }),
      );
    }
  },
  'a payload comes back byte for byte, with its spaces and line breaks': ({ splitToken }) => {
    for (const payload of [' {"user": "ada"} ', '{"user":\n"ada"}\n', '\tindented\r\n']) {
      because(`the payload ${JSON.stringify(payload)} changed`, () =>
        assert.equal(splitToken(`${signature}:${payload}`).payload, payload),
      );
    }
  },
  'a token without a colon is a TokenError': ({ splitToken, TokenError }) => {
    for (const token of ['', signature, 'eyJ1c2VyIjoiYWRhIn0']) {
      because(`${JSON.stringify(token)} has no colon, so it must be refused`, () =>
        assert.throws(
          () => splitToken(token),
          (error) =>
            error instanceof TokenError &&
            error.name === 'TokenError' &&
            error.message === 'the token has no signature',
        ),
      );
    }
  },
  'a header line splits at its first colon': ({ parseHeader }) => {
    const lines = {
      'Location: https://example.com:8443/login': { name: 'Location', value: 'https://example.com:8443/login' },
      'X-Window: 09:00-17:30': { name: 'X-Window', value: '09:00-17:30' },
      'X-Ratio: 1::2': { name: 'X-Ratio', value: '1::2' },
      'Retry-After: 120': { name: 'Retry-After', value: '120' },
    };
    for (const [line, header] of Object.entries(lines)) {
      because(`${JSON.stringify(line)} must split at its first colon only`, () =>
        assert.deepEqual({ ...parseHeader(line) }, header),
      );
    }
  },
  'a header value loses the spaces and tabs around it, and only those': ({ parseHeader }) => {
    const lines = {
      'Retry-After: \t 120 \t': { name: 'Retry-After', value: '120' },
      'X-Note:  a  b ': { name: 'X-Note', value: 'a  b' },
      'X-Empty:': { name: 'X-Empty', value: '' },
      'X-Colon:   :': { name: 'X-Colon', value: ':' },
    };
    for (const [line, header] of Object.entries(lines)) {
      because(`${JSON.stringify(line)} must give ${JSON.stringify(header)}`, () =>
        assert.deepEqual({ ...parseHeader(line) }, header),
      );
    }
  },
  'a header line without a colon is a SyntaxError': ({ parseHeader }) => {
    for (const line of ['', 'Retry-After 120']) {
      because(`${JSON.stringify(line)} has no colon, so it must be refused`, () =>
        assert.throws(() => parseHeader(line), new SyntaxError('the header line has no colon')),
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
