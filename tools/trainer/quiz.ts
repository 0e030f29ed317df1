import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { blocksWith, type Kata } from '#catalog/catalog.ts';
import type { Progress } from './progress.ts';
import { answerText } from './show.ts';
import { paint, plural, UsageError, wrap, type Out } from './ui.ts';
import { readOneKey } from './watch-keys.ts';

/** One question: a kata, its choices (each an output), and which is right. */
export interface Question {
  readonly kata: Kata;
  readonly choices: readonly string[];
  readonly answer: number;
}

const letters = 'abcd';

/** The README's tested output block of one kind (broken, fixed, python), trimmed; the meta-test proves each. */
function output(kata: Kata, kind: string): string | undefined {
  return blocksWith(kata.doc, 'output', kind)[0]?.code.trimEnd();
}

const shape = (text: string) => text.split('\n').length;

/** A small seeded generator, so the order of choices varies from question to question without Math.random. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  // Park and Miller's minimal standard generator: exact in doubles, no bit operations needed.
  let state = (Math.abs(Math.trunc(seed)) % 2147483646) + 1;
  for (let i = result.length - 1; i > 0; i--) {
    state = (state * 48271) % 2147483647;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/**
 * The choices for a kata: what predict.ts really prints with broken.ts (the
 * answer), with fixed.ts, and the Python original's output, then other katas'
 * outputs with as many lines, up to four in all. Every one is a tested
 * output, so no choice is made up.
 */
export function questionFor(kata: Kata, all: readonly Kata[], seed: number): Question | undefined {
  const right = output(kata, 'broken');
  if (right === undefined) return undefined;
  const choices = [right];
  const add = (text: string | undefined) => {
    if (text !== undefined && choices.length < letters.length && !choices.includes(text)) choices.push(text);
  };
  add(output(kata, 'fixed'));
  add(output(kata, 'python'));
  const others = all.filter((k) => k !== kata).flatMap((k) => [output(k, 'broken'), output(k, 'fixed')]);
  const distance = (text: string | undefined) => (text === undefined ? Infinity : Math.abs(shape(text) - shape(right)));
  // The same number of lines first, then the nearest: a choice should not stand out by its shape alone.
  for (const text of shuffled(others, seed).sort((a, b) => distance(a) - distance(b))) add(text);
  const order = shuffled(choices, seed * 31 + 7);
  return { kata, choices: order, answer: order.indexOf(right) };
}

/** Katas that answered wrongly (box 0) come back first, then those least recently asked, in catalogue order. */
export function quizOrder(katas: readonly Kata[], progress: Progress): Kata[] {
  const entries = progress.all();
  const score = (k: Kata) => entries[k.name]?.quiz;
  return [...katas].sort((a, b) => {
    const [qa, qb] = [score(a), score(b)];
    return (
      (qa?.box ?? 0) - (qb?.box ?? 0) || (qa?.asked ?? -1) - (qb?.asked ?? -1) || katas.indexOf(a) - katas.indexOf(b)
    );
  });
}

/** Reads answers: single keys on a terminal, lines from standard input otherwise. */
function answerReader(interactive: boolean): { next: () => Promise<string | undefined>; close: () => void } {
  if (interactive) {
    return {
      next: async () => {
        const key = await readOneKey();
        if (key.kind === 'char') return key.char;
        return key.kind === 'eof' || key.kind === 'escape' ? undefined : '';
      },
      close: () => undefined,
    };
  }
  const lines = createInterface({ input: process.stdin });
  const queue: (string | undefined)[] = [];
  let waiting: ((line: string | undefined) => void) | undefined;
  const deliver = (line: string | undefined) => {
    if (waiting === undefined) queue.push(line);
    else {
      const wake = waiting;
      waiting = undefined;
      wake(line);
    }
  };
  lines.on('line', (line) => deliver(line.trim().toLowerCase()));
  lines.on('close', () => deliver(undefined));
  return {
    next: () => (queue.length > 0 ? Promise.resolve(queue.shift()) : new Promise((wake) => (waiting = wake))),
    close: () => {
      lines.removeAllListeners();
      lines.close();
    },
  };
}

