// The trainer's commands, driven as a learner, an instructor and an
// interviewer run them: a separate process in a temporary copy of the repo.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands } from './help.ts';
import { copyRepo, kataName, runCli, runNpm, secondKataName, type RepoCopy } from './testkit.ts';

let copy: RepoCopy;
const practice = (name = kataName) => copy.path('practice', `${name}.ts`);
const kataFile = (...parts: string[]) => copy.path('katas', kataName, ...parts);
const usePractice = (source: string, name = kataName) => {
  mkdirSync(copy.path('practice'), { recursive: true });
  cpSync(source, practice(name));
};

beforeAll(() => {
  copy = copyRepo();
});
afterAll(() => copy.remove());
beforeEach(() => rmSync(copy.path('practice'), { recursive: true, force: true }));

describe('npm start without a terminal', () => {
  it('prints the catalogue with progress and the next step, then exits 0', async () => {
    const run = await runNpm(copy, ['start']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/002 {2}Late-bound closures +easy +not started/);
    expect(run.stdout).toMatch(/900 {2}Late-bound closures again +easy +not started/);
    expect(run.stdout).toContain('Progress: 0 of 2 solved');
    expect(run.stdout).toContain('Next: npm run kata -- practice 002');
    expect(existsSync(copy.path('practice')), 'listing creates no practice copy').toBe(false);
  });
});

describe('help', () => {
  it('answers help, --help and -h with the command list', async () => {
    for (const args of [['help'], ['--help'], ['-h']]) {
      const run = await runCli(copy, args);
      expect(run.code, args.join(' ')).toBe(0);
      for (const command of commands) expect(run.stdout).toContain(`\n  ${command}`);
    }
  });

  it('answers help at every level: each command with --help, and help <command>', { timeout: 180_000 }, async () => {
    for (const command of commands.filter((c) => c !== 'help')) {
      const flag = await runCli(copy, [command, '--help']);
      const topic = await runCli(copy, ['help', command]);
      expect(flag.code, command).toBe(0);
      expect(flag.stdout).toContain(`Usage: npm run kata -- ${command}`);
      expect(topic.stdout).toBe(flag.stdout);
    }
    const withKata = await runCli(copy, ['check', '002', '--help']);
    expect(withKata.stdout).toContain('Usage: npm run kata -- check <kata> [file|folder]...');
  });
});

describe('list', () => {
  it('shows each state and the progress count', async () => {
    usePractice(kataFile('fixed.ts'));
    usePractice(kataFile('wrong-fixes', 'let-outside-loop.ts'), secondKataName);
    let run = await runCli(copy, ['list']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/✔ 002 {2}Late-bound closures +easy +solved/);
    expect(run.stdout).toMatch(/… 900 {2}Late-bound closures again +easy +in progress/);
    expect(run.stdout).toContain('Progress: 1 of 2 solved');
    expect(run.stdout).toContain('Continue with: npm run kata -- practice 900');

    usePractice(kataFile('fixed.ts'), secondKataName);
    run = await runCli(copy, ['list']);
    expect(run.stdout).toContain('Progress: 2 of 2 solved');
    expect(run.stdout).toContain('Every kata is solved.');
  });
});

