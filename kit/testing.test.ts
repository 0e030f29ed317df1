import assert from 'node:assert/strict';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineSpec, type Check, type Spec } from './spec.ts';
import { describeKata, rejectionProblems, type Rejections } from './testing.ts';

interface Doubler {
  readonly double: (n: number) => number;
}
type Names = 'doubles a number' | 'keeps zero';

const spec = defineSpec<Doubler>()({
  'doubles a number': ({ double }) => assert.equal(double(2), 4),
  'keeps zero': ({ double }) => assert.equal(double(0), 0),
});

describe('typed check names', () => {
  it('defineSpec keeps the names of the checks as a type', () => {
    expectTypeOf(spec).toEqualTypeOf<Spec<Doubler, Names>>();
    expectTypeOf(spec.checks).toEqualTypeOf<Readonly<Record<Names, Check<Doubler>>>>();
    expectTypeOf<Rejections<Names>['broken']>().toEqualTypeOf<readonly Names[]>();
  });

  it('describeKata takes only those names in rejects: a misspelt one does not compile', () => {
    // Never called, as describeKata reads a kata folder: the compiler is what judges these calls.
    const calls = () => {
      describeKata(import.meta.url, spec, { broken: ['keeps zero'], 'a-wrong-fix': ['doubles a number'] }, () => {});
      // @ts-expect-error 'keep zero' is a misspelling of the check 'keeps zero'
      describeKata(import.meta.url, spec, { broken: ['keep zero'] }, () => {});
      // @ts-expect-error a wrong fix's list is typed too
      describeKata(import.meta.url, spec, { broken: ['keeps zero'], 'a-wrong-fix': ['doubles'] }, () => {});
      // @ts-expect-error every kata owes the list for broken.ts
      describeKata(import.meta.url, spec, { 'a-wrong-fix': ['keeps zero'] }, () => {});
    };
    expectTypeOf(calls).returns.toEqualTypeOf<void>();
  });
});

describe('rejectionProblems', () => {
  const checks = ['doubles a number', 'keeps zero'];

  it('finds nothing wrong when broken and every wrong fix name failing checks', () => {
    expect(rejectionProblems(checks, ['off-by-one'], { broken: ['keeps zero'], 'off-by-one': checks })).toEqual([]);
  });

  it('names the wrong fixes on disk when rejects lists others, as the types cannot', () => {
    expect(rejectionProblems(checks, ['off-by-one'], { broken: ['keeps zero'], 'of-by-one': ['keeps zero'] })).toEqual([
      'rejects must list exactly broken, off-by-one (got broken, of-by-one)',
    ]);
  });

  it('refuses an unknown check name and an empty list', () => {
    expect(rejectionProblems(checks, ['off-by-one'], { broken: ['keep zero'], 'off-by-one': [] })).toEqual([
      'rejects.broken must name failing checks of the spec (unknown: "keep zero")',
      'rejects.off-by-one must name failing checks of the spec (unknown: none listed)',
    ]);
  });
});
