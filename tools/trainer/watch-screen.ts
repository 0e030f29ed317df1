import type { Kata } from '#catalog/catalog.ts';
import { fileSystemMessage } from './errors.ts';
import { questionLines } from './show.ts';
import { paint, shown, type Out } from './ui.ts';
import { missingPracticeMessage, renderVerdict, type Verdict } from './verdict.ts';

/** What the watch loop prints: every screen is a list of lines, written by `print`. */
export const keys = 'Keys: h hint · n next · l list · r reset · Enter check again · q quit';

export function print(lines: readonly string[]): void {
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** The question and what to do, shown when the loop opens a kata; `created` says if the copy was just made. */
export function openingLines(kata: Kata, out: Out, file: string, created: readonly string[], first: boolean): string[] {
  return [
    '',
    ...questionLines(kata, out),
    '',
    ...created,
    `Fix ${shown(file)} so that it passes the kata's checks. Each save is checked.`,
    keys,
    '',
    ...(first ? ['Checking… the first check also starts the type checker, which takes a few seconds.'] : []),
  ];
}

export function missingLines(kata: Kata, out: Out, file: string): string[] {
  return ['', paint(out, 'red', missingPracticeMessage(kata, file)), 'Or press r to create it here.', keys];
}

function nextStep(passed: boolean, untouched: boolean): string[] {
  if (passed) return ['', 'Press n for the next kata.'];
  if (!untouched) return ['', 'Stuck? Press h for a hint.'];
  return [
    '',
    'Your copy is broken.ts as given. Predict what the snippet prints, then fix your copy and save:',
    'what it prints and why a check fails appear after your first change.',
  ];
}

/**
 * A verdict on `file`, numbered. While the copy is still broken.ts as given
 * (`untouched`), what it prints is the answer to the question on screen: only
 * which checks fail is shown, so the learner predicts first.
 */
export function verdictLines(
  kata: Kata,
  out: Out,
  file: string,
  verdict: Verdict,
  { count, untouched }: { readonly count: number; readonly untouched: boolean },
): string[] {
  const head = `── check ${count} · ${shown(file)} · ${Math.round(verdict.ms)} ms ──`;
  const body = renderVerdict(verdict, out, { reveal: true, detail: untouched ? 'none' : 'first' });
  const screen = out.tty ? ['\u001b[2J\u001b[H', ...questionLines(kata, out), ''] : [''];
  return [...screen, paint(out, 'dim', head), ...body, ...nextStep(verdict.passed, untouched), keys];
}

export function checkFailedLines(out: Out, file: string, error: unknown): string[] {
  const problem =
    fileSystemMessage(error, shown) ?? `The trainer could not check ${shown(file)}: ${(error as Error).message}`;
  return ['', paint(out, 'red', problem), keys];
}

export function resetQuestion(file: string): string[] {
  return [
    '',
    `Reset ${shown(file)} to broken.ts? Your copy is backed up first. Press y to reset, any other key to keep it.`,
  ];
}

export function nothingNextLines(kata: Kata, solved: boolean): string[] {
  const text = solved
    ? 'Every kata is solved. Well done.'
    : `Every other kata is solved; ${kata.name} is the last one.`;
  return ['', text, keys];
}

export function byeLines(file: string): string[] {
  return ['', `Bye. Your copy stays in ${shown(file)}; npm start brings you back.`];
}
