import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blocksWith, CatalogError, kataAt, type Kata } from './catalog.ts';
import { runPython } from './python.ts';
import { loader, runScript } from './runner.ts';
import { runSpec, type Spec } from './spec.ts';

/** Fresh-instance loaders for one kata's implementations. */
export interface KataLoaders<M> {
  readonly kata: Kata;
  readonly broken: () => Promise<M>;
  readonly fixed: () => Promise<M>;
  /** A loader for a wrong fix, by its file name without `.ts`. */
  readonly wrongFix: (name: string) => () => Promise<M>;
}

/**
 * What the spec must reject: for `broken` and for each file in wrong-fixes/
 * (by name without `.ts`), the names of the checks that fail on it.
 */
export type Rejections = Readonly<Record<string, readonly string[]>>;

function failedChecks<M>(spec: Spec<M>, load: () => Promise<M>): Promise<string[]> {
  return runSpec(spec, load).then((results) => results.filter((r) => !r.passed).map((r) => r.name));
}

function expectedBlock(kata: Kata, output: string): string {
  const [block, extra] = blocksWith(kata.doc, 'output', output);
  if (block === undefined || extra !== undefined) {
    throw new CatalogError([`katas/${kata.name}/README.md: needs exactly one \`\`\`text output=${output} block`]);
  }
  return block.code;
}

/**
 * Declares a kata's suite, named by its title. Beside the kata's own tests it
 * registers the proofs every kata owes: the spec passes on fixed.ts, it fails on
 * broken.ts and on every wrong fix exactly where `rejects` says, predict.ts
 * prints the README's answers, and the Python original prints its README output.
 */
export function describeKata<M>(
  testFileUrl: string,
  spec: Spec<M>,
  rejects: Rejections,
  body: (loaders: KataLoaders<M>) => void,
): void {
  const kata = kataAt(dirname(fileURLToPath(testFileUrl)));
  const wrongNames = kata.files.wrongFixes.map((f) => basename(f, '.ts'));
  const listed = Object.keys(rejects).sort();
  const owed = ['broken', ...wrongNames].sort();
  if (listed.join() !== owed.join()) {
    throw new Error(`katas/${kata.name}: rejects must list exactly ${owed.join(', ')} (got ${listed.join(', ')})`);
  }
  const checkNames = Object.keys(spec.checks);
  for (const [impl, names] of Object.entries(rejects)) {
    const unknown = names.filter((n) => !checkNames.includes(n));
    if (names.length === 0 || unknown.length > 0) {
      throw new Error(`katas/${kata.name}: rejects.${impl} must name failing checks of the spec (unknown: ${unknown.join(', ') || 'none listed'})`);
    }
  }

  const wrongFixLoaders = new Map(kata.files.wrongFixes.map((f) => [basename(f, '.ts'), loader<M>(f)]));
  const loaders: KataLoaders<M> = {
    kata,
    broken: loader<M>(kata.files.broken),
    fixed: loader<M>(kata.files.fixed),
    wrongFix: (name) => {
      const load = wrongFixLoaders.get(name);
      if (load === undefined) throw new Error(`katas/${kata.name}: no wrong fix named ${name}`);
      return load;
    },
  };

  describe(kata.meta.title.toLowerCase(), () => {
    body(loaders);

    for (const [name, check] of Object.entries(spec.checks)) {
      it(`fixed: ${name}`, async () => {
        await check(await loaders.fixed());
      });
    }

    for (const [impl, expected] of Object.entries(rejects)) {
      const load = impl === 'broken' ? loaders.broken : loaders.wrongFix(impl);
      const label = impl === 'broken' ? 'broken' : `broken: wrong fix "${impl}"`;
      const title = impl === 'broken' ? `broken: the spec rejects it` : label;
      it(`${title} (fails: ${expected.join('; ')})`, async () => {
        expect(await failedChecks(spec, load)).toEqual(expected);
      });
    }

    it('broken: predict.ts prints the answer in the README', async () => {
      const printed = await runScript(kata.files.predict);
      expect(printed.join('\n')).toBe(expectedBlock(kata, 'broken'));
    });

    it('fixed: predict.ts prints the fixed answer in the README', async () => {
      const printed = await runScript(kata.files.predict, { [kata.files.broken]: kata.files.fixed });
      expect(printed.join('\n')).toBe(expectedBlock(kata, 'fixed'));
    });

    const python = kata.files.python;
    if (python !== undefined) {
      it('broken: the Python original prints the output in the README', (context) => {
        const run = runPython(python);
        if (run.skipped !== undefined) {
          context.skip(run.skipped);
          return;
        }
        expect(run.stderr).toBe('');
        expect(run.stdout.trimEnd()).toBe(expectedBlock(kata, 'python'));
      });
    }
  });
}
