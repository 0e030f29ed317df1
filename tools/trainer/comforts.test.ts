// The trainer's comforts, each driven as a separate process: the watch loop
// on a real pseudo-terminal (util-linux `script`), show in class, run, the
// quiz, the list, and progress shared by two trainers at once.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadKatas } from '#catalog/catalog.ts';
import { copyRepo, kataName, runCli, secondKataName, Session, type RepoCopy } from './testkit.ts';

let copy: RepoCopy;
let sessions: Session[] = [];
const practiceFile = `practice/${kataName}.ts`;
const kataFile = (...parts: string[]) => copy.path('katas', kataName, ...parts);
const usePractice = (source: string) => {
  mkdirSync(copy.path('practice'), { recursive: true });
  cpSync(source, copy.path(practiceFile));
};
const hasScript = spawnSync('script', ['--version']).status === 0;

/** The trainer on a pseudo-terminal of 80 columns and 24 rows. */
function onTerminal(args: string): Session {
  const command = `stty cols 80 rows 24; COLUMNS=80 LINES=24 exec node --import tsx tools/trainer/cli.ts ${args}`;
  const session = new Session(copy, [], { file: 'script', args: ['-qfec', command, '/dev/null'] });
  sessions.push(session);
  return session;
}

function pipe(args: string[]): Session {
  const session = new Session(copy, args);
  sessions.push(session);
  return session;
}

/**
 * The rows an 80×24 terminal shows at the end: what was printed since the
 * screen was last cleared, long lines wrapped, the last 24 rows.
 */
function lastScreen(output: string): string[] {
  const since = output.slice(output.lastIndexOf('\u001b[2J'));
  // eslint-disable-next-line no-control-regex -- the escape sequences are what is removed
  const text = since.replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b\]8;[^\u001b]*\u001b\\/g, '').replaceAll('\r', '');
  const rows = text.split('\n').flatMap((line) => (line.length <= 80 ? [line] : (line.match(/.{1,80}/gu) ?? [])));
  while (rows.at(-1) === '') rows.pop();
  return rows.slice(-24);
}

beforeAll(() => {
  copy = copyRepo();
});
afterAll(() => copy.remove());
beforeEach(() => rmSync(copy.path('practice'), { recursive: true, force: true }));
afterEach(async () => {
  await Promise.all(sessions.map((s) => s.kill()));
  sessions = [];
});

