import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'the due date comes back as a Date, at the same moment',
      'the quantities come back as a Map, with every product',
      'a draft booked in the ledger is saved, and its id comes back as the same bigint',
    ],
    'bigint-to-string': [
      'the due date comes back as a Date, at the same moment',
      'the quantities come back as a Map, with every product',
      'a draft booked in the ledger is saved, and its id comes back as the same bigint',
    ],
    'copy-on-undo': [
      'a field replaced after a save does not reach the saved copy',
      'a date or a Map changed in place after a save does not reach the saved copy',
    ],
    'revive-dates': [
      'the quantities come back as a Map, with every product',
      'a draft booked in the ledger is saved, and its id comes back as the same bigint',
    ],
    'spread-copy': ['a date or a Map changed in place after a save does not reach the saved copy'],
  },
  ({ broken, fixed }) => {
    it('broken: undo gives the date back as a string and the Map as {}, and a bigint id cannot be saved', async () => {
      const { DraftHistory } = await broken();
      const history = new DraftHistory();
      const dueDate = new Date('2025-03-31T12:00:00Z');
      history.save({ customer: 'Acme Ltd', dueDate, quantities: new Map([['SKU-1', 2]]), ledgerId: null });
      expect(history.undo()).toEqual({
        customer: 'Acme Ltd',
        dueDate: '2025-03-31T12:00:00.000Z',
        quantities: {},
        ledgerId: null,
      });
      const booked = { customer: 'Acme Ltd', dueDate, quantities: new Map(), ledgerId: 9007199254740993n };
      expect(() => history.save(booked)).toThrow(new TypeError('Do not know how to serialize a BigInt'));
    });

    it('broken: JSON drops undefined and functions from an object, writes them as null in an array, and NaN as null', () => {
      const onDraft = { note: undefined, total: () => 0, discounts: [5, undefined, NaN], tags: new Set(['urgent']) };
      expect(roundTrip(onDraft)).toStrictEqual({ discounts: [5, null, null], tags: {} });
    });

    it('fixed: structuredClone keeps dates, Maps, Sets, bigints and undefined', async () => {
      const { DraftHistory } = await fixed();
      const history = new DraftHistory();
      const draft = {
        customer: 'Acme Ltd',
        dueDate: new Date('2025-03-31T12:00:00Z'),
        quantities: new Map([['SKU-1', 2]]),
        ledgerId: 9007199254740993n,
      };
      history.save(draft);
      expect(history.undo()).toStrictEqual(draft);
      const extra = { note: undefined, tags: new Set(['urgent']), discounts: [5, undefined, NaN] };
      expect(structuredClone(extra)).toStrictEqual(extra);
    });

    it('fixed: structuredClone has limits of its own: a function throws, and a class instance loses its class', () => {
      expect(() => structuredClone({ total: () => 0 })).toThrow(expect.objectContaining({ name: 'DataCloneError' }));
      class Money {
        constructor(readonly cents: number) {}
      }
      const copy = structuredClone(new Money(500));
      expect(copy).not.toBeInstanceOf(Money);
      expect({ ...copy }).toEqual({ cents: 500 });
    });
  },
);
