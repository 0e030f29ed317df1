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
    because('the customers, in the order first seen', () => assert.deepEqual([...groups.keys()], ['ada', 'bob', 'cy']));
    because("ada's group", () => assert.deepEqual(groups.get('ada'), [a1, a2]));
    because("bob's group", () => assert.deepEqual(groups.get('bob'), [b1]));
    because("cy's group", () => assert.deepEqual(groups.get('cy'), [c1]));
    because('no orders should give no groups', () => assert.equal(groupByCustomer([]).size, 0));
    const byId = groupByCustomer([order('o5', 'ada', 10), order('o6', '1007', 20), order('o7', '42', 30)]);
    because('customers whose ids are digits, in the order first seen', () =>
      assert.deepEqual([...byId.keys()], ['ada', '1007', '42']),
    );
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
    because('the ids tagged gift', () => assert.deepEqual(index.idsTagged('gift'), new Set(['o1'])));
    because('the ids tagged rush', () => assert.deepEqual(index.idsTagged('rush'), new Set(['o2'])));
    because('a tag nobody used', () => assert.deepEqual(index.idsTagged('sale'), new Set()));
    index.add('o3', ['sale']);
    because('a tag first asked for, then used', () => assert.deepEqual(index.idsTagged('sale'), new Set(['o3'])));
    because('a second index starts empty', () => assert.deepEqual(new TagIndex().idsTagged('gift'), new Set()));
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
