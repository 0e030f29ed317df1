import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Kata } from '#catalog/catalog.ts';
import { BundleError } from '#kit/runner.ts';
import { repoRoot } from '#kit/paths.ts';
import { unifiedDiff } from '#catalog/diff.ts';
import type { ErrorInfo, Outcome, Sandbox } from './sandbox.ts';
import type { TypeService } from './typecheck.ts';
import { indent, paint, plural, shown, type Out } from './ui.ts';

export interface CheckRow {
  readonly name: string;
  readonly passed: boolean;
  readonly error?: ErrorInfo;
}

/** Everything known about one file after one check. */
export interface Verdict {
  readonly kata: Kata;
  readonly file: string;
  readonly content: string;
  readonly passed: boolean;
  /** esbuild's errors, with file:line:col, when the file does not compile. */
  readonly syntax?: string;
  readonly typeErrors: readonly string[];
  /** Why the sandbox stopped the code, when it did not finish. */
  readonly stopped?: string;
  readonly loadError?: ErrorInfo;
  readonly missing: readonly string[];
  readonly checks: readonly CheckRow[];
  /** What predict.ts printed with this file in place of broken.ts. */
  readonly predict?: { readonly lines: readonly string[]; readonly error?: ErrorInfo };
  readonly ms: number;
}

export function describeStop(outcome: Exclude<Outcome, { kind: 'done' }>): string {
  switch (outcome.kind) {
    case 'timeout':
      return `Stopped after ${outcome.ms} ms ${outcome.phase}: the code did not finish. Look for a loop that never ends, or a promise that never settles.`;
    case 'flood': {
      const sample = outcome.sample.filter((l) => l !== '').slice(0, 3);
      const first = sample.length > 0 ? `\nIt began with:\n${indent(sample.join('\n'), '    ')}` : '';
      return `Stopped ${outcome.phase}: the code printed more than ${outcome.limit.toLocaleString('en')} characters. Look for a loop that logs without end.${first}`;
    }
    case 'crash':
      return `Stopped ${outcome.phase}: ${outcome.error.message}.`;
  }
}

/** Checks a file against a kata: it compiles, has no type errors, has fixed.ts's exports and passes every check of the spec. */
export async function checkFile(
  kata: Kata,
  file: string,
  sandbox: Sandbox,
  types: TypeService | undefined,
  options: { predict: boolean },
): Promise<Verdict> {
  const started = performance.now();
  const content = readFileSync(file, 'utf8');
  const base = { kata, file, content, typeErrors: [] as string[], missing: [] as string[], checks: [] as CheckRow[] };
  let subject: string;
  let scripts: { label: string; url: string }[];
  try {
    [subject, scripts] = await Promise.all([
      sandbox.module(file),
      options.predict
        ? sandbox
            .module(kata.files.predict, { [kata.files.broken]: file })
            .then((url) => [{ label: 'predict.ts', url }])
        : Promise.resolve([]),
    ]);
  } catch (error) {
    if (!(error instanceof BundleError)) throw error;
    const syntax = error.message
      .split('\n')
      .map((l) => l.replace(/^([^:\s][^:]*):/, (_all, path: string) => `${shown(path)}:`))
      .join('\n');
    return { ...base, passed: false, syntax, ms: performance.now() - started };
  }
  const [spec, reference] = await Promise.all([sandbox.module(kata.files.spec), sandbox.module(kata.files.fixed)]);
  const running = sandbox.runJob({
    spec,
    subject,
    reference,
    scripts,
    outputLimit: sandbox.options.outputLimit,
    internal: sandbox.dir,
  });
  // The type check runs on this thread while the worker runs the code.
  const typeErrors = types?.errors(file, content) ?? [];
  const outcome = await running;
  const ms = performance.now() - started;
  if (outcome.kind !== 'done') return { ...base, typeErrors, passed: false, stopped: describeStop(outcome), ms };
  const { report } = outcome;
  const missing = report.load?.missing ?? [];
  const loadError = report.load?.error;
  const predict = report.scripts[0];
  const passed =
    typeErrors.length === 0 &&
    missing.length === 0 &&
    loadError === undefined &&
    report.checks.length > 0 &&
    report.checks.every((c) => c.passed);
  return {
    ...base,
    typeErrors,
    missing,
    checks: report.checks,
    passed,
    ms,
    ...(loadError === undefined ? {} : { loadError }),
    ...(predict === undefined
      ? {}
      : {
          predict:
            predict.error === undefined ? { lines: predict.lines } : { lines: predict.lines, error: predict.error },
        }),
  };
}

