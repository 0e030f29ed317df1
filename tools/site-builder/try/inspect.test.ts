import { format as nodeFormat, inspect as nodeInspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { format, inspect } from './inspect.ts';

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

const values: [string, unknown][] = [
  ['strings with quotes', ["it's", 'say "hi"', `both ' and "`, 'tab\tnew\nline']],
  ['numbers', [0, -0, 1.5, NaN, -Infinity, 10n]],
  ['nested arrays', [[10], [10, 20], [], [[[1]]]]],
  ['an object with odd keys', { accept: 'application/json', 'route:/users': 1, 2: 'two', [Symbol('s')]: true }],
  [
    'a long object that breaks',
    { accept: 'application/json', authorization: 'Bearer s3cret', extra: 'a longer value' },
  ],
  ['deep nesting', { a: { b: { c: { d: 1 } } } }],
  ['sets and maps', [new Set(), new Set(['o1']), new Map([['k', [1]]])]],
  ['a class instance', new Point(1, 2)],
  ['a null-prototype object', Object.assign(Object.create(null) as object, { a: 1 })],
  ['holes', [1, , , 4]], // eslint-disable-line no-sparse-arrays -- holes are what is printed here
  ['functions and classes', [function named() {}, () => 1, Point]],
  ['dates and regexps', [new Date(0), /a+/g]],
  ['undefined, null, booleans', [undefined, null, true]],
  [
    'a circular object',
    (() => {
      const o: Record<string, unknown> = {};
      o.self = o;
      return o;
    })(),
  ],
];

describe('inspect, as the try-it worker prints values', () => {
  for (const [what, value] of values) {
    it(`prints ${what} as Node's util.inspect does`, () => {
      const expected = nodeInspect(value).replace('<ref *1> ', '');
      expect(inspect(value)).toBe(expected);
    });
  }

  it("formats console.log's arguments as util.format does", () => {
    const cases: unknown[][] = [
      ['#%d:', 1, 12],
      ['%s and %s', 'a', { b: 1 }],
      ['label:', { user: 'ada' }, ['x']],
      [{}, [], ['code']],
      ['100%%', 'extra'],
      ['%i %j', 2.7, { a: [1] }],
    ];
    for (const args of cases) expect(format(...args)).toBe(nodeFormat(...args));
  });
});