describe.skipIf(!hasScript)('the watch loop on an 80×24 terminal', () => {
  it(
    'keeps the verdict in view, ignores arrows and pastes, opens the list, and exits 130 on Ctrl-C',
    { timeout: 180_000 },
    async () => {
      const watch = onTerminal('practice 002');
      await watch.waitFor(/── check 1 · [\s\S]*Keys:[^\n]*\n[^\n]*quit/);
      expect(lastScreen(watch.stdout)).toContainEqual(expect.stringMatching(/^✘ Not solved yet: .* fails 3 of 3/));

      writeFileSync(copy.path(practiceFile), '// mine\n');
      await watch.waitFor(/── check 2 · [\s\S]*Keys:[^\n]*\n[^\n]*quit/);
      const screen = lastScreen(watch.stdout);
      expect(screen[0], 'the screen starts with the verdict').toMatch(/^── check 2 ·/);
      expect(screen[1]).toMatch(/^✘ Not solved yet: .* does not export/);
      expect(screen.length).toBeLessThanOrEqual(24);

      let mark = watch.stdout.length;
      watch.child.stdin?.write('\u001b[A');
      watch.child.stdin?.write('\u001b[B\u001b[H\u001b[1;5C\u001bOF');
      watch.child.stdin?.write('try { decode() }');
      watch.child.stdin?.write('\u001b[200~r002\u001b[201~');
      watch.child.stdin?.write('s');
      await watch.waitFor(/No hint seen yet/, mark);
      expect(watch.stdout.slice(mark)).not.toContain('Unknown key');
      expect(watch.stdout.slice(mark)).toContain('Ignored 16 characters of pasted or typed text');
      expect(copy.read(practiceFile), 'the pasted text reset nothing').toBe('// mine\n');
      expect(existsSync(copy.path('practice', 'backups'))).toBe(false);

      mark = watch.stdout.length;
      watch.child.stdin?.write('r');
      await watch.waitFor(/▶ Keep my copy/, mark);
      watch.child.stdin?.write('\u001b[B');
      await watch.waitFor(/▶ Reset it to broken\.ts/, mark);
      watch.child.stdin?.write('\r');
      await watch.waitFor(/── check 3 ·[\s\S]*Your previous copy is kept at\s+practice\/backups\/[\s\S]*Keys:/, mark);
      expect(lastScreen(watch.stdout).join('\n'), 'the backup stays on screen').toContain(
        'Your previous copy is kept at',
      );

      mark = watch.stdout.length;
      watch.child.stdin?.write('l');
      await watch.waitFor(/Katas · 0 of 2 solved[\s\S]*Esc or q back/, mark);
      watch.child.stdin?.write('/');
      watch.child.stdin?.write('again');
      watch.child.stdin?.write('\r');
      await watch.waitFor(/Filter: again {2}\(/, mark);
      expect(lastScreen(watch.stdout).join('\n')).not.toContain('002  Late-bound closures ');
      watch.child.stdin?.write('\r');
      await watch.waitFor(/── check 1 · practice\/900-late-bound-closures-again\.ts/, mark);

      watch.child.stdin?.write('\u0003');
      expect(await watch.exited).toBe(130);
    },
  );
});

describe.skipIf(!hasScript)('show on a terminal', () => {
  it(
    'shows the question with its code, and reveals the outputs, then the fix, only on Enter',
    { timeout: 120_000 },
    async () => {
      const show = onTerminal('show 002');
      let mark = 0;
      while (/Enter: more/.test(await show.waitFor(/Enter: (more|reveal what it prints)/, mark))) {
        mark = show.stdout.length;
        show.child.stdin?.write('\r');
      }
      expect(show.stdout).toContain('    export function multipliers(count: number)');
      expect(show.stdout).not.toContain('[ 8, 8, 8, 8 ]');
      show.child.stdin?.write('\r');
      await show.waitFor(/broken\.ts prints[\s\S]*\[ 8, 8, 8, 8 \][\s\S]*Enter: show the fix/);
      expect(show.stdout).not.toContain('+++');
      show.child.stdin?.write('\r');
      await show.waitFor(/\+\+\+ katas\/002-late-bound-closures\/fixed\.ts/);
      show.child.stdin?.write('q');
      expect(await show.exited).toBe(0);
    },
  );
});

describe('run', () => {
  it("prints what predict.ts prints with the learner's copy", async () => {
    usePractice(kataFile('wrong-fixes', 'let-outside-loop.ts'));
    let run = await runCli(copy, ['run', '002']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`predict.ts with ${practiceFile} in place of broken.ts prints:\n  [ 8, 8, 8, 8 ]\n`);
    usePractice(kataFile('fixed.ts'));
    run = await runCli(copy, ['run', '002']);
    expect(run.stdout).toContain('  [ 0, 2, 4, 6 ]');
  });

  it('says how to make the copy when there is none, and a compile error when it does not build', async () => {
    const missing = await runCli(copy, ['run', '002']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Create it with: npm run kata -- practice 002');
    usePractice(kataFile('fixed.ts'));
    writeFileSync(copy.path(practiceFile), 'export function multipliers( {\n');
    const broken = await runCli(copy, ['run', '002']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('does not compile');
  });
});

describe('quiz', () => {
  /** Answers the question on screen from `mark`: the right choice, or a wrong one. */
  async function answer(quiz: Session, mark: number, right: boolean): Promise<string> {
    const text = await quiz.waitFor(/Your answer \(a, b, c(, d)?\):\n/, mark);
    const choices = [...text.matchAll(/^ {2}([a-d])\) (.*)$/gm)].map(([, letter = '', first = '']) => ({
      letter,
      first,
    }));
    const pick = choices.find((c) => (c.first === '[ 8, 8, 8, 8 ]') === right);
    expect(pick, text).toBeDefined();
    quiz.send(pick?.letter.toUpperCase() ?? '');
    return text;
  }

  it('asks from real outputs, explains a wrong pick, keeps scores, and asks a missed kata first next time', async () => {
    const quiz = pipe(['quiz', '--count', '2']);
    const first = await answer(quiz, 0, true);
    expect(first).toContain('Question 1 of 2 · 002 Late-bound closures');
    expect(first).toContain('predict.ts\n    import { multipliers }');
    expect(first).toContain('broken.ts, which it imports\n    export function multipliers');
    expect(first, 'the fix and the Python original are choices').toMatch(
      /\) \[ 0, 2, 4, 6 \]\n[\s\S]*\) \[6, 6, 6, 6\]/,
    );
    await quiz.waitFor(/✔ Right\./);
    let mark = quiz.stdout.indexOf('✔ Right.');
    const second = await answer(quiz, mark, false);
    expect(second).toContain('Question 2 of 2 · 900 Late-bound closures again');
    const explained = await quiz.waitFor(/Score: 1 of 2 questions right\./, mark);
    expect(explained).toMatch(/✘ Not this one: the answer is [a-d]\)/);
    expect(explained).toContain('A var is scoped to the function, so the loop has one i');
    expect(await quiz.exited).toBe(0);

    const saved = JSON.parse(copy.read('practice', 'progress.json')) as {
      katas: Record<string, { quiz?: { box: number; right: number; wrong: number } }>;
    };
    expect(saved.katas[kataName]?.quiz).toMatchObject({ box: 1, right: 1, wrong: 0 });
    expect(saved.katas[secondKataName]?.quiz).toMatchObject({ box: 0, right: 0, wrong: 1 });

    const again = pipe(['quiz', '--count', '1']);
    mark = 0;
    const missed = await answer(again, mark, true);
    expect(missed, 'the kata answered wrongly comes back first').toContain('900 Late-bound closures again');
    expect(await again.exited).toBe(0);
  });

  it('filters by tag, and refuses a tag no kata has', async () => {
    const run = await runCli(copy, ['quiz', '--tag', 'nosuchtag']);
    expect(run.code).toBe(2);
    // The copy holds the kata twice, under two names: its tags are all there are.
    const tags = [...(loadKatas().find((k) => k.name === kataName)?.meta.tags ?? [])].sort();
    expect(tags).toContain('closures');
    expect(run.stderr).toContain(`No kata is tagged 'nosuchtag'. The tags are: ${tags.join(', ')}.`);
    const none = await runCli(copy, ['quiz', '--tag', 'closures', '--count', '1'], { input: '' });
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('No more answers: the quiz stops here.');
  });
});