describe('show', () => {
  it('without a terminal prints the question with the broken.ts code, and no answer', async () => {
    const run = await runCli(copy, ['show', '002']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('broken.ts\n\n    export function multipliers(count: number)');
    expect(run.stdout).toContain('console.log(multipliers(4).map((f) => f(2)));');
    expect(run.stdout).not.toContain('[ 8, 8, 8, 8 ]');
    expect(run.stdout).not.toContain('+++');
    expect(run.stdout).toContain('npm run kata -- show 002 --reveal');
  });

  it('with --reveal prints the question, then broken and fixed outputs side by side, then the fix', async () => {
    const run = await runCli(copy, ['show', 'late-bound-closures', '--reveal']);
    expect(run.code, run.stderr).toBe(0);
    const question = run.stdout.indexOf('console.log(multipliers(4).map((f) => f(2)));');
    const outputs = run.stdout.search(/broken\.ts prints +│ fixed\.ts prints/);
    expect(run.stdout).toContain('A closure remembers the variable, not the value it had when the closure was made.');
    expect(question).toBeGreaterThan(0);
    expect(outputs).toBeGreaterThan(question);
    expect(run.stdout).toMatch(/\n\[ 8, 8, 8, 8 \] +│ \[ 0, 2, 4, 6 \]\n/);
    expect(run.stdout).toContain('The Python original prints\n  [6, 6, 6, 6]');
    expect(run.stdout).toContain('\n+  for (let i = 0; i < count; i++) {\n');
  });

  it('stacks the outputs when the terminal is narrow', async () => {
    const run = await runCli(copy, ['show', '002', '--reveal'], { env: { COLUMNS: '30' } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('broken.ts prints\n  [ 8, 8, 8, 8 ]\n\nfixed.ts prints\n  [ 0, 2, 4, 6 ]\n');
    expect(run.stdout).not.toContain('│');
  });
});

describe('hint', () => {
  it('gives a nudge first, one more on each call, and remembers how many were shown', async () => {
    const hints =
      /hints:\n((?: {2}- .*\n)+)/
        .exec(readFileSync(kataFile('README.md'), 'utf8'))?.[1]
        ?.split('\n')
        .filter(Boolean) ?? [];
    expect(hints.length).toBeGreaterThanOrEqual(2);
    const first = await runCli(copy, ['hint', '002']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Hint 1 of ${hints.length}: Count the variables named i.`);
    expect(first.stdout).not.toContain('Hint 2 of');
    const second = await runCli(copy, ['hint', kataName]);
    expect(second.stdout).toContain('Hint 1 of');
    expect(second.stdout).toContain(`Hint 2 of ${hints.length}: A closure keeps a live link`);
    for (let n = 3; n <= hints.length; n++) await runCli(copy, ['hint', '2']);
    const past = await runCli(copy, ['hint', '002']);
    expect(past.stdout).toContain(`Hint ${hints.length} of ${hints.length}`);
    expect(past.stdout).toContain('That was every hint');
    expect(past.stdout, 'the last word points at something the learner can see').toContain('npm run kata -- run 002');
    const saved = JSON.parse(copy.read('practice', 'progress.json')) as { katas: Record<string, { hints: number }> };
    expect(saved.katas[kataName]?.hints).toBe(hints.length);
  });
});

describe('reset', () => {
  it('restores the copy from broken.ts and keeps a backup of what was there', async () => {
    mkdirSync(copy.path('practice'));
    writeFileSync(practice(), '// my half-done work\n');
    const run = await runCli(copy, ['reset', '002']);
    expect(run.code, run.stderr).toBe(0);
    expect(copy.read('practice', `${kataName}.ts`)).toBe(readFileSync(kataFile('broken.ts'), 'utf8'));
    const backups = readdirSync(copy.path('practice', 'backups'));
    expect(backups).toHaveLength(1);
    expect(copy.read('practice', 'backups', backups[0] ?? '')).toBe('// my half-done work\n');
    expect(run.stdout).toContain(`Your previous copy is kept at practice/backups/${backups[0] ?? ''}`);

    await runCli(copy, ['reset', '002']);
    expect(readdirSync(copy.path('practice', 'backups')), 'a second reset keeps a second backup').toHaveLength(2);
  });

  it('creates the copy when there was none', async () => {
    const run = await runCli(copy, ['reset', '002']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('There was no copy to reset; created practice/002-late-bound-closures.ts');
    expect(existsSync(practice())).toBe(true);
  });
});

describe('practice', () => {
  it('creates the copy from broken.ts, then watches it until standard input ends', async () => {
    const run = await runCli(copy, ['practice', '002']);
    expect(run.code, run.stderr).toBe(0);
    expect(copy.read('practice', `${kataName}.ts`)).toBe(readFileSync(kataFile('broken.ts'), 'utf8'));
    expect(run.stdout).toContain('Created practice/002-late-bound-closures.ts');
    expect(run.stdout).toMatch(/── check 1 · practice\/002-late-bound-closures\.ts · \d+ ms ──\n✘ Not solved yet/);
  });

  it('never overwrites a copy that exists', async () => {
    mkdirSync(copy.path('practice'));
    writeFileSync(practice(), '// my own start\nexport const x = 1;\n');
    const run = await runCli(copy, ['practice', '002']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('Created');
    expect(copy.read('practice', `${kataName}.ts`)).toBe('// my own start\nexport const x = 1;\n');
  });
});

describe('check', () => {
  it('exits 0 on a passing copy and only then reveals the fix as a diff of broken.ts and fixed.ts', async () => {
    usePractice(kataFile('fixed.ts'));
    const run = await runCli(copy, ['check', '002']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('✔ Solved: practice/002-late-bound-closures.ts passes all 3 checks.');
    expect(run.stdout).toContain(`--- katas/${kataName}/broken.ts\n+++ katas/${kataName}/fixed.ts\n@@ -1,`);
    expect(run.stdout).toContain('\n-  for (var i = 0; i < count; i++) {\n');
    expect(run.stdout).toContain('\n+  for (let i = 0; i < count; i++) {\n');
  });

  it('exits 1 on a wrong fix, printing the failing expectation and no fix', async () => {
    usePractice(kataFile('wrong-fixes', 'let-outside-loop.ts'));
    const run = await runCli(copy, ['check', '002']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✘ Not solved yet: practice/002-late-bound-closures.ts fails 1 of 3 checks.');
    expect(run.stdout).toContain(
      '  ✘ each closure keeps the i of its own iteration\n      times 2, the closures of multipliers(4) give [8, 8, 8, 8]',
    );
    expect(run.stdout).toContain('  ✔ a method passed as a callback keeps its this');
    // Frames are the candidate's own: the spec's, which the candidate has never seen, are left out.
    expect(run.stdout).not.toMatch(/spec\.ts:\d+:\d+/);
    expect(run.stdout).not.toContain('+++');
  });

  it("grades any file given, such as a candidate's outside the repo, without touching progress", async () => {
    const dir = join(tmpdir(), `candidate-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      const file = join(dir, 'answer.ts');
      cpSync(kataFile('broken.ts'), file);
      const failing = await runCli(copy, ['check', '002', file]);
      expect(failing.code).toBe(1);
      expect(failing.stdout).toContain(`${file} fails 3 of 3 checks`);
      expect(failing.stdout).toMatch(new RegExp(`at sum \\(${file.replaceAll('/', '\\/')}:\\d+:\\d+\\)`));
      cpSync(kataFile('fixed.ts'), file);
      expect((await runCli(copy, ['check', 'late-bound-closures', file])).code).toBe(0);
      expect(existsSync(copy.path('practice', 'progress.json'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('verify', () => {
  it('checks every kata, prints a summary, and exits 0 only when every kata is solved', async () => {
    usePractice(kataFile('wrong-fixes', 'iife-ignores-its-copy.ts'));
    let run = await runCli(copy, ['verify']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '✘ 002  Late-bound closures: Not solved yet: practice/002-late-bound-closures.ts fails 1 of 3 checks.',
    );
    expect(run.stdout).toContain('900  Late-bound closures again: not started');
    expect(run.stdout).toContain('Summary: 0 of 2 katas solved, 1 in progress, 1 not started.');

    usePractice(kataFile('fixed.ts'));
    usePractice(kataFile('fixed.ts'), secondKataName);
    run = await runCli(copy, ['verify']);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('Summary: 2 of 2 katas solved, 0 in progress, 0 not started.');
  });
});
