import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Kata } from '#catalog/catalog.ts';
import { repoRoot } from '#kit/paths.ts';
import { readText } from './errors.ts';

export const practiceDir = join(repoRoot, 'practice');
export const progressFile = join(practiceDir, 'progress.json');
export const backupDir = join(practiceDir, 'backups');

/** The learner's copy of a kata's broken.ts. */
export function practiceFile(kata: Kata): string {
  return join(practiceDir, `${kata.name}.ts`);
}

/** The learner's copy of fixed.ts, written beside their copy once it passes. */
export function referenceFile(kata: Kata): string {
  return join(practiceDir, `${kata.name}.reference.ts`);
}

/** How the quiz has gone for one kata: a Leitner box (0 after a wrong answer, one up after a right one). */
export interface QuizProgress {
  box: number;
  right: number;
  wrong: number;
  /** When it was last asked, as a count of questions asked over all katas. */
  asked: number;
}

/** What the trainer remembers of one kata: hints shown, and the verdict on a given content of the copy. */
export interface KataProgress {
  hints: number;
  /** sha256 of the practice file when it was last checked. */
  checked?: string;
  passed?: boolean;
  /** Whether a copy ever passed: a reset does not take a solved kata back. */
  solved?: boolean;
  /** sha256 of broken.ts as a reset wrote it over a solved copy: that copy still counts as solved. */
  resetTo?: string;
  quiz?: QuizProgress;
}

export type State = 'not started' | 'in progress' | 'solved';

interface ProgressFile {
  version: 1;
  katas: Record<string, KataProgress>;
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** A path beside `base` that does not exist yet: `base` itself, or with -2, -3… before `ext`. */
function freePath(base: string, ext: string): string {
  let candidate = `${base}${ext}`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${base}-${n}${ext}`;
  return candidate;
}

const count = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function validQuiz(quiz: unknown): boolean {
  if (quiz === undefined) return true;
  if (quiz === null || typeof quiz !== 'object') return false;
  const { box, right, wrong, asked } = quiz as Record<string, unknown>;
  return [box, right, wrong, asked].every(count);
}

function valid(data: unknown): data is ProgressFile {
  if (data === null || typeof data !== 'object') return false;
  const { version, katas } = data as { version?: unknown; katas?: unknown };
  if (version !== 1 || katas === null || typeof katas !== 'object' || Array.isArray(katas)) return false;
  return Object.values(katas as Record<string, unknown>).every((entry) => {
    if (entry === null || typeof entry !== 'object') return false;
    const { hints, checked, passed, solved, resetTo, quiz } = entry as Record<string, unknown>;
    return (
      count(hints) &&
      (checked === undefined || typeof checked === 'string') &&
      (passed === undefined || typeof passed === 'boolean') &&
      (solved === undefined || typeof solved === 'boolean') &&
      (resetTo === undefined || typeof resetTo === 'string') &&
      validQuiz(quiz)
    );
  });
}

const lockDir = `${progressFile}.lock`;
const staleLockMs = 5000;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `work` while holding the progress lock, a folder beside the file that
 * only one process can create. A lock older than a few seconds was left by a
 * trainer that died, and is taken over.
 */
function locked<T>(work: () => T): T {
  mkdirSync(practiceDir, { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > staleLockMs) rmdirSync(lockDir);
      } catch {
        // Released meanwhile: try again.
      }
      Atomics.wait(pause, 0, 0, Math.min(2 + attempt, 20));
    }
  }
  try {
    return work();
  } finally {
    rmdirSync(lockDir);
  }
}

function readValid(): ProgressFile | undefined {
  try {
    const parsed = JSON.parse(readFileSync(progressFile, 'utf8')) as unknown;
    return valid(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The progress file: hints shown per kata, the last verdict per content of
 * each practice copy, and quiz scores. Several trainers may run at once (a
 * watch loop and a command in another terminal), so every change is made
 * under a lock to what is on disk at that moment, never to a stale copy, and
 * reads look at the disk again: a count never goes backwards.
 */
export class Progress {
  private data: ProgressFile = { version: 1, katas: {} };
  /** Set when the file on disk could not be read; says where its copy was kept. */
  readonly notice: string | undefined;

  constructor() {
    if (!existsSync(progressFile)) return;
    const raw = readText(progressFile);
    let reason: string;
    try {
      const parsed = JSON.parse(raw) as unknown;
      if (valid(parsed)) {
        this.data = parsed;
        return;
      }
      reason = 'it does not have the expected shape';
    } catch (error) {
      reason = (error as Error).message;
    }
    mkdirSync(backupDir, { recursive: true });
    const kept = freePath(join(backupDir, `progress.json.unreadable-${stamp()}`), '');
    renameSync(progressFile, kept);
    this.notice = `${relative(process.cwd(), progressFile)} could not be read (${reason}). It was moved to ${relative(process.cwd(), kept)}, and your progress is rebuilt from your practice files.`;
  }

  /** Takes in what other trainers wrote since. */
  private refresh(): void {
    this.data = readValid() ?? this.data;
  }

  /** What is known of a kata, as on disk now. Change it only through `update`. */
  entry(kata: Kata): Readonly<KataProgress> {
    this.refresh();
    return this.data.katas[kata.name] ?? { hints: 0 };
  }

  /** Every kata's entry, as on disk now. */
  all(): Readonly<Record<string, Readonly<KataProgress>>> {
    this.refresh();
    return this.data.katas;
  }

  /** Changes one kata's entry under the lock, starting from what is on disk; returns the entry as saved. */
  update(kata: Kata, change: (entry: KataProgress, all: Record<string, KataProgress>) => void): KataProgress {
    return locked(() => {
      this.refresh();
      const entry = (this.data.katas[kata.name] ??= { hints: 0 });
      change(entry, this.data.katas);
      mkdirSync(practiceDir, { recursive: true });
      const temp = `${progressFile}.${process.pid}.tmp`;
      writeFileSync(temp, `${JSON.stringify(this.data, null, 2)}\n`);
      renameSync(temp, progressFile);
      return entry;
    });
  }

  /**
   * The state of a kata, if the last verdict is still about the copy on disk;
   * `undefined` when it needs a check. A solved kata stays solved through a
   * reset, until the learner changes the fresh copy.
   */
  state(kata: Kata): State | undefined {
    const file = practiceFile(kata);
    const { checked, passed, solved, resetTo } = this.entry(kata);
    if (!existsSync(file)) return solved === true ? 'solved' : 'not started';
    const hash = hashText(readFileSync(file, 'utf8'));
    if (solved === true && resetTo === hash) return 'solved';
    if (checked !== hash) return undefined;
    return passed === true ? 'solved' : 'in progress';
  }

  /** Notes that a reset wrote `content` over the copy; a solved kata stays solved while the copy is that. */
  resetTo(kata: Kata, content: string): void {
    this.update(kata, (entry) => {
      if (entry.solved === true) entry.resetTo = hashText(content);
    });
  }

  record(kata: Kata, content: string, passed: boolean): void {
    this.update(kata, (entry) => {
      entry.checked = hashText(content);
      entry.passed = passed;
      if (passed) entry.solved = true;
    });
  }
}

/**
 * Marks that this process watches a kata, so a second trainer watching it can
 * say so. Returns the pid of another live trainer that already watches it, if
 * any, and the function that removes the mark.
 */
export function markWatching(kata: Kata): { other: number | undefined; release: () => void } {
  const marker = join(practiceDir, `.${kata.name}.watching`);
  let other: number | undefined;
  try {
    const pid = Number(readFileSync(marker, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid) {
      process.kill(pid, 0);
      other = pid;
    }
  } catch {
    // No mark, or its trainer has gone.
  }
  mkdirSync(practiceDir, { recursive: true });
  if (other === undefined) writeFileSync(marker, `${process.pid}\n`);
  const release = () => {
    try {
      if (readFileSync(marker, 'utf8').trim() === String(process.pid)) unlinkSync(marker);
    } catch {
      // Already gone.
    }
  };
  return { other, release };
}

/**
 * practice/tsconfig.json: the repo's compiler options, with the module
 * settings the trainer's type check uses for a learner's file, so an editor
 * reports what the trainer reports.
 */
export const practiceTsconfig = {
  extends: '../tsconfig.json',
  compilerOptions: { module: 'preserve', moduleResolution: 'bundler', noEmit: true },
  include: ['*.ts'],
};

/** Writes practice/tsconfig.json if it is absent. */
export function ensurePracticeTsconfig(): void {
  const file = join(practiceDir, 'tsconfig.json');
  if (existsSync(file)) return;
  mkdirSync(practiceDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(practiceTsconfig, null, 2)}\n`);
}

