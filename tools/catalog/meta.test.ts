import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { implementationFiles, readKatas, readPatterns } from './catalog.ts';
import { readmePath, withFreshIndex } from './readme-index.ts';

const { katas, problems } = readKatas();
const read = (file: string) => readFileSync(file, 'utf8');
/** An implementation's source: one file, or a folder's modules one after another, each under its name. */
const source = (entry: string) => {
  const files = implementationFiles(entry);
  return files.length === 1 ? read(entry) : files.map((f) => `// ${basename(f)}\n${read(f)}`).join('\n');
};

function changedLines(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  const lcs: number[][] = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      const row = lcs[i] ?? [];
      row[j] = x[i] === y[j] ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  return x.length + y.length - 2 * (lcs[0]?.[0] ?? 0);
}

describe('the catalog', () => {
  it('has no problems in any kata folder or front matter', () => {
    expect(problems).toEqual([]);
  });

  it('has no problems in any pattern folder or front matter', () => {
    expect(readPatterns().problems).toEqual([]);
  });

  it('README.md carries the index generated from front matter', () => {
    const readme = read(readmePath);
    expect(readme, 'the index is stale: run npx tsx tools/readme-index.ts').toBe(withFreshIndex(readme, katas));
  });

  for (const kata of katas) {
    describe(kata.name, () => {
      it('shows predict.ts, original.py and any other file in its README exactly as they are on disk', () => {
        const shown = kata.doc.sections.flatMap((s) => s.blocks.filter((b) => b.attrs.file !== undefined));
        expect(shown.map((b) => b.attrs.file).filter((f) => f === 'predict.ts' || f === 'original.py')).toEqual(
          kata.files.python ? ['predict.ts', 'original.py'] : ['predict.ts'],
        );
        for (const block of shown) {
          expect(`${block.code}\n`).toBe(read(`${kata.dir}/${block.attrs.file ?? ''}`));
        }
      });

      it('keeps fixed.ts a small edit of broken.ts, and every wrong fix different from both', () => {
        const broken = source(kata.files.broken);
        const fixed = source(kata.files.fixed);
        const changed = changedLines(broken, fixed);
        expect(changed).toBeGreaterThan(0);
        expect(changed, 'lines changed between broken.ts and fixed.ts').toBeLessThanOrEqual(broken.split('\n').length);
        for (const file of kata.files.wrongFixes) {
          expect(source(file), basename(file)).not.toBe(broken);
          expect(source(file), basename(file)).not.toBe(fixed);
        }
      });

      it('proves each catcher it names', () => {
        const test = read(kata.files.test);
        expect(test).toContain('describeKata(');
        for (const catcher of kata.meta.catches) {
          if ('lint' in catcher) {
            // The directive is what keeps `npm run lint` green; tools/lint-proofs.test.ts proves the rule fires.
            expect(source(kata.files.broken), `broken.ts marks the line where ${catcher.lint} fires`).toMatch(
              new RegExp(`eslint-disable-next-line [^\\n]*${catcher.lint.replace(/[/@]/g, '\\$&')}`),
            );
            expect(source(kata.files.fixed)).not.toContain(catcher.lint);
          }
          if ('compiler' in catcher) {
            expect(test, 'a compiler catch is shown with @ts-expect-error or expectTypeOf').toMatch(
              /@ts-expect-error|expectTypeOf/,
            );
          }
        }
      });
    });
  }
});
