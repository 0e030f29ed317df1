// The interviewer's `check`: several files and folders, --json, exit codes,
// paths from where npm was run, and file-system errors, with the trainer as a
// separate process.
import { Ajv } from 'ajv';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeBlocks } from '#catalog/markdown.ts';
import { repoRoot } from '#kit/paths.ts';
import { copyRepo, kataName, runCli, Session, type RepoCopy } from './testkit.ts';

let copy: RepoCopy;
const kataFile = (file: string) => readFileSync(copy.path('katas', kataName, file), 'utf8');

/** The schema of `check --json`, as docs/instructors.md documents it. */
function documentedSchema(): object {
  const doc = readFileSync(join(repoRoot, 'docs', 'instructors.md'), 'utf8');
  const block = codeBlocks(doc).find((b) => b.attrs.schema === 'check-report');
  if (block === undefined) throw new Error('docs/instructors.md has no ```json schema=check-report block');
  return JSON.parse(block.code) as object;
}

beforeAll(() => {
  copy = copyRepo();
  copy.write('round/ada.ts', kataFile('fixed.ts'));
  copy.write('round/bob.ts', kataFile('broken.ts'));
  copy.write('round/late/cy.ts', kataFile('wrong-fixes/let-outside-loop.ts'));
  copy.write('round/late/notes.md', 'not a candidate');
  copy.write('round/dee.ts', kataFile('fixed.ts').replace('export function sum(', 'export function sum(('));
  copy.write('round/eve.ts', `import { readFileSync } from 'node:fs';\n${kataFile('fixed.ts')}`);
  mkdirSync(copy.path('empty'));
});
afterAll(() => copy.remove());

