import type { Kata } from '#catalog/catalog.ts';
import type { ErrorInfo } from './sandbox.ts';
import { fileSystemMessage } from './errors.ts';
import { questionLines } from './show.ts';
import { bar, linked, paint, plural, rowsTaken, shown, wrap, type Out } from './ui.ts';
import { missingPracticeMessage, renderVerdict, type Verdict } from './verdict.ts';

/** The keys of the watch loop, as the footer lists them. */
export const keys = 'Keys: ? question · h hint · s hints seen · n next · l list · r reset · Enter check · q quit';

const clear = '\u001b[2J\u001b[3J\u001b[H';

/**
 * What the watch loop prints. On a terminal each screen replaces the last and
 * is fitted to the window, top first: the verdict, then what the learner must
 * read (notices, which stay until their next key), then the footer. Without a
 * terminal every screen is appended, whole, as a log.
 */
export class Screen {
  /** Where the lines cut from a screen can be read in full. */
  more = 'npm run kata -- check';

  constructor(private readonly out: Out) {}

  private write(lines: readonly string[], fresh = false): void {
    process.stdout.write(`${fresh && this.out.tty ? clear : ''}${lines.join('\n')}\n`);
  }

  /** Prints lines below what is on screen: the question, a "checking…" line. */
  append(lines: readonly string[]): void {
    this.write(lines);
  }

  /**
   * Shows `body`, `notices` and `footer`; `fresh` clears the screen first.
   * When they do not fit, the body is cut from its end, so its first lines (the
   * headline and the first failing check) stay in view.
   */
  show(body: readonly string[], notices: readonly string[], footer: readonly string[], fresh: boolean): void {
    const { out } = this;
    const wrapped = (lines: readonly string[]) =>
      lines.flatMap((l) => l.split('\n')).flatMap((l) => (out.tty ? wrap(l, out.columns) : [l]));
    const tail = [...(notices.length > 0 ? ['', ...wrapped(notices)] : []), '', ...wrapped(footer)];
    let lines = wrapped(body);
    const rows = out.tty ? (out.rows ?? 0) : 0;
    if (rows > 0) {
      const room = rows - rowsTaken(tail, out.columns) - 1;
      if (rowsTaken(lines, out.columns) > room) {
        const cut = [...lines];
        while (cut.length > 1 && rowsTaken(cut, out.columns) > room - 1) cut.pop();
        const more = lines.length - cut.length;
        lines = [
          ...cut,
          paint(out, 'dim', `… ${plural(more, 'more line')}: a taller window shows them, or ${this.more}`),
        ];
      }
    }
    this.write([...(fresh && out.tty ? [] : ['']), ...lines, ...tail], fresh);
  }

  /** Replaces the screen with `lines` (a terminal) or appends them. */
  page(lines: readonly string[]): void {
    const shown = this.out.tty ? lines.flatMap((l) => l.split('\n')).flatMap((l) => wrap(l, this.out.columns)) : lines;
    this.write([...(this.out.tty ? [] : ['']), ...shown], true);
  }
}

/** The footer: progress as a bar, then the keys. */
export function footerLines(out: Out, solved: number, total: number): string[] {
  return [`${bar(solved, total)} ${solved} of ${total} solved`, paint(out, 'dim', keys)];
}

/** The question and what to do, shown once when the loop opens a kata; `created` says if the copy was just made. */
export function openingLines(kata: Kata, out: Out, file: string, first: boolean): string[] {
  return [
    ...questionLines(kata, out),
    '',
    `Fix ${linked(out, file)} so that it passes the kata's checks. Each save is checked; ? shows this question again.`,
    ...(first ? ['Checking… the first check also starts the type checker, which takes a few seconds.'] : []),
  ];
}

export function checkingLine(out: Out, file: string): string {
  return paint(out, 'dim', `Checking ${shown(file)}…`);
}

export function missingLines(kata: Kata, out: Out, file: string): string[] {
  return [paint(out, 'red', missingPracticeMessage(kata, file)), 'Or press r to create it here.'];
}

function nextStep(passed: boolean, untouched: boolean): string[] {
  if (passed) return ['', 'Press n for the next kata.'];
  if (!untouched) return ['', 'Stuck? Press h for a hint, s to read again the hints you have seen.'];
  return [
    '',
    'Your copy is broken.ts as given. Predict what the snippet prints (? shows the question), then fix your copy',
    'and save: what it prints and why a check fails appear after your first change.',
  ];
}

