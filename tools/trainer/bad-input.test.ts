// Bad input gets a clear answer and a non-zero exit, and learner code that
// misbehaves is stopped with a message: the trainer as a separate process.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyRepo, kataName, runCli, type RepoCopy } from './testkit.ts';

let copy: RepoCopy;
const practiceFile = `practice/${kataName}.ts`;
const broken = () => readFileSync(copy.path('katas', kataName, 'broken.ts'), 'utf8');
const fixed = () => readFileSync(copy.path('katas', kataName, 'fixed.ts'), 'utf8');
const writePractice = (source: string) => {
  mkdirSync(copy.path('practice'), { recursive: true });
  writeFileSync(copy.path(practiceFile), source);
};
/** fixed.ts with `multipliers` made to do something else first. */
const fixedWith = (body: string) =>
  fixed().replace(
    '  const result: ((x: number) => number)[] = [];',
    `${body}\n  const result: ((x: number) => number)[] = [];`,
  );

beforeAll(() => {
  copy = copyRepo();
});
afterAll(() => copy.remove());
beforeEach(() => rmSync(copy.path('practice'), { recursive: true, force: true }));

describe('the command line', () => {
  it(
    'answers an unknown kata with the nearest names and exit 2, for every command that takes one',
    { timeout: 180_000 },
    async () => {
      for (const command of ['show', 'practice', 'hint', 'reset', 'check']) {
        const run = await runCli(copy, [command, 'late-bond-closures']);
        expect(run.code, command).toBe(2);
        expect(run.stderr).toContain(
          "No kata named 'late-bond-closures'. The nearest names:\n  002-late-bound-closures\n",
        );
        expect(run.stderr).toContain('See them all with: npm run kata -- list');
      }
      expect(existsSync(copy.path('practice')), 'nothing was created for an unknown kata').toBe(false);
    },
  );

  it('takes part of a name that fits one kata, and lists the katas that part fits when it fits several', async () => {
    const one = await runCli(copy, ['check', 'again']);
    expect(one.stderr).toBe(
      'There is no practice copy of 900-late-bound-closures-again at practice/900-late-bound-closures-again.ts yet.\nCreate it with: npm run kata -- practice 900\n',
    );
    const several = await runCli(copy, ['hint', 'late-bound']);
    expect(several.code).toBe(2);
    expect(several.stderr).toBe(
      `'late-bound' could mean any of:\n  002-late-bound-closures\n  900-late-bound-closures-again\nName one of them, by id or in full.\n`,
    );
    expect(several.stdout).toBe('');
  });

  it('answers an unknown command, an unknown option and a missing or extra argument with exit 2', async () => {
    const cases: [string[], string][] = [
      [
        ['lsit'],
        "Unknown command 'lsit'. The commands are: list, show, practice, run, hint, reset, check, verify, quiz, help.",
      ],
      [['list', '--fast'], "Unknown option '--fast'."],
      [['check'], "'check' needs a kata: an id such as 002"],
      [['hint', '002', 'extra'], "'hint' takes at most 1 argument(s); got: 002 extra"],
      [
        ['check', '002', '--timeout', 'soon'],
        "--timeout takes milliseconds, a whole number from 50 to 600000; got 'soon'.",
      ],
      [['list', '--poll'], "'list' does not take --poll."],
      [['help', 'nope'], "No help for 'nope': it is not a command."],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(copy, args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toContain(message);
      expect(run.stdout, args.join(' ')).toBe('');
    }
  });

  it('tells how to create a missing practice copy', async () => {
    const run = await runCli(copy, ['check', '002']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `There is no practice copy of ${kataName} at ${practiceFile} yet.\nCreate it with: npm run kata -- practice 002\n`,
    );
  });

  it('names a file to check that does not exist', async () => {
    const run = await runCli(copy, ['check', '002', 'answers/candidate.ts']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('No file at answers/candidate.ts.');
  });
});

describe('a file that does not compile', () => {
  it('gets the syntax error with file:line:col and exit 1', async () => {
    writePractice(broken().replace('result.push((x) => x * i);', 'result.push((x) => x * i;'));
    const run = await runCli(copy, ['check', '002']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(`✘ Syntax error in ${practiceFile}:\\n {2}${practiceFile}:6:29: Expected "\\)" but found ";"`),
    );
  });

  it('gets each type error with file:line:col and exit 1, even when the checks pass', async () => {
    writePractice(fixed().replace('add(amount: number): void {', 'add(amount: number): string {'));
    const run = await runCli(copy, ['check', '002']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`✘ Not solved yet: every check passes, but ${practiceFile} has 1 type error.`);
    expect(run.stdout).toMatch(
      new RegExp(
        `${practiceFile}:\\d+:\\d+ - error TS2355: A function whose declared type is neither 'undefined', 'void', nor 'any' must return a value.`,
      ),
    );
  });

  it('is told which export is missing', async () => {
    writePractice(fixed().replace('export function sum(', 'function total('));
    const run = await runCli(copy, ['check', '002']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `✘ Not solved yet: ${practiceFile} does not export sum. fixed.ts does, and the checks need it.`,
    );
  });

  it('throws while loading: the error and where it was thrown', async () => {
    writePractice(`${fixed()}\nthrow new RangeError('not yet');\n`);
    const run = await runCli(copy, ['check', '002']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`✘ Not solved yet: loading ${practiceFile} throws before any check can run.`);
    expect(run.stdout).toMatch(new RegExp(`RangeError: not yet\\n\\s+at .*\\(?${practiceFile}:\\d+:\\d+\\)?`));
  });
});

describe('learner code that misbehaves', () => {
  it('is stopped after the timeout when it never returns', async () => {
    writePractice(fixedWith('  while (count >= 0) count += 0;'));
    const started = performance.now();
    const run = await runCli(copy, ['check', '002', '--timeout', '500']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '✘ Stopped after 500 ms in the check "each closure keeps the i of its own iteration": the code did not finish. Look for a loop that never ends',
    );
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('is stopped at once when it awaits a promise that nothing is left to settle', async () => {
    writePractice(`${fixed()}\nawait new Promise(() => undefined);\n`);
    const run = await runCli(copy, ['check', '002', '--timeout', '600000']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '✘ Stopped while loading the file: the code waits for a promise that can never settle, as nothing is left to run.',
    );
  });

  it('is stopped after the timeout when it awaits a promise that a timer keeps putting off', async () => {
    writePractice(`${fixed()}\nawait new Promise(() => setInterval(() => undefined, 10));\n`);
    const run = await runCli(copy, ['check', '002', '--timeout', '500']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✘ Stopped after 500 ms while loading the file: the code did not finish.');
  });

  it('is stopped when it floods its output', async () => {
    writePractice(fixedWith("  for (;;) console.log('again and again');"));
    const run = await runCli(copy, ['check', '002', '--timeout', '20000']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '✘ Stopped in the check "each closure keeps the i of its own iteration": the code printed more than 100,000 characters. Look for a loop that logs without end.',
    );
    expect(run.stdout).toContain('It began with:\n    again and again');
    expect(run.stdout.length).toBeLessThan(5000);
  });

  it('cannot end the trainer with process.exit: there is no process, and the check says why', async () => {
    writePractice(fixedWith('  process.exit(3);'));
    const run = await runCli(copy, ['check', '002']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '  ✘ each closure keeps the i of its own iteration\n      ReferenceError: process.exit is not defined in the trainer\n',
    );
    expect(run.stdout).toContain('no process, file system, network or require');
  });
});

describe('the progress state', () => {
  it('is rebuilt from the practice files when it is not JSON, and the unreadable file is kept', async () => {
    writePractice(fixed());
    writeFileSync(copy.path('practice', 'progress.json'), '{ "version": 1, "katas": {');
    const run = await runCli(copy, ['list']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /practice\/progress\.json could not be read \(.*JSON.*\)\. It was moved to practice\/backups\/progress\.json\.unreadable-[\dTZ-]+, and your progress is rebuilt from your practice files\./,
    );
    expect(run.stdout).toMatch(/✔ 002 {2}Late-bound closures +easy +solved/);
    expect(run.stdout).toContain('Progress: 1 of 2 solved');
    const kept = readdirSync(copy.path('practice', 'backups'));
    expect(kept).toHaveLength(1);
    expect(copy.read('practice', 'backups', kept[0] ?? '')).toBe('{ "version": 1, "katas": {');
    expect(JSON.parse(copy.read('practice', 'progress.json'))).toMatchObject({
      version: 1,
      katas: { [kataName]: { passed: true } },
    });
  });

  it('is rebuilt when its shape is wrong', async () => {
    writePractice(broken());
    writeFileSync(
      copy.path('practice', 'progress.json'),
      JSON.stringify({ version: 1, katas: { [kataName]: { hints: 'lots', passed: true } } }),
    );
    const run = await runCli(copy, ['list']);
    expect(run.stderr).toContain('could not be read (it does not have the expected shape)');
    expect(run.stdout).toMatch(/… 002 {2}Late-bound closures +easy +in progress/);
  });

  it('is checked again when the copy changed since its last verdict', async () => {
    writePractice(fixed());
    expect((await runCli(copy, ['check', '002'])).code).toBe(0);
    cpSync(copy.path('katas', kataName, 'broken.ts'), copy.path(practiceFile));
    const run = await runCli(copy, ['list']);
    expect(run.stdout).toMatch(/… 002 {2}Late-bound closures +easy +in progress/);
  });
});