describe('check with several files', () => {
  it('grades files and folders in one call, with a summary, and exits 1 when one fails', async () => {
    const run = await runCli(copy, ['check', '002', 'round/ada.ts', 'round/bob.ts', 'round/late']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('── round/ada.ts ──\n\n✔ Solved: round/ada.ts passes all 3 checks.');
    expect(run.stdout).toContain('── round/bob.ts ──\n\n✘ Not solved yet: round/bob.ts fails 3 of 3 checks.');
    expect(run.stdout).toContain('── round/late/cy.ts ──\n\n✘ Not solved yet: round/late/cy.ts fails 1 of 3 checks.');
    expect(run.stdout).toContain(
      '1 of 3 files passed 002 Late-bound closures.\n  ✔ round/ada.ts\n  ✘ round/bob.ts\n  ✘ round/late/cy.ts\n',
    );
    expect(run.stdout, 'several files: the fix is not revealed').not.toContain('+++');
  });

  it('exits 0 when every file passes', async () => {
    const run = await runCli(copy, ['check', '002', 'round/ada.ts', 'katas/002-late-bound-closures/fixed.ts']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 of 2 files passed');
  });

  it('writes one JSON document that the documented schema accepts', async () => {
    const run = await runCli(copy, ['check', '002', 'round', '--json']);
    expect(run.code).toBe(1);
    const document = JSON.parse(run.stdout) as {
      passed: boolean;
      files: { file: string; status: string; passed: boolean; message: string | null; checks: unknown[] }[];
    };
    const validate = new Ajv({ allErrors: true, strict: true }).compile(documentedSchema());
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.passed).toBe(false);
    const byFile = Object.fromEntries(document.files.map((f) => [f.file, f]));
    expect(Object.keys(byFile)).toEqual([
      'round/ada.ts',
      'round/bob.ts',
      'round/dee.ts',
      'round/eve.ts',
      'round/late/cy.ts',
    ]);
    expect(byFile['round/ada.ts']).toMatchObject({ passed: true, status: 'pass', message: null });
    expect(byFile['round/bob.ts']).toMatchObject({ passed: false, status: 'fail', message: null });
    expect(byFile['round/late/cy.ts']?.checks).toContainEqual({
      name: 'each closure keeps the i of its own iteration',
      passed: false,
      message: expect.stringContaining('times 2, the closures of multipliers(4) give [8, 8, 8, 8]') as string,
    });
    expect(byFile['round/dee.ts']).toMatchObject({ status: 'error', checks: [] });
    expect(byFile['round/dee.ts']?.message).toMatch(/^Syntax error:\nround\/dee\.ts:\d+:\d+/);
    expect(byFile['round/eve.ts']?.message).toContain('imports node:fs, which 002-late-bound-closures does not allow');
  });

  it('the schema itself refuses a document that breaks it', () => {
    const validate = new Ajv({ strict: true }).compile(documentedSchema());
    expect(validate({ version: 1, kata: { id: '2', name: 'x', title: 'y' }, passed: true, files: [] })).toBe(false);
    expect(validate({ version: 1, kata: { id: '002', name: 'x', title: 'y' }, passed: 'yes', files: [] })).toBe(false);
  });

  it('resolves relative paths from the folder npm was run in (INIT_CWD)', async () => {
    const run = await runCli(copy, ['check', '002', 'ada.ts'], { env: { INIT_CWD: copy.path('round') } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✔ Solved: ada.ts passes all 3 checks.');
  });
});

describe('bad input to check', () => {
  it('exits 2, naming the path, for a missing file and a folder with no .ts file, and grades nothing', async () => {
    const missing = await runCli(copy, ['check', '002', 'round/ada.ts', 'round/zed.ts']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No file at round/zed.ts.');
    expect(missing.stdout).toBe('');
    const empty = await runCli(copy, ['check', '002', 'empty', '--json']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('There is no .ts file in the folder empty.');
    expect(empty.stdout).toBe('');
  });

  it('exits 2 with the path and what to do when the practice copy is a folder (EISDIR)', async () => {
    mkdirSync(copy.path('practice', `${kataName}.ts`), { recursive: true });
    try {
      const run = await runCli(copy, ['check', '002']);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `Cannot use practice/${kataName}.ts (read): it is a folder, not a file (EISDIR). Give the path of a file, or move the folder away.\n`,
      );
    } finally {
      rmSync(copy.path('practice'), { recursive: true, force: true });
    }
  });

  it('exits 2 when the progress file cannot be read, naming it', async () => {
    mkdirSync(copy.path('practice', 'progress.json'), { recursive: true });
    try {
      const run = await runCli(copy, ['list']);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        'Cannot use practice/progress.json (read): it is a folder, not a file (EISDIR). Give the path of a file, or move the folder away.\n',
      );
    } finally {
      rmSync(copy.path('practice'), { recursive: true, force: true });
    }
  });

  it('keeps the watch loop going when the progress file cannot be written', async () => {
    mkdirSync(copy.path('practice'), { recursive: true });
    writeFileSync(copy.path('practice', `${kataName}.ts`), kataFile('broken.ts'));
    const session = new Session(copy, ['practice', '002']);
    try {
      await session.verdict(1);
      // progress.json as a folder: writing it fails, as on a read-only disk, even for root.
      rmSync(copy.path('practice', 'progress.json'), { force: true });
      mkdirSync(copy.path('practice', 'progress.json', 'inside'), { recursive: true });
      const mark = session.stdout.length;
      session.send('h');
      const text = await session.waitFor(/Cannot use practice\/progress\.json \(rename\): it is a folder/, mark);
      expect(text).toContain('it is a folder, not a file (EISDIR)');
      writeFileSync(copy.path('practice', `${kataName}.ts`), kataFile('fixed.ts'));
      await session.waitFor(
        /Cannot use practice\/progress\.json \(rename\)[\s\S]*Cannot use practice\/progress\.json/,
        mark,
      );
      session.send('q');
      expect(await session.exited).toBe(0);
    } finally {
      await session.kill();
      rmSync(copy.path('practice'), { recursive: true, force: true });
    }
  });
});