/** A kata file as a file in practice/: relative imports point back into the kata folder, so they still resolve. */
export function practiceSource(kata: Kata, file = kata.files.broken): string {
  const source = readFileSync(file, 'utf8');
  const fromPractice = relative(practiceDir, kata.dir).split('\\').join('/');
  return source.replace(
    /(\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*)\2/g,
    (_all, lead: string, quote: string, spec: string) => {
      const target = join(fromPractice, spec).split('\\').join('/');
      return `${lead}${quote}${target.startsWith('.') ? target : `./${target}`}${quote}`;
    },
  );
}

/** Creates the learner's copy if it is absent; never touches one that exists. Returns true when it was created. */
export function ensurePractice(kata: Kata): boolean {
  const file = practiceFile(kata);
  ensurePracticeTsconfig();
  if (existsSync(file)) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, practiceSource(kata), { flag: 'wx' });
  return true;
}

/** Writes fixed.ts beside the learner's copy, as practice/<kata>.reference.ts; returns its path. */
export function writeReference(kata: Kata): string {
  const file = referenceFile(kata);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, practiceSource(kata, kata.files.fixed));
  return file;
}

/** Copies the learner's file to practice/backups/ with a timestamp and returns the backup's path. */
export function backup(file: string, kata: Kata): string {
  mkdirSync(backupDir, { recursive: true });
  const target = freePath(join(backupDir, `${kata.name}.${stamp()}`), '.ts');
  copyFileSync(file, target);
  return target;
}

/** Restores the learner's copy from broken.ts, keeping a backup of what was there. Returns the backup's path, if any. */
export function resetPractice(kata: Kata): string | undefined {
  const file = practiceFile(kata);
  const kept = existsSync(file) ? backup(file, kata) : undefined;
  const fresh = practiceSource(kata);
  ensurePracticeTsconfig();
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, fresh);
  renameSync(temp, file);
  return kept;
}
