import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const major = Number(process.versions.node.split('.')[0]);
const text = '{ "id": 9007199254740993 }';

/** What a reviver gets as its third argument for the key "id": Node 22 and later pass the number's source text. */
function contextOfId(): unknown {
  let seen: unknown = 'never called';
  JSON.parse(text, (key, value: unknown, ...rest: unknown[]) => {
    if (key === 'id') seen = rest[0];
    return value;
  });
  return seen;
}

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'an id past 2^53 is read exactly, digit for digit',
      'a page laid out with spaces and newlines is read the same',
    ],
    'bigint-of-string': [
      'an id past 2^53 is read exactly, digit for digit',
      'a page laid out with spaces and newlines is read the same',
    ],
    'bigint-reviver': [
      'an id past 2^53 is read exactly, digit for digit',
      'a page laid out with spaces and newlines is read the same',
    ],
    'parse-int-id-str': [
      'an id past 2^53 is read exactly, digit for digit',
      'a page laid out with spaces and newlines is read the same',
    ],
    'quote-ids-by-regex': ['a page laid out with spaces and newlines is read the same'],
    'reject-unsafe-ids': [
      'an id past 2^53 is read exactly, digit for digit',
      'a page laid out with spaces and newlines is read the same',
    ],
  },
  ({ broken, fixed }) => {
    it('broken: JSON.parse rounds 9007199254740993 to 9007199254740992, and BigInt keeps the rounded value', async () => {
      const { readMessages } = await broken();
      expect(JSON.parse(text)).toEqual({ id: 9007199254740992 });
      // eslint-disable-next-line no-loss-of-precision -- the test pins what this literal rounds to, as the README says the rule would flag it
      expect(9007199254740993 === 9007199254740992).toBe(true);
      expect(Number.isSafeInteger(9007199254740992)).toBe(false);
      expect(readMessages('[{"id":9007199254740993,"id_str":"9007199254740993","text":"x"}]')).toEqual([
        { id: 9007199254740992n, text: 'x' },
      ]);
    });

    it('broken: a reviver is too late: the number it gets is already rounded', () => {
      expect(JSON.parse(text, (key, value: unknown) => (key === 'id' ? BigInt(value as number) : value))).toEqual({
        id: 9007199254740992n,
      });
    });

    it('fixed: the id is read from its string, so every digit is kept', async () => {
      const { readMessages } = await fixed();
      expect(readMessages('[{"id":9007199254740993,"id_str":"9007199254740993","text":"x"}]')).toEqual([
        { id: 9007199254740993n, text: 'x' },
      ]);
    });

    if (major >= 22) {
      it('fixed: on Node 22 and later a reviver gets the source text as context.source, so BigInt reads it exactly', () => {
        expect(contextOfId()).toEqual({ source: '9007199254740993' });
        const revived: unknown = JSON.parse(text, (key, value: unknown, context?: { source: string }) =>
          key === 'id' && context !== undefined ? BigInt(context.source) : value,
        );
        expect(revived).toEqual({ id: 9007199254740993n });
      });
    } else {
      it('broken: on Node 20 a reviver gets no third argument, so the source text is out of reach', () => {
        expect(major).toBe(20);
        expect(contextOfId()).toBeUndefined();
      });
    }
  },
);
