// `check <kata> [file|folder]...`: the interviewer's command. Grades each file
// in the sandbox and prints each verdict, or one JSON document (--json, its
// schema in docs/instructors.md). Exit codes: 0 all passed, 1 some failed,
// 2 bad input, 3 the trainer itself failed.
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Kata } from '#catalog/catalog.ts';
import { fileSystemMessage, readText } from './errors.ts';
import { practiceFile } from './progress.ts';
import type { Trainer } from './trainer.ts';
import { paint, plural, shown, UsageError } from './ui.ts';
import { errorMessage, missingPracticeMessage, renderVerdict, type Verdict } from './verdict.ts';

/** Where relative paths start: the folder the user ran npm from, not the repo root npm runs scripts in. */
export function userDir(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

function fileSystemProblem(error: unknown): never {
  const message = fileSystemMessage(error, shown);
  if (message === undefined) throw error;
  throw new UsageError(message);
}

/** The .ts files in a folder and its subfolders, sorted, leaving out node_modules, hidden folders and .d.ts files. */
function tsFilesIn(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.'))
      found.push(...tsFilesIn(path));
    else if (entry.isFile() && extname(entry.name) === '.ts' && !entry.name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

/** The files to check, every one readable, or a UsageError naming the first that is not. */
export function filesToCheck(kata: Kata, args: readonly string[]): string[] {
  if (args.length === 0) {
    const file = practiceFile(kata);
    try {
      statSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(missingPracticeMessage(kata, file));
      fileSystemProblem(error);
    }
    return [file];
  }
  const files: string[] = [];
  for (const arg of args) {
    const path = resolve(userDir(), arg);
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) {
        const inside = tsFilesIn(path);
        if (inside.length === 0)
          throw new UsageError(`There is no .ts file in the folder ${arg}. Give .ts files, or folders of them.`);
        files.push(...inside);
      } else {
        files.push(path);
      }
    } catch (error) {
      if (error instanceof UsageError) throw error;
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new UsageError(`No file at ${arg}. Give the path of a .ts file to check against ${kata.name}.`);
      }
      fileSystemProblem(error);
    }
  }
  for (const file of files) {
    try {
      accessSync(file, constants.R_OK);
    } catch (error) {
      fileSystemProblem(error);
    }
  }
  return [...new Set(files)];
}

/** One file's result in the --json document. */
export interface FileResult {
  readonly kata: string;
  readonly file: string;
  readonly passed: boolean;
  readonly status: 'pass' | 'fail' | 'error';
  readonly message: string | null;
  readonly checks: readonly { readonly name: string; readonly passed: boolean; readonly message: string | null }[];
  readonly typeErrors: readonly string[];
  readonly ms: number;
}

/** The --json document. */
export interface CheckDocument {
  readonly version: 1;
  readonly kata: { readonly id: string; readonly name: string; readonly title: string };
  readonly passed: boolean;
  readonly files: readonly FileResult[];
}

/** What stopped the file before or while the checks ran, in plain words; null when the checks ran to the end. */
function fileMessage(v: Verdict): string | null {
  if (v.syntax !== undefined) return `Syntax error:\n${v.syntax}`;
  if (v.refused !== undefined) return v.refused;
  if (v.stopped !== undefined) return v.stopped;
  if (v.loadError !== undefined)
    return `Loading the file throws before any check can run: ${errorMessage(v.loadError)}`;
  if (v.missing.length > 0) return `The file does not export ${v.missing.join(', ')}, which the checks need.`;
  if (!v.passed && v.typeErrors.length > 0 && v.checks.every((c) => c.passed)) {
    return `Every check passes, but the file has ${plural(v.typeErrors.length, 'type error')}.`;
  }
  return null;
}

export function fileResult(v: Verdict): FileResult {
  const message = fileMessage(v);
  const ranChecks = v.syntax === undefined && v.refused === undefined && v.stopped === undefined;
  return {
    kata: v.kata.name,
    file: shown(v.file),
    passed: v.passed,
    status: v.passed ? 'pass' : ranChecks && v.loadError === undefined ? 'fail' : 'error',
    message,
    checks: v.checks.map((c) => ({
      name: c.name,
      passed: c.passed,
      message: c.error === undefined ? null : errorMessage(c.error),
    })),
    typeErrors: v.typeErrors,
    ms: Math.round(v.ms),
  };
}

/** Runs `check`: returns the exit code, 0 when every file passed and 1 otherwise. */
export async function checkCommand(
  trainer: Trainer,
  kata: Kata,
  args: readonly string[],
  options: { json: boolean },
): Promise<number> {
  const { out } = trainer;
  const files = filesToCheck(kata, args);
  if (files.length > 1) trainer.keepWarm();
  const verdicts: Verdict[] = [];
  for (const file of files) {
    let empty: boolean;
    try {
      empty = readText(file).trim() === '';
    } catch (error) {
      fileSystemProblem(error);
    }
    if (empty && !options.json) out.error(`Note: ${shown(file)} is empty.`);
    const verdict = await trainer.check(kata, file, false).catch(fileSystemProblem);
    verdicts.push(verdict);
    if (options.json) continue;
    if (files.length > 1) out.line(paint(out, 'bold', `── ${shown(file)} ──`));
    else out.line(`${kata.id} ${kata.meta.title}: checking ${shown(file)}`);
    out.line();
    for (const line of renderVerdict(verdict, out, { reveal: files.length === 1 })) out.line(line);
    if (files.length > 1) out.line();
  }
  const passed = verdicts.filter((v) => v.passed).length;
  if (options.json) {
    const document: CheckDocument = {
      version: 1,
      kata: { id: kata.id, name: kata.name, title: kata.meta.title },
      passed: passed === verdicts.length,
      files: verdicts.map(fileResult),
    };
    out.line(JSON.stringify(document, null, 2));
  } else if (files.length > 1) {
    out.line(`${passed} of ${plural(files.length, 'file')} passed ${kata.id} ${kata.meta.title}.`);
    for (const v of verdicts) {
      out.line(v.passed ? paint(out, 'green', `  ✔ ${shown(v.file)}`) : paint(out, 'red', `  ✘ ${shown(v.file)}`));
    }
  }
  return passed === verdicts.length ? 0 : 1;
}
