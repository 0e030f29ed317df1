import { existsSync } from 'node:fs';
import type { Kata } from '#catalog/catalog.ts';
import { BundleError } from '#kit/runner.ts';
import { practiceFile } from './progress.ts';
import type { Sandbox } from './sandbox.ts';
import { indent, linked, UsageError, type Out } from './ui.ts';
import { describeStop, missingPracticeMessage } from './verdict.ts';

/**
 * `run <kata>`: runs the kata's predict.ts with the learner's copy in place of
 * broken.ts and prints what it prints, so they can see their own code's
 * output before (or instead of) the checks. Exit 0 when it ran to the end.
 */
export async function runCommand(kata: Kata, out: Out, sandbox: Sandbox): Promise<number> {
  const file = practiceFile(kata);
  if (!existsSync(file)) throw new UsageError(missingPracticeMessage(kata, file));
  let outcome;
  try {
    outcome = await sandbox.run({
      scripts: [{ label: 'predict.ts', file: kata.files.predict, replacements: { [kata.files.broken]: file } }],
    });
  } catch (error) {
    if (!(error instanceof BundleError)) throw error;
    out.line(`${linked(out, file)} does not compile, so predict.ts cannot run it:`);
    out.line(indent(error.message));
    return 1;
  }
  out.line(`predict.ts with ${linked(out, file)} in place of broken.ts prints:`);
  if (outcome.kind !== 'done') {
    out.line(indent(describeStop(outcome)));
    return 1;
  }
  const [script] = outcome.report.scripts;
  const lines = script?.lines.flatMap((l) => l.split('\n')) ?? [];
  out.line(indent(lines.length > 0 ? lines.join('\n') : '(nothing)'));
  if (script?.error !== undefined) {
    out.line(indent(`(throws) ${script.error.name}: ${script.error.message}`));
    return 1;
  }
  return 0;
}
