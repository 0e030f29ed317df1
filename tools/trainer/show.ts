import { section, type Kata } from '#catalog/catalog.ts';
import { replaceWholeCodeBlocks } from '#catalog/markdown.ts';
import type { ErrorInfo, Sandbox } from './sandbox.ts';
import { paint, type Out } from './ui.ts';
import { describeStop } from './verdict.ts';

/** The kata's question: title, hook, and the Predict the output section with its code indented. */
export function questionLines(kata: Kata, out: Out): string[] {
  const lines = [paint(out, 'bold', `${kata.id} ${kata.meta.title}`), kata.doc.hook, ''];
  const predict = section('Predict the output', kata.doc);
  if (predict === undefined) return lines;
  lines.push(paint(out, 'bold', 'Predict the output'), '');
  const text = replaceWholeCodeBlocks(predict.text, (block) => block.code.replace(/^(?=.)/gm, '    '));
  lines.push(...text.split('\n'));
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

/** The question, then what predict.ts prints under broken.ts and under fixed.ts, side by side. */
export async function showLines(kata: Kata, out: Out, sandbox: Sandbox): Promise<string[]> {
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
  const lines = [...questionLines(kata, out), ''];
  if (outcome.kind !== 'done') return [...lines, describeStop(outcome)];
  const [broken, fixed] = outcome.report.scripts;
  lines.push(
    ...sideBySide(
      { title: 'broken.ts prints', lines: printed(broken) },
      { title: 'fixed.ts prints', lines: printed(fixed) },
      out.columns,
    ),
  );
  lines.push(
    '',
    `Why: see the Answer in katas/${kata.name}/README.md. Practise it with: npm run kata -- practice ${kata.id}`,
  );
  return lines;
}
