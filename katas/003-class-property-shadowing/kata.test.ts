import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { transform } from 'esbuild';
import { expect, it } from 'vitest';
import { blocksWith } from '#catalog/catalog.ts';
import { importFresh } from '#kit/runner.ts';
import { describeKata } from '#kit/testing.ts';
import type * as Kata from './fixed.ts';
import spec from './spec.ts';

type Module = typeof Kata;

// The same file, compiled as if the root tsconfig had useDefineForClassFields off.
async function withoutDefineSemantics(file: string): Promise<Module> {
  const { code } = await transform(readFileSync(file, 'utf8'), {
    loader: 'ts',
    format: 'esm',
    target: 'node20',
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
  });
  return importFresh<Module>(code);
}

function importThroughVitest(dir: string, file: string): Promise<Module> {
  // A query makes a new module id, so vitest's own transform gives a fresh instance that no other test shares.
  const specifier = `./${relative(dir, file)}?instance=${randomUUID()}`;
  return import(/* @vite-ignore */ specifier) as Promise<Module>;
}

function observe({ Widget, Menu, Toolbar }: Module) {
  const named = new Menu({ items: ['Open', 'Quit'] });
  const plain = new Menu({});
  const small = new Toolbar({ height: 24 });
  const other = new Toolbar({});
  small.add('Bold');
  const zIndexes = () => [Widget.zIndex, Menu.zIndex, Toolbar.zIndex];
  const statics = [zIndexes()];
  Menu.zIndex = 2;
  statics.push(zIndexes());
  Widget.zIndex = 3;
  statics.push(zIndexes());
  return {
    namedItems: named.items,
    defaultItems: plain.items,
    itemsIsOwn: Object.hasOwn(named, 'items'),
    heights: [small.height, other.height],
    heightIsOwn: [Object.hasOwn(small, 'height'), Object.hasOwn(other, 'height')],
    otherButtons: other.buttons,
    buttonsShared: small.buttons === other.buttons,
    statics,
  };
}

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'a menu keeps the items its options name',
      'a menu given no items gets Open and Save, in an array of its own',
      'each toolbar keeps its own buttons',
    ],
    'field-initialiser': [
      'a menu keeps the items its options name',
      'a menu given no items gets Open and Save, in an array of its own',
    ],
    'hook-default-in-field': ['a menu keeps the items its options name'],
    'lazy-own-array': ['each toolbar keeps its own buttons'],
    'own-array-on-first-add': ['each toolbar keeps its own buttons'],
    'height-field-initialiser': ['a toolbar keeps the height it is given, and the others are 32'],
  },
  ({ files, doc, broken, fixed, wrongFix }) => {
    const dir = dirname(files.readme);

    it('broken: init() sets the items, then the ! field defines them again as undefined', async () => {
      const { Menu } = await broken();
      let seenInInit: unknown;
      class Watched extends Menu {
        protected override init(options: Kata.MenuOptions): void {
          super.init(options);
          seenInInit = this.items;
        }
      }
      const menu = new Watched({ items: ['Open', 'Quit'] });
      expect(seenInInit).toEqual(['Open', 'Quit']);
      expect(Object.hasOwn(menu, 'items')).toBe(true);
      expect(menu.items).toBeUndefined();
    });

    it('broken: wrong fix "field-initialiser": = [] also runs after init(), so every menu is empty', async () => {
      const { Menu } = await wrongFix('field-initialiser')();
      expect(new Menu({ items: ['Open', 'Quit'] }).items).toEqual([]);
      expect(new Menu({}).items).toEqual([]);
    });

    it('broken: wrong fix "hook-default-in-field": the default shows, the items passed in are lost', async () => {
      const { Menu } = await wrongFix('hook-default-in-field')();
      expect(new Menu({}).items).toEqual(['Open', 'Save']);
      expect(new Menu({ items: ['Quit'] }).items).toEqual(['Open', 'Save']);
    });

    it('broken: a push through one toolbar changes the one array on Toolbar.prototype', async () => {
      const { Toolbar } = await broken();
      const small = new Toolbar({});
      const plain = new Toolbar({});
      small.add('Bold');
      expect(Object.hasOwn(small, 'buttons')).toBe(false);
      expect(Toolbar.prototype.buttons).toEqual(['Bold']);
      expect(plain.buttons).toBe(small.buttons);
    });

    it('broken: wrong fix "lazy-own-array": ??= finds the prototype array, so it never writes', async () => {
      const { Toolbar } = await wrongFix('lazy-own-array')();
      const small = new Toolbar({});
      small.add('Bold');
      expect(Object.hasOwn(small, 'buttons')).toBe(false);
      expect(new Toolbar({}).buttons).toEqual(['Bold']);
    });

    it('broken: writing height gives that toolbar an own property that hides the 32 on the prototype', async () => {
      const { Toolbar } = await broken();
      const small = new Toolbar({ height: 24 });
      expect(Object.hasOwn(small, 'height')).toBe(true);
      expect(small.height).toBe(24);
      expect(Toolbar.prototype.height).toBe(32);
      expect(Object.hasOwn(new Toolbar({}), 'height')).toBe(false);
    });

    it('broken: statics inherit and shadow like the Python original, line for line', async () => {
      const { Widget, Menu, Toolbar } = await broken();
      const line = () => `${Widget.zIndex} ${Menu.zIndex} ${Toolbar.zIndex}`;
      const lines = [line()];
      Menu.zIndex = 2;
      expect(Object.hasOwn(Menu, 'zIndex')).toBe(true);
      lines.push(line());
      Widget.zIndex = 3;
      lines.push(line());
      const [python] = blocksWith(doc, 'output', 'python');
      expect(lines.join('\n')).toBe(python?.code.split('\n').slice(-3).join('\n'));
    });

    it('broken: tsc flags a ! redeclaration (TS2612) only when the base class declares the field too', () => {
      class Base {
        items: string[] = ['base'];
      }
      class Redeclared extends Base {
        // @ts-expect-error TS2612: with useDefineForClassFields this field overwrites the base property
        override items!: string[];
      }
      expect(new Redeclared().items).toBeUndefined();
    });

    it('broken: strict mode rejects the field with neither ! nor an initialiser (TS2564)', () => {
      abstract class Hooked {
        constructor() {
          this.init();
        }
        protected abstract init(): void;
      }
      class Bare extends Hooked {
        // @ts-expect-error TS2564: strictPropertyInitialization does not look into init()
        items: string[];
        protected init(): void {
          this.items = ['Open'];
        }
      }
      expect(new Bare().items).toBeUndefined();
    });

    const implementations = [
      { label: 'fixed', file: files.fixed, load: fixed },
      { label: 'broken', file: files.broken, load: broken },
      ...files.wrongFixes.map((file) => ({ label: 'broken', file, load: wrongFix(basename(file, '.ts')) })),
    ];
    for (const { label, file, load } of implementations) {
      const name = relative(dir, file);
      // tools/transpilers.test.ts holds tsc to the same spec verdicts for every kata.
      it(`${label}: esbuild (the runner) and vitest's own transform run ${name} alike`, async () => {
        expect(observe(await importThroughVitest(dir, file))).toEqual(observe(await load()));
      });
    }

    it('broken: with useDefineForClassFields off the items would survive, so that agreement is no given', async () => {
      const legacy = await withoutDefineSemantics(files.broken);
      expect(new legacy.Menu({ items: ['Open', 'Quit'] }).items).toEqual(['Open', 'Quit']);
      expect(observe(legacy)).not.toEqual(observe(await broken()));
    });

    it('fixed: a field defines its property, so an inherited setter never runs; an assignment calls it instead', () => {
      const seen: string[] = [];
      class Base {
        set label(value: string) {
          seen.push(value);
        }
      }
      class Defined extends Base {
        // @ts-expect-error TS2610: tsc itself refuses a field over an inherited accessor, for this very reason
        override label = 'field';
      }
      class Assigned extends Base {
        constructor() {
          super();
          this.label = 'assignment';
        }
      }
      const defined = new Defined();
      const assigned = new Assigned();
      expect(seen).toEqual(['assignment']);
      expect(Object.hasOwn(defined, 'label')).toBe(true);
      expect(defined.label).toBe('field');
      expect(Object.hasOwn(assigned, 'label')).toBe(false);
    });
  },
);
