import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Kata } from '#catalog/catalog.ts';
import { BundleError } from '#kit/runner.ts';
import { katasDir, repoRoot } from '#kit/paths.ts';
import { unifiedDiff } from '#catalog/diff.ts';
import type { Bundled } from './bundle.ts';
import { readText } from './errors.ts';
import type { ErrorInfo, Outcome, Sandbox } from './sandbox.ts';
import type { Types } from './types.ts';
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
  /** Why the file was not run: an import the kata does not allow. */
  readonly refused?: string;
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
      const sample = outcome.sample
        .filter((l) => l !== '')
        .slice(0, 3)
        .map(plainText);
      const first = sample.length > 0 ? `\nIt began with:\n${indent(sample.join('\n'), '    ')}` : '';
      return `Stopped ${outcome.phase}: the code printed more than ${outcome.limit.toLocaleString('en')} characters. Look for a loop that logs without end.${first}`;
    }
    case 'crash':
      return `Stopped ${outcome.phase}: ${plainText(outcome.error.message)}.`;
  }
}

/** Files under the katas folder that a file under test may not import: the answers and the checks. */
export function refusedImport(path: string): boolean {
  const inKatas = relative(katasDir, path);
  if (inKatas.startsWith('..') || isAbsolute(inKatas)) return false;
  const [, ...rest] = inKatas.split(sep);
  const [first] = rest;
  return (
    first === 'fixed.ts' ||
    first === 'fixed' ||
    first === 'spec.ts' ||
    first === 'wrong-fixes' ||
    /\.test\.ts$/.test(inKatas)
  );
}

/**
 * Checks a file against a kata: it compiles, imports only what the kata allows,
 * has no type errors, has fixed.ts's exports and passes every check of the
 * spec. The code runs in the sandbox's contained child; the type check runs in
 * its own thread meanwhile.
 */
export async function checkFile(
  kata: Kata,
  file: string,
  sandbox: Sandbox,
  types: Types | undefined,
  options: { predict: boolean },
): Promise<Verdict> {
  const started = performance.now();
  const content = readText(file);
  const base = { kata, file, content, typeErrors: [] as string[], missing: [] as string[], checks: [] as CheckRow[] };
  const typing = types?.errors(file, content) ?? Promise.resolve([]);
  // A failure of the type checker is the trainer's, and is reported as such, even when the file fails first.
  typing.catch(() => undefined);
  let subject: Bundled;
  let scripts: { label: string; bundle: Bundled }[];
  const refuse = (path: string) => path !== resolve(file) && refusedImport(path);
  try {
    [subject, scripts] = await Promise.all([
      sandbox.bundle(file, { refuse }),
      options.predict
        ? sandbox
            .bundle(kata.files.predict, { replacements: { [kata.files.broken]: resolve(file) }, refuse })
            .then((bundle) => [{ label: 'predict.ts', bundle }])
        : Promise.resolve([]),
    ]);
  } catch (error) {
    if (!(error instanceof BundleError)) throw error;
    const syntax = error.message
      .split('\n')
      .map((l) => l.replace(/^([^:\s][^:]*):/, (_all, path: string) => `${shown(path)}:`))
      .join('\n');
    await typing;
    return { ...base, passed: false, syntax, ms: performance.now() - started };
  }
  const refused = refusal(kata, file, subject);
  if (refused !== undefined) {
    return { ...base, typeErrors: await typing, passed: false, refused, ms: performance.now() - started };
  }
  const [spec, reference] = await Promise.all([sandbox.bundle(kata.files.spec), sandbox.bundle(kata.files.fixed)]);
  const missing = reference.exports.filter((name) => !subject.exports.includes(name));
  const outcome = await sandbox.runJob({ spec, subject, scripts, imports: kata.meta.imports, own: file });
  const typeErrors = await typing;
  const ms = performance.now() - started;
  if (outcome.kind !== 'done') {
    return { ...base, typeErrors, missing, passed: false, stopped: describeStop(outcome), ms };
  }
  const { report } = outcome;
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

/** Why the file may not run at all: it imports a module the kata does not allow, or the kata's answer. */
function refusal(kata: Kata, file: string, subject: Bundled): string | undefined {
  const allowed = kata.meta.imports;
  const extra = subject.imports.filter((name) => !allowed.includes(name.startsWith('node:') ? name : `node:${name}`));
  if (extra.length > 0) {
    const may = allowed.length === 0 ? 'no module, only the language and its built-ins' : allowed.join(', ');
    return `${shown(file)} imports ${extra.join(', ')}, which ${kata.name} does not allow: its code may import ${may}. The trainer runs the file with no file system, network or processes.`;
  }
  if (subject.refused.length > 0) {
    const [first] = subject.refused;
    const target = first?.split(' → ')[1] ?? '';
    return `${shown(file)} imports ${shown(target)}: a file may not import a kata's fix, spec or tests.`;
  }
  return undefined;
}

/**
 * Text that came from the code under test, with control characters shown as
 * escapes: no file can move the cursor, clear the screen or colour a fake verdict.
 */
export function plainText(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/** Why an error thrown in the trainer would not be thrown under npm test, when that is the reason. */
export function sandboxNote(error: ErrorInfo): string | undefined {
  if (
    error.name === 'ReferenceError' &&
    /^((process\.)?\w+ is not defined in the trainer|(__dirname|__filename|exports|Intl|WeakRef|FinalizationRegistry|SharedArrayBuffer|Atomics) is not defined)$/.test(
      error.message,
    )
  ) {
    return 'The trainer runs the code with only the language, the console, timers and the modules the kata allows: no process, file system, network or require (of process, only process.nextTick). A fix needs none of them.';
  }
  if (
    error.name === 'TypeError' &&
    /Cannot (assign to read only property|add property|define property|redefine property|delete property)|object is not extensible/.test(
      error.message,
    )
  ) {
    return 'The trainer freezes the built-ins (Object.prototype, Array.prototype, JSON, Promise and the rest), so no file can change what the checks use. Under npm test this change would go through, and change every object.';
  }
  if (/SES_IMPORT_REJECTED|SES_HTML_COMMENT_REJECTED/.test(error.message)) {
    return 'The trainer cannot run code that contains import( or an HTML comment marker (<!-- or -->), even in a string or a comment.';
  }
  return undefined;
}

/** An error in plain words, without its frames: the message of a failed check in --json. */
export function errorMessage(error: ErrorInfo): string {
  const head = error.name === 'AssertionError' ? error.message : `${error.name}: ${error.message}`;
  const note = sandboxNote(error);
  return plainText(note === undefined ? head : `${head}\n${note}`);
}

function renderError(error: ErrorInfo): string {
  const frames = error.frames.map((f) =>
    f
      .replace(/\((\/[^):]+)(:\d+:\d+)\)/, (_all, path: string, at: string) => `(${shown(path)}${at})`)
      .replace(/^at (\/[^:]+)(:\d+:\d+)$/, (_all, path: string, at: string) => `at ${shown(path)}${at}`),
  );
  return [errorMessage(error), ...frames.map(plainText)].join('\n');
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
  } else if (v.refused !== undefined) {
    bad(`Not run: ${v.refused}`);
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
      ...v.predict.lines.map(plainText),
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
