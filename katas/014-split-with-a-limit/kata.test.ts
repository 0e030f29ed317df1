import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'a payload with colons in it comes back whole',
      'a payload comes back byte for byte, with its spaces and line breaks',
      'a header line splits at its first colon',
      'a header value loses the spaces and tabs around it, and only those',
    ],
    'colon-not-checked': ['a token without a colon is a TokenError', 'a header line without a colon is a SyntaxError'],
    'drop-empty-pieces': [
      'a payload with colons in it comes back whole',
      'a header line splits at its first colon',
      'a header value loses the spaces and tabs around it, and only those',
    ],
    'last-colon': [
      'a payload with colons in it comes back whole',
      'a payload comes back byte for byte, with its spaces and line breaks',
      'a header line splits at its first colon',
      'a header value loses the spaces and tabs around it, and only those',
    ],
    'regex-without-dotall': ['a payload comes back byte for byte, with its spaces and line breaks'],
    'rest-joined-with-commas': [
      'a payload with colons in it comes back whole',
      'a payload comes back byte for byte, with its spaces and line breaks',
      'a header line splits at its first colon',
      'a header value loses the spaces and tabs around it, and only those',
    ],
    'trim-the-payload': ['a payload comes back byte for byte, with its spaces and line breaks'],
  },
  ({ broken, fixed, wrongFix }) => {
    it("broken: split(':', 2) returns two pieces and drops the rest, unlike Python's split(':', 1)", () => {
      expect('a:b:c'.split(':', 2)).toEqual(['a', 'b']);
      expect('a:b:c'.split(':', 1)).toEqual(['a']);
      expect('abc'.split(':', 2)).toEqual(['abc']);
    });

    it('broken: a JSON payload is cut at its first colon, and nothing says so', async () => {
      const { splitToken } = await broken();
      expect(splitToken('c2f1:{"user":"ada"}')).toEqual({ signature: 'c2f1', payload: '{"user"' });
    });

    it('broken: a URL in a header loses everything after its scheme', async () => {
      const { parseHeader } = await broken();
      expect(parseHeader('Location: https://example.com:8443/login')).toEqual({ name: 'Location', value: 'https' });
    });

    it('broken: wrong fix "rest-joined-with-commas" turns the colons of the payload into commas', async () => {
      const { splitToken } = await wrongFix('rest-joined-with-commas')();
      expect(splitToken('c2f1:{"at":"09:30"}').payload).toBe('{"at","09,30"}');
    });

    it('broken: wrong fix "regex-without-dotall" refuses a payload with a line break, as if it had no colon', async () => {
      const { splitToken, TokenError } = await wrongFix('regex-without-dotall')();
      expect(() => splitToken('c2f1:{"user":\n"ada"}')).toThrow(TokenError);
      expect(/^([^:]*):(.*)$/s.exec('c2f1:{"user":\n"ada"}')?.[2]).toBe('{"user":\n"ada"}');
    });

    it('broken: wrong fix "colon-not-checked" takes a token without a colon apart anyway', async () => {
      const { splitToken } = await wrongFix('colon-not-checked')();
      expect(splitToken('c2f1')).toEqual({ signature: 'c2f', payload: 'c2f1' });
    });

    it('fixed: the payload keeps every colon, and a token or line without one is refused', async () => {
      const { splitToken, parseHeader, TokenError } = await fixed();
      expect(splitToken('c2f1:{"at":"09:30"}')).toEqual({ signature: 'c2f1', payload: '{"at":"09:30"}' });
      expect(parseHeader('X-Window: 09:00-17:30')).toEqual({ name: 'X-Window', value: '09:00-17:30' });
      expect(() => splitToken('c2f1')).toThrow(new TokenError('the token has no signature'));
      expect(() => parseHeader('Retry-After 120')).toThrow(new SyntaxError('the header line has no colon'));
    });
  },
);
