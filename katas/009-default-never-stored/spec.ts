import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const order = (id: string, customer: string, cents: number) => ({ id, customer, cents });

export default defineSpec<typeof Kata>()({
  "every order lands in its customer's group, in the order it came": ({ groupByCustomer }) => {
    const a1 = order('o1', 'ada', 1200);
    const b1 = order('o2', 'bob', 450);
    const a2 = order('o3', 'ada', 300);
    const c1 = order('o4', 'cy', 99);
    const groups = groupByCustomer([a1, b1, a2, c1]);
    assert.deepEqual([...groups.keys()], ['ada', 'bob', 'cy'], 'the customers, in the order first seen');
    assert.deepEqual(groups.get('ada'), [a1, a2], "ada's group");
    assert.deepEqual(groups.get('bob'), [b1], "bob's group");
    assert.deepEqual(groups.get('cy'), [c1], "cy's group");
    assert.equal(groupByCustomer([]).size, 0, 'no orders should give no groups');
  },
  'a tag lists every id added under it': ({ TagIndex }) => {
    const index = new TagIndex();
    index.add('o1', ['gift']);
    index.add('o2', ['gift']);
    index.add('o1', ['gift']);
    assert.deepEqual(index.idsTagged('gift'), new Set(['o1', 'o2']));
  },
  'each tag has its own ids, and a tag nobody used has none': ({ TagIndex }) => {
    const index = new TagIndex();
    index.add('o1', ['gift']);
    index.add('o2', ['rush']);
    assert.deepEqual(index.idsTagged('gift'), new Set(['o1']), 'the ids tagged gift');
    assert.deepEqual(index.idsTagged('rush'), new Set(['o2']), 'the ids tagged rush');
    assert.deepEqual(index.idsTagged('sale'), new Set(), 'a tag nobody used');
    index.add('o3', ['sale']);
    assert.deepEqual(index.idsTagged('sale'), new Set(['o3']), 'a tag first asked for, then used');
    assert.deepEqual(new TagIndex().idsTagged('gift'), new Set(), 'a second index starts empty');
  },
});
