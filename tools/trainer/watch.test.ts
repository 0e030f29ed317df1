// The watch loop, driven as a learner uses it: a separate process that is
// sent keys on standard input while its practice file is edited on disk.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyRepo, kataName, secondKataName, Session, type RepoCopy } from './testkit.ts';

let copy: RepoCopy;
let session: Session | undefined;
const practiceFile = `practice/${kataName}.ts`;
const source = (...parts: string[]) => readFileSync(copy.path('katas', kataName, ...parts), 'utf8');
const save = (text: string) => writeFileSync(copy.path(practiceFile), text);
const practised = (name: string) => copy.read('practice', name);
const start = (args: string[]) => (session = new Session(copy, args));

beforeAll(() => {
  copy = copyRepo();
});
afterAll(() => copy.remove());
beforeEach(() => rmSync(copy.path('practice'), { recursive: true, force: true }));
afterEach(async () => {
  await session?.kill();
  session = undefined;
});

describe('the watch loop', () => {
  for (const mode of ['change events', 'polling'] as const) {
    it(`gives a verdict after each save, wrong then right (${mode})`, async () => {
      const watch = start(['practice', '002', ...(mode === 'polling' ? ['--poll'] : [])]);
      const first = await watch.verdict(1);
      expect(first).toContain(`✘ Not solved yet: ${practiceFile} fails 3 of 3 checks.`);
      expect(first, 'the copy is broken.ts as given: the answer stays hidden').not.toContain('[ 8, 8, 8, 8 ]');
      expect(first).not.toContain('Expected values');
      expect(first).toContain(
        '  ✘ each closure keeps the i of its own iteration\n  ✘ a method passed as a callback keeps its this\n  ✘ each sum starts from zero\n',
      );
      expect(first, 'verdict first: the headline, then the first failing check').toMatch(
        /^── check 1 · .*──\n✘ Not solved yet: .*\n\nFirst failing check: each closure keeps the i of its own iteration\n/,
      );
      expect(first).toContain(
        'Your copy is broken.ts as given. Predict what the snippet prints (? shows the question)',
      );

      save(source('wrong-fixes', 'iife-ignores-its-copy.ts'));
      const changed = await watch.verdict(2);
      expect(changed).toContain(`✘ Not solved yet: ${practiceFile} fails 1 of 3 checks.`);
      expect(changed).toContain(`predict.ts with ${practiceFile} in place of broken.ts prints:\n  [ 8, 8, 8, 8 ]`);
      expect(changed, 'the failing check in detail, in plain words').toContain(
        'First failing check: each closure keeps the i of its own iteration\n    times 2, the closures of multipliers(4) give [8, 8, 8, 8]',
      );

      save(source('wrong-fixes', 'let-outside-loop.ts'));
      const wrong = await watch.verdict(3);
      expect(wrong).toContain(`✘ Not solved yet: ${practiceFile} fails 1 of 3 checks.`);
      expect(wrong).toContain('  ✘ each closure keeps the i of its own iteration');
      expect(wrong).not.toContain('+++');

      save(source('fixed.ts'));
      const right = await watch.verdict(4);
      expect(right).toContain(`✔ Solved: ${practiceFile} passes all 3 checks.`);
      expect(right).toContain(`predict.ts with ${practiceFile} in place of broken.ts prints:\n  [ 0, 2, 4, 6 ]`);
      expect(right).toContain(`+++ katas/${kataName}/fixed.ts`);
      expect(right).toContain(`The reference fix is written beside your copy: practice/${kataName}.reference.ts`);
      expect(practised(`${kataName}.reference.ts`)).toBe(source('fixed.ts'));
      const lessons = await watch.waitFor(/The kata's wrong fixes[\s\S]*bind-once[^\n]*\n/);
      expect(lessons).toContain('✘ let-outside-loop: fails “each closure keeps the i of its own iteration”: times 2');
      expect(lessons).toContain('✘ bind-once: fails “each sum starts from zero”');

      watch.send('q');
      expect(await watch.exited).toBe(0);
      expect(watch.stdout).toContain('Bye. Your copy stays in practice/002-late-bound-closures.ts');
      expect(watch.stdout).not.toContain('── check 5');
    });
  }

  it('keeps running through a syntax error, an endless loop and a deleted file', async () => {
    const watch = start(['practice', '002', '--timeout', '500']);
    await watch.verdict(1);
    save(source('fixed.ts').replace('tally.add(amount));', 'tally.add(amount);'));
    expect(await watch.verdict(2)).toMatch(
      new RegExp(`✘ Syntax error in ${practiceFile}:\\n {2}${practiceFile}:\\d+:\\d+: Expected`),
    );
    save(source('fixed.ts').replace('  return tally.total;', '  for (;;) tally.total++;'));
    expect(await watch.verdict(3)).toContain(
      '✘ Stopped after 500 ms in the check "a method passed as a callback keeps its this": the code did not finish.',
    );

    const mark = watch.stdout.length;
    unlinkSync(copy.path(practiceFile));
    await watch.waitFor(
      /There is no practice copy of 002-late-bound-closures at practice\/002-late-bound-closures\.ts yet\.\nCreate it with: npm run kata -- practice 002\nOr press r to create it here\./,
      mark,
    );
    watch.send('r');
    watch.send('002');
    expect(await watch.verdict(4)).toContain(`✘ Not solved yet: ${practiceFile} fails 3 of 3 checks.`);
    expect(watch.stdout).toContain('There was no copy to reset; created practice/002-late-bound-closures.ts');

    save(source('fixed.ts'));
    expect(await watch.verdict(5)).toContain('✔ Solved');
    expect(await watch.quit()).toBe(0);
  });

  it('answers each key: hint, hints seen, question, list, re-run, a deliberate reset, next and quit', async () => {
    const watch = start(['practice', '002']);
    await watch.verdict(1);

    let mark = watch.stdout.length;
    watch.send('h');
    await watch.waitFor(/Hint 1 of 3: Count the variables named i\./, mark);
    watch.send('H');
    await watch.waitFor(/Hint 2 of 3: A closure keeps a live link/, mark);
    mark = watch.stdout.length;
    watch.send('s');
    const seen = await watch.waitFor(/\(h shows hint 3\)/, mark);
    expect(seen, 'seeing the hints again does not spend the next').not.toContain('Hint 3 of 3');
    expect(seen).toContain('Hint 1 of 3');

    mark = watch.stdout.length;
    watch.send('?');
    await watch.waitFor(/002 Late-bound closures\n[\s\S]*Press \? again, or save, for the verdict\./, mark);

    mark = watch.stdout.length;
    watch.send('l');
    await watch.waitFor(
      /Katas · 0 of 2 solved[\s\S]*▶ … 002 {2}Late-bound closures +easy +in progress[\s\S]*900 {2}Late-bound closures again/,
      mark,
    );
    watch.send('q');
    watch.send('');
    expect(await watch.verdict(2), 'Enter checks again, though nothing changed').toContain('fails 3 of 3 checks');

    save('// my own attempt\n');
    expect(await watch.verdict(3)).toContain(
      'does not export Tally, multipliers and sum. fixed.ts does, and the checks need them.',
    );
    mark = watch.stdout.length;
    watch.send('r');
    await watch.waitFor(/or type 002 to reset\. Any other key keeps your copy\./, mark);
    watch.send('y');
    await watch.waitFor(/Reset cancelled; your copy is untouched\./, mark);
    watch.send('r');
    watch.send('');
    await watch.waitFor(/Reset cancelled[\s\S]*Reset cancelled/, mark);
    watch.send('try { decode() }');
    await watch.waitFor(/Ignored 16 characters of pasted or typed text/, mark);
    expect(copy.read(practiceFile)).toBe('// my own attempt\n');
    watch.send('r');
    watch.send('002');
    await watch.waitFor(/Your previous copy is kept at practice\/backups\//, mark);
    const afterReset = await watch.verdict(4);
    expect(afterReset).toContain('fails 3 of 3 checks');
    expect(afterReset, 'the backup is still on screen after the check').toContain(
      'Your previous copy is kept at practice/backups/',
    );
    expect(copy.read(practiceFile)).toBe(source('broken.ts'));
    const [backup] = readdirSync(copy.path('practice', 'backups'));
    expect(copy.read('practice', 'backups', backup ?? '')).toBe('// my own attempt\n');

    mark = watch.stdout.length;
    watch.send('n');
    await watch.waitFor(/900 Late-bound closures again\n/, mark);
    const other = await watch.waitFor(/── check 1 · practice\/900[\s\S]*?\nKeys:/, mark);
    expect(other, 'checks are numbered per kata').toContain(`practice/${secondKataName}.ts fails 3 of 3 checks.`);
    expect(existsSync(copy.path('practice', `${secondKataName}.ts`))).toBe(true);

    mark = watch.stdout.length;
    watch.send('z');
    await watch.waitFor(/Unknown key "z"\./, mark);
    watch.send('q');
    expect(await watch.exited).toBe(0);
    const progress = JSON.parse(copy.read('practice', 'progress.json')) as { katas: Record<string, { hints: number }> };
    expect(progress.katas[kataName]?.hints).toBe(2);
  });
});

const hasScript = spawnSync('script', ['--version']).status === 0;

describe('npm start on a terminal', () => {
  it.skipIf(!hasScript)('opens the watch loop on the first unsolved kata and quits on q', async () => {
    const watch = (session = new Session(copy, [], {
      file: 'script',
      args: ['-qfec', 'npm --silent start', '/dev/null'],
    }));
    await watch.waitFor(/── check 1 · practice\/002-late-bound-closures\.ts/);
    // The notice is drawn below the verdict, so it may arrive in a later chunk of the same screen.
    await watch.waitFor(/Created practice\/002-late-bound-closures\.ts/);
    expect(watch.stdout).toContain('002 Late-bound closures');
    watch.child.stdin?.write('q');
    expect(await watch.exited).toBe(0);
    expect(watch.stdout).toContain('Bye.');
  });
});
