import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksWith, hiddenInHint, implementationFiles, readKatas, readPatterns } from './catalog.ts';
import { changedLines } from './diff.ts';
import { stale } from './sync.ts';

const { katas, problems } = readKatas();
const patterns = readPatterns();
const read = (file: string) => readFileSync(file, 'utf8');
/** An implementation's source: one file, or a folder's modules one after another, each under its name. */
const source = (entry: string) => {
  const files = implementationFiles(entry);
  return files.length === 1 ? read(entry) : files.map((f) => `// ${basename(f)}\n${read(f)}`).join('\n');
};

describe('the catalog', () => {
  it('has no problems in any kata folder or front matter', () => {
    expect(problems).toEqual([]);
  });

  it('refuses a hint that points at what the learner cannot see while practising', () => {
    expect(hiddenInHint('Compare your copy with the predict.ts output, and check it again.')).toBe('predict.ts output');
    expect(hiddenInHint('Diff your copy against fixed.ts.')).toBe('fixed.ts');
    expect(hiddenInHint('Count the variables named i.')).toBeUndefined();
  });

  it('has no problems in any pattern folder or front matter', () => {
    expect(patterns.problems).toEqual([]);
  });

  it('has nothing stale that is generated (indexes, README blocks that show a file, the teaching order)', () => {
    expect(stale(katas, patterns.patterns), 'these files are stale: run npm run sync').toEqual([]);
  });

  for (const kata of katas) {
    describe(kata.name, () => {
      it('shows predict.ts and original.py in its README, generated from the files by npm run sync', () => {
        const shown = [...blocksWith(kata.doc, 'file', 'predict.ts'), ...blocksWith(kata.doc, 'file', 'original.py')];
        expect(shown.map((b) => b.attrs.file)).toEqual(
          kata.files.python ? ['predict.ts', 'original.py'] : ['predict.ts'],
        );
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
