import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cacheDir,
  hashingPlugin,
  hashedInputs,
  inputsUnchanged,
  memoOnDisk,
  sha256,
  writeAtomically,
} from './disk-cache.ts';
import { repoRoot } from './paths.ts';
import { loader } from './runner.ts';

const dir = mkdtempSync(join(tmpdir(), 'gotcha-disk-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

describe('the disk cache', () => {
  it('hashes each input of a build exactly as esbuild compiled it, and sees an edit or a deletion', async () => {
    write('entry.ts', "import { n } from './part.ts';\nexport const twice: number = n * 2;\n");
    write('part.ts', 'export const n: number = 21;\n');
    const hashes = new Map<string, string>();
    await build({ entryPoints: [join(dir, 'entry.ts')], bundle: true, write: false, plugins: [hashingPlugin(hashes)] });
    expect(new Map(hashes)).toEqual(
      new Map([
        [join(dir, 'entry.ts'), sha256(readFileSync(join(dir, 'entry.ts')))],
        [join(dir, 'part.ts'), sha256(readFileSync(join(dir, 'part.ts')))],
      ]),
    );
    const inputs = hashedInputs(hashes);
    expect(inputs.map(([path]) => path)).toContain(relative(repoRoot, join(dir, 'part.ts')));
    expect(inputsUnchanged(inputs)).toBe(true);
    write('part.ts', 'export const n: number = 22;\n');
    expect(inputsUnchanged(inputs)).toBe(false);
    rmSync(join(dir, 'part.ts'));
    expect(inputsUnchanged(inputs)).toBe(false);
    expect(inputsUnchanged([])).toBe(false);
  });

  it('keeps a pure result while its input and the code that computes it are unchanged', () => {
    const code = join(dir, 'compute.ts');
    write('compute.ts', 'export const version = 1;\n');
    const kind = `test-${process.pid}`;
    let calls = 0;
    const upper = (text: string) => {
      calls += 1;
      return { text: text.toUpperCase() };
    };
    const input = `text ${Math.random()}`;
    expect(memoOnDisk(kind, [code], input, upper)).toEqual({ text: input.toUpperCase() });
    expect(memoOnDisk(kind, [code], input, upper)).toEqual({ text: input.toUpperCase() });
    expect(calls).toBe(1);
    memoOnDisk(kind, [code], `${input}!`, upper);
    expect(calls).toBe(2);
    rmSync(join(cacheDir, 'memo', kind), { recursive: true, force: true });
  });

  it('writes a file whole, replacing what was there', () => {
    const file = join(dir, 'nested', 'out.txt');
    writeAtomically(file, 'first');
    writeAtomically(file, 'second');
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readdirSync(join(dir, 'nested'))).toEqual(['out.txt']);
  });

  it("keeps a kata file's bundle with its inputs' hashes, and compiles again when an input's content changes", async () => {
    write('kata.ts', "import { greeting } from './words.ts';\nexport const hello = (): string => greeting;\n");
    write('words.ts', "export const greeting: string = 'hi';\n");
    type Kata = { hello: () => string };
    expect((await loader<Kata>(join(dir, 'kata.ts'))()).hello()).toBe('hi');
    const entryName = relative(repoRoot, join(dir, 'kata.ts'));
    const stored = readdirSync(join(cacheDir, 'bundles'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(cacheDir, 'bundles', f), 'utf8')) as { inputs: [string, string][] })
      .filter((entry) => entry.inputs.some(([path]) => path === entryName));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.inputs).toContainEqual([
      relative(repoRoot, join(dir, 'words.ts')),
      sha256("export const greeting: string = 'hi';\n"),
    ]);
    write('words.ts', "export const greeting: string = 'yo';\n");
    expect((await loader<Kata>(join(dir, 'kata.ts'))()).hello()).toBe('yo');
  });
});
