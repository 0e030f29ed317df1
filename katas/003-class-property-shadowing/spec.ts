import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

export default defineSpec<typeof Kata>()({
  'a menu keeps the items its options name': ({ Menu }) => {
    assert.deepEqual(new Menu({ items: ['Open', 'Quit'] }).items, ['Open', 'Quit']);
    assert.deepEqual(new Menu({ items: [] }).items, []);
  },
  'a menu given no items gets Open and Save, in an array of its own': ({ Menu }) => {
    const first = new Menu({});
    const second = new Menu({});
    assert.deepEqual(first.items, ['Open', 'Save']);
    first.items.push('Print');
    assert.deepEqual(second.items, ['Open', 'Save']);
  },
  'each toolbar keeps its own buttons': ({ Toolbar }) => {
    const first = new Toolbar({});
    const second = new Toolbar({});
    first.add('Bold');
    first.add('Italic');
    assert.deepEqual(first.buttons, ['Bold', 'Italic']);
    assert.deepEqual(second.buttons, []);
    assert.deepEqual(new Toolbar({}).buttons, []);
  },
  'a height given to one toolbar leaves the others at 32': ({ Toolbar }) => {
    const small = new Toolbar({ height: 24 });
    const plain = new Toolbar({});
    assert.equal(small.height, 24);
    assert.equal(plain.height, 32);
  },
  'a zIndex set on one class stays on that class and the classes below it': ({ Widget, Menu, Toolbar }) => {
    assert.deepEqual([Widget.zIndex, Menu.zIndex, Toolbar.zIndex], [1, 1, 1]);
    Menu.zIndex = 2;
    assert.deepEqual([Widget.zIndex, Menu.zIndex, Toolbar.zIndex], [1, 2, 1]);
    Widget.zIndex = 3;
    assert.deepEqual([Widget.zIndex, Menu.zIndex, Toolbar.zIndex], [3, 2, 3]);
  },
});
