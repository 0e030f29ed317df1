import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const orders = [
  { id: 'o1', customer: 'ada', cents: 1200 },
  { id: 'o2', customer: 'bob', cents: 450 },
  { id: 'o3', customer: 'ada', cents: 300 },
];

// Whether Map.prototype.getOrInsert exists, by Node major version, as checked on each.
const upsertByNode: Record<string, boolean> = { '20': false, '22': false, '24': false };
const major = process.versions.node.split('.')[0] ?? '';

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      "every order lands in its customer's group, in the order it came",
      'a tag lists every id added under it',
      'each tag has its own ids, and a tag nobody used has none',
    ],
    'first-order-lost': ["every order lands in its customer's group, in the order it came"],
    'object-then-map': ["every order lands in its customer's group, in the order it came"],
    'fixed-one-of-two': [
      'a tag lists every id added under it',
      'each tag has its own ids, and a tag nobody used has none',
    ],
    'only-first-id': ['a tag lists every id added under it'],
    'proxy-default': [
      'a tag lists every id added under it',
      'each tag has its own ids, and a tag nobody used has none',
    ],
    'shared-empty-set': ['each tag has its own ids, and a tag nobody used has none'],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: grouping three orders gives an empty map, as every push went into an array nobody kept', async () => {
      const { groupByCustomer } = await broken();
      const groups = groupByCustomer(orders);
      expect(groups.size).toBe(0);
      expect(groups.get('ada')).toBeUndefined();
    });

    it('broken: each call for an unused tag hands out a new empty set', async () => {
      const { TagIndex } = await broken();
      const index = new TagIndex();
      index.add('o1', ['gift']);
      expect(index.idsTagged('gift')).toEqual(new Set());
      expect(index.idsTagged('gift')).not.toBe(index.idsTagged('gift'));
    });

    it('broken: wrong fix "proxy-default" is a defaultdict without the storing, and forgets the same way', async () => {
      const { TagIndex } = await wrongFix('proxy-default')();
      const index = new TagIndex();
      index.add('o1', ['gift', 'rush']);
      expect(index.idsTagged('gift').size).toBe(0);
    });

    it('broken: wrong fix "shared-empty-set" shows one tag\'s ids under every unused tag, in every index', async () => {
      const { TagIndex } = await wrongFix('shared-empty-set')();
      new TagIndex().add('o1', ['gift']);
      expect(new TagIndex().idsTagged('sale')).toEqual(new Set(['o1']));
    });

    it('fixed: the map holds the array each order was pushed into', async () => {
      const { groupByCustomer } = await fixed();
      const groups = groupByCustomer(orders);
      expect(groups.get('ada')?.map((o) => o.id)).toEqual(['o1', 'o3']);
      expect(groups.get('bob')?.map((o) => o.id)).toEqual(['o2']);
    });

    it(`fixed: Map.prototype.getOrInsert is ${upsertByNode[major] === true ? 'there' : 'missing'} on Node ${major}, so the fix stores by hand`, () => {
      expect(Object.keys(upsertByNode), `no recorded answer for Node ${major}`).toContain(major);
      expect('getOrInsert' in Map.prototype).toBe(upsertByNode[major]);
      expect('getOrInsertComputed' in Map.prototype).toBe(upsertByNode[major]);
      const groups = new Map<string, string[]>();
      // @ts-expect-error getOrInsert is declared only in TypeScript's esnext lib, and this repo's lib is es2023
      // eslint-disable-next-line @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- the call does not typecheck, so it has no type to check
      const call = () => groups.getOrInsert('ada', []);
      expect(call).toThrow(new TypeError('groups.getOrInsert is not a function'));
    });
  },
);