describe('two trainers at once', () => {
  it('never loses a hint count, and tells a second watcher of the same kata that another runs', async () => {
    const watch = pipe(['practice', '002']);
    await watch.verdict(1);
    let mark = watch.stdout.length;
    watch.send('h');
    await watch.waitFor(/Hint 1 of 3/, mark);

    const other = await runCli(copy, ['hint', '002']);
    expect(other.stdout).toContain('Hint 2 of 3');
    mark = watch.stdout.length;
    watch.send('h');
    const third = await watch.waitFor(/Hint 3 of 3/, mark);
    expect(third, 'the watcher counts on from what the other trainer saved').not.toContain('Ask again for hint 3');

    const second = pipe(['practice', '002']);
    await second.verdict(1);
    expect(second.stdout).toMatch(/Another trainer \(pid \d+\) is already watching 002/);
    expect(watch.stdout).not.toContain('Another trainer');

    const saved = JSON.parse(copy.read('practice', 'progress.json')) as { katas: Record<string, { hints: number }> };
    expect(saved.katas[kataName]?.hints).toBe(3);
  });

  it('keeps every update when several trainers write at the same moment', async () => {
    const runs = await Promise.all([1, 2, 3].map(() => runCli(copy, ['hint', '900'])));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const shown = runs
      .map((r) => /Hint (\d) of 3: [^\n]*\n(?:\nAsk|$)/.exec(r.stdout)?.[1] ?? '')
      .sort((a, b) => a.localeCompare(b));
    expect(shown).toEqual(['1', '2', '3']);
  });
});

describe('the editor and the trainer agree', () => {
  it('writes practice/tsconfig.json, so tsc on practice/ reports the error the trainer reports', async () => {
    await runCli(copy, ['reset', '002']);
    expect(existsSync(copy.path('practice', 'tsconfig.json'))).toBe(true);
    const fixed = readFileSync(kataFile('fixed.ts'), 'utf8');
    writeFileSync(copy.path(practiceFile), `${fixed}\nexport const first = (xs: number[]): number => xs[0];\n`);
    const check = await runCli(copy, ['check', '002']);
    expect(check.stdout).toContain('error TS2322');
    const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'practice'], {
      cwd: copy.root,
      encoding: 'utf8',
    });
    expect(tsc.stdout).toMatch(/practice\/002-late-bound-closures\.ts\(\d+,\d+\): error TS2322/);
  });

  it('keeps a solved kata solved through a reset', async () => {
    usePractice(kataFile('fixed.ts'));
    expect((await runCli(copy, ['check', '002'])).code).toBe(0);
    const reset = await runCli(copy, ['reset', '002']);
    expect(reset.stdout).toContain('002 stays solved in your progress.');
    const list = await runCli(copy, ['list']);
    expect(list.stdout).toMatch(/✔ 002 {2}Late-bound closures +easy +solved/);
  });
});