function renderError(error: ErrorInfo): string {
  const head = error.name === 'AssertionError' ? error.message : `${error.name}: ${error.message}`;
  const frames = error.frames.map((f) =>
    f.replace(/\((\/[^):]+)(:\d+:\d+)\)/, (_all, path: string, at: string) => `(${shown(path)}${at})`),
  );
  return [head, ...frames].join('\n');
}

/** All of n checks, in words: "its 1 check", "both checks", "all 3 checks". */
function every(n: number): string {
  return n === 1 ? 'its 1 check' : n === 2 ? 'both checks' : `all ${n} checks`;
}

/** The verdict as the learner reads it, first line first: ✔ Solved, or ✘ and why. */
export function renderVerdict(
  v: Verdict,
  out: Out,
  options: { reveal: boolean; detail?: 'all' | 'first' | 'none' },
): string[] {
  const file = shown(v.file);
  const lines: string[] = [];
  const bad = (text: string) => lines.push(paint(out, 'red', `✘ ${text}`));
  if (v.syntax !== undefined) {
    bad(`Syntax error in ${file}:`);
    lines.push(indent(v.syntax));
    return lines;
  }
  const failed = v.checks.filter((c) => !c.passed);
  if (v.passed) {
    lines.push(paint(out, 'green', `✔ Solved: ${file} passes ${every(v.checks.length)}.`));
  } else if (v.stopped !== undefined) {
    bad(v.stopped);
  } else if (v.loadError !== undefined) {
    bad(`Not solved yet: loading ${file} throws before any check can run.`);
    lines.push(indent(renderError(v.loadError)));
  } else if (v.missing.length > 0) {
    const names =
      v.missing.length === 1 ? v.missing[0] : `${v.missing.slice(0, -1).join(', ')} and ${v.missing.at(-1)}`;
    bad(
      `Not solved yet: ${file} does not export ${names}. fixed.ts does, and the checks need ${v.missing.length === 1 ? 'it' : 'them'}.`,
    );
  } else if (failed.length > 0) {
    bad(`Not solved yet: ${file} fails ${failed.length} of ${plural(v.checks.length, 'check')}.`);
  } else {
    bad(`Not solved yet: every check passes, but ${file} has ${plural(v.typeErrors.length, 'type error')}.`);
  }
  if (v.typeErrors.length > 0) {
    lines.push(
      '',
      paint(out, 'yellow', `Type errors (${v.typeErrors.length}):`),
      ...v.typeErrors.map((e) => indent(e)),
    );
  }
  if (v.checks.length > 0) {
    lines.push('', 'Checks:');
    const detailed = options.detail === 'first' ? failed.slice(0, 1) : options.detail === 'none' ? [] : failed;
    for (const check of v.checks) {
      lines.push(check.passed ? paint(out, 'green', `  ✔ ${check.name}`) : paint(out, 'red', `  ✘ ${check.name}`));
      if (check.error !== undefined && detailed.includes(check)) lines.push(indent(renderError(check.error), '      '));
    }
    if (detailed.length > 0 && detailed.length < failed.length)
      lines.push(paint(out, 'dim', '  (the first failing check in detail; npm run kata -- check shows them all)'));
  }
  if (v.predict !== undefined) {
    lines.push('', `predict.ts with ${file} in place of broken.ts prints:`);
    const printed = [
      ...v.predict.lines,
      ...(v.predict.error === undefined ? [] : [`(throws) ${renderError(v.predict.error)}`]),
    ];
    lines.push(indent(printed.length > 0 ? printed.join('\n') : '(nothing)'));
  }
  if (v.passed && options.reveal) {
    lines.push('', 'The reference fix, broken.ts → fixed.ts:', '', revealFix(v.kata, out));
  }
  return lines;
}

/** The diff from broken.ts to fixed.ts, in colour on a terminal. */
export function revealFix(kata: Kata, out: Out): string {
  const names = { from: relative(repoRoot, kata.files.broken), to: relative(repoRoot, kata.files.fixed) };
  const diff = unifiedDiff(readFileSync(kata.files.broken, 'utf8'), readFileSync(kata.files.fixed, 'utf8'), names);
  return diff
    .split('\n')
    .map((l) =>
      l.startsWith('+') && !l.startsWith('+++')
        ? paint(out, 'green', l)
        : l.startsWith('-') && !l.startsWith('---')
          ? paint(out, 'red', l)
          : l.startsWith('@@')
            ? paint(out, 'cyan', l)
            : l,
    )
    .join('\n');
}

export function missingPracticeMessage(kata: Kata, file: string): string {
  return `There is no practice copy of ${kata.name} at ${shown(file)} yet.\nCreate it with: npm run kata -- practice ${kata.id}`;
}