/** An error from a check, in a few lines: its message, then where it was thrown. */
function reason(error: ErrorInfo): string[] {
  const head = error.name === 'AssertionError' ? error.message : `${error.name}: ${error.message}`;
  const frames = error.frames
    .slice(0, 2)
    .map((f) => f.replace(/\((\/[^):]+)(:\d+:\d+)\)/, (_all, path: string, at: string) => `(${shown(path)}${at})`));
  return [...head.split('\n').slice(0, 8), ...frames];
}

/**
 * A verdict on `file`, numbered within the kata, verdict first: the headline,
 * then the first failing check with its reason in plain words, then the rest.
 * While the copy is still broken.ts as given (`untouched`), what it prints is
 * the answer to the question: only which checks fail is shown, so the learner
 * predicts first.
 */
export function verdictLines(
  kata: Kata,
  out: Out,
  file: string,
  verdict: Verdict,
  { count, untouched }: { readonly count: number; readonly untouched: boolean },
): string[] {
  const head = paint(out, 'dim', `── check ${count} · ${linked(out, file)} · ${Math.round(verdict.ms)} ms ──`);
  const failed = verdict.checks.filter((c) => !c.passed);
  const plain =
    verdict.syntax !== undefined ||
    verdict.stopped !== undefined ||
    verdict.loadError !== undefined ||
    verdict.missing.length > 0;
  if (verdict.passed) {
    // Every check passed: the list of them says nothing the headline does not.
    const [headline = '', ...rest] = renderVerdict(verdict, out, { reveal: false, detail: 'none' });
    const printed = rest.slice(rest.findIndex((l) => l.startsWith('predict.ts with')));
    return [
      head,
      headline,
      '',
      'Press n for the next kata.',
      ...(printed.length < rest.length ? ['', ...printed] : []),
    ];
  }
  if (plain || failed.length === 0) {
    const body = renderVerdict(verdict, out, { reveal: false, detail: 'none' });
    return [head, ...body, ...nextStep(verdict.passed, untouched)];
  }
  const [headline = ''] = renderVerdict(verdict, out, { reveal: false, detail: 'none' });
  const [first] = failed;
  const lines = [head, headline, ''];
  if (first !== undefined) {
    lines.push(paint(out, 'red', `First failing check: ${first.name}`));
    if (!untouched && first.error !== undefined) lines.push(...reason(first.error).map((l) => `    ${l}`));
  }
  if (verdict.typeErrors.length > 0) {
    lines.push('', paint(out, 'yellow', `Type errors (${verdict.typeErrors.length}):`));
    lines.push(...verdict.typeErrors.map((e) => `  ${e}`));
  }
  lines.push('', 'Checks:');
  for (const check of verdict.checks) {
    lines.push(`  ${check.passed ? paint(out, 'green', `✔ ${check.name}`) : paint(out, 'red', `✘ ${check.name}`)}`);
  }
  if (!untouched && verdict.predict !== undefined) {
    const printed = [
      ...verdict.predict.lines.flatMap((l) => l.split('\n')),
      ...(verdict.predict.error === undefined
        ? []
        : [`(throws) ${verdict.predict.error.name}: ${verdict.predict.error.message}`]),
    ];
    lines.push('', `predict.ts with ${shown(file)} in place of broken.ts prints:`);
    lines.push(...(printed.length > 0 ? printed : ['(nothing)']).map((l) => `  ${l}`));
  }
  return [...lines, ...nextStep(false, untouched)];
}

export function checkFailedLines(out: Out, file: string, error: unknown): string[] {
  const problem =
    fileSystemMessage(error, shown) ?? `The trainer could not check ${shown(file)}: ${(error as Error).message}`;
  return [paint(out, 'red', problem)];
}

/** The reset question: two choices, the highlighted one taken by Enter; typing the kata's id also resets. */
export function resetQuestion(out: Out, kata: Kata, file: string, choice: 'keep' | 'reset', solved: boolean): string[] {
  const mark = (which: 'keep' | 'reset', text: string) =>
    which === choice ? paint(out, 'bold', `  ▶ ${text}`) : `    ${text}`;
  return [
    `Reset ${linked(out, file)} to broken.ts? Your copy is backed up first.${solved ? ` ${kata.id} stays solved.` : ''}`,
    mark('keep', 'Keep my copy'),
    mark('reset', 'Reset it to broken.ts'),
    `↑/↓ to choose, Enter to confirm, or type ${kata.id} to reset. Any other key keeps your copy.`,
  ];
}

export function nothingNextLines(kata: Kata, solved: boolean): string[] {
  return [solved ? 'Every kata is solved. Well done.' : `Every other kata is solved; ${kata.name} is the last one.`];
}

export function byeLines(out: Out, file: string): string[] {
  return ['', `Bye. Your copy stays in ${linked(out, file)}; npm start brings you back.`];
}