/**
 * `quiz [--tag T] [--count N]`: predict-the-output questions over the
 * catalogue. Each shows predict.ts and broken.ts, which it imports, and four
 * tested outputs to choose from; a wrong pick is answered with the kata's own
 * Answer. Scores are kept in progress, and a kata answered wrongly is asked
 * again before the others. Exit 0.
 */
export async function quizCommand(
  katas: readonly Kata[],
  progress: Progress,
  out: Out,
  options: { tag: string | undefined; count: number; interactive: boolean },
): Promise<number> {
  const { tag } = options;
  const pool = katas.filter(
    (k) => output(k, 'broken') !== undefined && (tag === undefined || k.meta.tags.includes(tag)),
  );
  if (pool.length === 0) {
    const tags = [...new Set(katas.flatMap((k) => k.meta.tags))].sort();
    throw new UsageError(`No kata is tagged '${tag ?? ''}'. The tags are: ${tags.join(', ')}.`);
  }
  const chosen = quizOrder(pool, progress).slice(0, options.count);
  const reader = answerReader(options.interactive);
  const width = Math.max(out.columns - 1, 20);
  let right = 0;
  let asked = 0;
  try {
    for (const [i, kata] of chosen.entries()) {
      const round = Math.max(0, ...Object.values(progress.all()).map((e) => e.quiz?.asked ?? 0)) + 1;
      const question = questionFor(kata, katas, round * 101 + Number(kata.id));
      if (question === undefined) continue;
      out.line('');
      out.line(paint(out, 'bold', `Question ${i + 1} of ${chosen.length} · ${kata.id} ${kata.meta.title}`));
      for (const [name, file] of [
        ['predict.ts', kata.files.predict],
        ['broken.ts, which it imports', kata.files.broken],
      ] as const) {
        out.line('');
        out.line(paint(out, 'bold', name));
        for (const l of readFileSync(file, 'utf8').trimEnd().split('\n')) out.line(`    ${l}`);
      }
      out.line('');
      out.line('What does predict.ts print?');
      question.choices.forEach((choice, n) => {
        const [first = '', ...rest] = choice.split('\n');
        out.line(`  ${letters[n]}) ${first}`);
        for (const l of rest) out.line(`     ${l}`);
      });
      const valid = letters.slice(0, question.choices.length);
      let pick: string | undefined;
      for (;;) {
        out.line(`Your answer (${[...valid].join(', ')}):`);
        pick = await reader.next();
        if (pick === undefined || (pick.length === 1 && valid.includes(pick))) break;
        out.line(`Answer with one letter: ${[...valid].join(', ')}.`);
      }
      if (pick === undefined) {
        out.line('');
        out.line('No more answers: the quiz stops here.');
        break;
      }
      asked += 1;
      const correct = valid.indexOf(pick) === question.answer;
      progress.update(kata, (entry, all) => {
        const before = entry.quiz ?? { box: 0, right: 0, wrong: 0, asked: 0 };
        const last = Math.max(0, ...Object.values(all).map((e) => e.quiz?.asked ?? 0));
        entry.quiz = {
          box: correct ? before.box + 1 : 0,
          right: before.right + (correct ? 1 : 0),
          wrong: before.wrong + (correct ? 0 : 1),
          asked: last + 1,
        };
      });
      if (correct) {
        right += 1;
        out.line(paint(out, 'green', '✔ Right.'));
      } else {
        out.line(
          paint(out, 'red', `✘ Not this one: the answer is ${letters[question.answer]}). This kata comes back sooner.`),
        );
        out.line('');
        for (const l of wrap(answerText(kata), width)) out.line(l);
      }
    }
  } finally {
    reader.close();
  }
  out.line('');
  out.line(`Score: ${right} of ${plural(asked, 'question')} right.`);
  return 0;
}
