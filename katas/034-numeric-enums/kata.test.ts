import { expect, expectTypeOf, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';
import { OrderStatus as EnumStatus } from './broken.ts';
import type { OrderStatus as UnionStatus } from './fixed.ts';

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'a number that was never a status, such as 0 or 42, is refused, and the error says which',
      'a number between two statuses, such as the retired 3, is refused',
      'the filter menu lists each status name once, in order',
    ],
    'cast-the-column': [
      'a number that was never a status, such as 0 or 42, is refused, and the error says which',
      'a number between two statuses, such as the retired 3, is refused',
    ],
    'check-without-names': ['the filter menu lists each status name once, in order'],
    'names-only': [
      'a number that was never a status, such as 0 or 42, is refused, and the error says which',
      'a number between two statuses, such as the retired 3, is refused',
    ],
    'range-check': ['a number between two statuses, such as the retired 3, is refused'],
  },
  ({ broken, fixed }) => {
    it('broken: tsc 6.0 refuses a literal that is no member, and accepts any number in a variable', () => {
      // @ts-expect-error TS2322: since TypeScript 5.0 every numeric enum of constant members is a union enum
      const literal: EnumStatus = 42;
      const column: number = 42;
      const fromAVariable: EnumStatus = column;
      expectTypeOf<number>().toExtend<EnumStatus>();
      expect([literal, fromAVariable]).toEqual([42, 42]);
    });

    it('broken: an enum with a computed member accepts any number, a literal 42 too', () => {
      enum Priority {
        Low = 1,
        High = '!!'.length,
      }
      const literal: Priority = 42;
      expect([literal, Priority.High, Priority[2]]).toEqual([42, 2, 'High']);
    });

    it('broken: the keys and values of a numeric enum hold the reverse mapping, numbers first', async () => {
      const { OrderStatus, statusNames } = await broken();
      expect(statusNames()).toEqual(['1', '2', '4', '5', 'Pending', 'Paid', 'Shipped', 'Cancelled']);
      expect(Object.values(OrderStatus)).toEqual(['Pending', 'Paid', 'Shipped', 'Cancelled', 1, 2, 4, 5]);
      expectTypeOf(Object.values(EnumStatus)).toEqualTypeOf<(string | EnumStatus)[]>();
    });

    it('fixed: the union of literals accepts no number that is not a status, so the check is needed', async () => {
      const { OrderStatus, readStatus } = await fixed();
      const column: number = 2;
      // @ts-expect-error TS2322: number is not assignable to 1 | 2 | 4 | 5
      const unchecked: UnionStatus = column;
      expectTypeOf<UnionStatus>().toEqualTypeOf<1 | 2 | 4 | 5>();
      expectTypeOf(Object.values(OrderStatus)).toEqualTypeOf<UnionStatus[]>();
      expect(readStatus(unchecked)).toBe(OrderStatus.Paid);
      expect(() => readStatus(3)).toThrow(new RangeError('3 is no order status'));
    });
  },
);
