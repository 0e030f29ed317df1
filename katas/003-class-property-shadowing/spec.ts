import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

export default defineSpec<typeof Kata>()({
  'a menu keeps the items its options name': ({ Menu }) => {
    const named = new Menu({ items: ['Open', 'Quit'] }).items;
    assert.ok(named !== undefined, 'new Menu({ items: [...] }).items is undefined: the items set by init() were lost');
    assert.deepEqual(named, ['Open', 'Quit']);
    assert.deepEqual(new Menu({ items: [] }).items, []);
  },
  'a menu given no items gets Open and Save, in an array of its own': ({ Menu }) => {
    const first = new Menu({});
    const second = new Menu({});
    assert.ok(first.items !== undefined, 'new Menu({}).items is undefined: the items set by init() were lost');
    assert.deepEqual(first.items, ['Open', 'Save']);
    first.items.push('Print');
    assert.ok(!second.items.includes('Print'), 'an item pushed onto one menu showed up in another');
    assert.deepEqual(second.items, ['Open', 'Save']);
    assert.deepEqual(new Menu({}).items, ['Open', 'Save']);
  },
  'each toolbar keeps its own buttons': ({ Toolbar }) => {
    const first = new Toolbar({});
    const second = new Toolbar({});
    first.add('Bold');
    first.add('Italic');
    assert.ok(!second.buttons.includes('Bold'), 'a button added to one toolbar showed up on another');
    assert.deepEqual(first.buttons, ['Bold', 'Italic']);
    assert.deepEqual(second.buttons, []);
    new Toolbar({}).buttons.push('Underline');
    assert.ok(!new Toolbar({}).buttons.includes('Underline'), 'a push onto toolbar.buttons reached a new toolbar');
    assert.deepEqual(first.buttons, ['Bold', 'Italic']);
  },
  'a toolbar keeps the height it is given, and the others are 32': ({ Toolbar }) => {
    const small = new Toolbar({ height: 24 });
    const plain = new Toolbar({});
    assert.ok(small.height !== 32, 'new Toolbar({ height: 24 }) is 32 high: the 24 given to it was lost');
    assert.equal(small.height, 24);
    assert.ok(plain.height !== 24, 'the 24 given to one toolbar reached a toolbar given no height');
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
