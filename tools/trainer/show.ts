import { readFileSync } from 'node:fs';
import { blocksWith, section, type Kata } from '#catalog/catalog.ts';
import { plainText, replaceWholeCodeBlocks } from '#catalog/markdown.ts';
import type { ErrorInfo, Sandbox } from './sandbox.ts';
import { paint, rowsTaken, wrap, type Out } from './ui.ts';
import { describeStop, revealFix } from './verdict.ts';
import { readOneKey } from './watch-keys.ts';

const codeIndent = '    ';

function code(text: string): string[] {
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => (l === '' ? '' : `${codeIndent}${l}`));
}

/**
 * The kata's question: title, hook, and the Predict the output section, its
 * prose wrapped to the terminal and its code indented. `withBroken` adds the
 * code of broken.ts that the question is about, for a room that has no editor
 * open.
 */
export function questionLines(kata: Kata, out: Out, options: { withBroken?: boolean } = {}): string[] {
  const width = Math.max(out.columns - 1, 20);
  const lines = [paint(out, 'bold', `${kata.id} ${kata.meta.title}`), ...wrap(kata.doc.hook, width), ''];
  if (options.withBroken === true) {
    lines.push(paint(out, 'bold', 'broken.ts'), '', ...code(readFileSync(kata.files.broken, 'utf8')), '');
  }
  const predict = section('Predict the output', kata.doc);
  if (predict === undefined) return lines;
  lines.push(paint(out, 'bold', 'Predict the output'), '');
  const marker = '\u0000code\u0000';
  const blocks: string[][] = [];
  const text = replaceWholeCodeBlocks(predict.text, (block) => {
    blocks.push(code(block.code));
    return marker;
  });
  for (const line of text.split('\n')) {
    if (line === marker) lines.push(...(blocks.shift() ?? []));
    else lines.push(...wrap(line, width));
  }
  while (lines.at(-1) === '') lines.pop();
  return lines;
}

function printed(run: { lines: readonly string[]; error?: ErrorInfo } | undefined): string[] {
  if (run === undefined) return ['(did not run)'];
  const thrown =
    run.error === undefined ? [] : [`(throws) ${run.error.name}: ${run.error.message}`.split('\n')[0] ?? ''];
  const all = [...run.lines.flatMap((l) => l.split('\n')), ...thrown];
  return all.length > 0 ? all : ['(nothing)'];
}

/** Two columns when both fit the terminal, else one above the other. */
export function sideBySide(
  left: { title: string; lines: string[] },
  right: { title: string; lines: string[] },
  columns: number,
): string[] {
  const width = Math.floor((columns - 3) / 2);
  const widest = Math.max(...[left, right].flatMap((c) => [c.title, ...c.lines].map((l) => l.length)));
  if (widest > width || width < 20) {
    return [left.title, ...left.lines.map((l) => `  ${l}`), '', right.title, ...right.lines.map((l) => `  ${l}`)];
  }
  const column = Math.max(widest, Math.min(width, 30));
  const rows = [
    `${left.title.padEnd(column)} │ ${right.title}`,
    `${'─'.repeat(column)}─┼─${'─'.repeat(Math.min(widest, width))}`,
  ];
  for (let i = 0; i < Math.max(left.lines.length, right.lines.length); i++) {
    rows.push(`${(left.lines[i] ?? '').padEnd(column)} │ ${right.lines[i] ?? ''}`.trimEnd());
  }
  return rows;
}

/** What predict.ts prints under broken.ts and under fixed.ts, side by side, and the Python original's output. */
async function outputLines(kata: Kata, out: Out, sandbox: Sandbox): Promise<string[]> {
  const outcome = await sandbox.run({
    scripts: [
      { label: 'predict.ts with broken.ts', file: kata.files.predict },
      {
        label: 'predict.ts with fixed.ts',
        file: kata.files.predict,
        replacements: { [kata.files.broken]: kata.files.fixed },
      },
    ],
  });
  if (outcome.kind !== 'done') return [describeStop(outcome)];
  const [broken, fixed] = outcome.report.scripts;
  const lines = sideBySide(
    { title: 'broken.ts prints', lines: printed(broken) },
    { title: 'fixed.ts prints', lines: printed(fixed) },
    out.columns,
  );
  const [python] = blocksWith(kata.doc, 'output', 'python');
  if (python !== undefined) lines.push('', 'The Python original prints', ...code(python.code).map((l) => l.slice(2)));
  return lines;
}

function fixLines(kata: Kata, out: Out): string[] {
  return [
    paint(out, 'bold', 'The fix, broken.ts → fixed.ts'),
    '',
    ...revealFix(kata, out).split('\n'),
    '',
    ...wrap(
      `Why: the Answer in katas/${kata.name}/README.md. Practise it with: npm run kata -- practice ${kata.id}`,
      Math.max(out.columns - 1, 20),
    ),
  ];
}

/** The answer section as plain text, for the quiz's explanation of a wrong pick. */
export function answerText(kata: Kata): string {
  const answer = section('Answer', kata.doc);
  if (answer === undefined) return '';
  const withoutFold = answer.text.replace(/<\/?details>|<summary>.*?<\/summary>/g, '');
  return plainText(withoutFold);
}

/** Waits for one key on the terminal: true to go on (Enter, space, any letter), false to stop (q, Esc, Ctrl-C). */
export async function waitKey(): Promise<boolean> {
  const key = await readOneKey();
  return !(key.kind === 'escape' || (key.kind === 'char' && key.char === 'q'));
}

/** Prints `lines` a screenful at a time, waiting for a key between screens; false when the viewer stops. */
async function paged(out: Out, lines: readonly string[], prompt: string): Promise<boolean> {
  const rows = out.rows ?? 0;
  const rest = [...lines];
  while (rest.length > 0) {
    const page: string[] = [];
    while (rest.length > 0 && (rows === 0 || rowsTaken([...page, rest[0] ?? ''], out.columns) < rows - 1)) {
      page.push(rest.shift() ?? '');
    }
    if (page.length === 0) page.push(rest.shift() ?? '');
    for (const line of page) out.line(line);
    if (rest.length > 0 || prompt !== '') {
      out.line(paint(out, 'dim', rest.length > 0 ? '── Enter: more · q: stop ──' : prompt));
      if (!(await waitKey())) return false;
    }
  }
  return true;
}

/**
 * `show`, for projecting in class: the question with the code it is about,
 * then (after Enter, on a terminal) what the code prints, then the fix as a
 * diff. `reveal` prints everything at once; without a terminal only the
 * question is printed unless `reveal` is given.
 */
export async function showCommand(
  kata: Kata,
  out: Out,
  sandbox: Sandbox,
  options: { reveal: boolean; interactive: boolean },
): Promise<void> {
  const question = questionLines(kata, out, { withBroken: true });
  if (options.reveal) {
    for (const line of [...question, '', ...(await outputLines(kata, out, sandbox)), '', ...fixLines(kata, out)])
      out.line(line);
    return;
  }
  if (!options.interactive) {
    for (const line of question) out.line(line);
    out.line('');
    out.line(`Reveal what it prints and the fix with: npm run kata -- show ${kata.id} --reveal`);
    return;
  }
  const outputs = outputLines(kata, out, sandbox);
  if (!(await paged(out, question, '── Enter: reveal what it prints · q: stop ──'))) return;
  out.line('');
  if (!(await paged(out, await outputs, '── Enter: show the fix · q: stop ──'))) return;
  out.line('');
  await paged(out, fixLines(kata, out), '');
}
