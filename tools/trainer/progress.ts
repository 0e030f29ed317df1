import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

/** What the trainer remembers of one kata: hints shown, and the verdict on a given content of the copy. */
export interface KataProgress {
  hints: number;
  /** sha256 of the practice file when it was last checked. */
  checked?: string;
  passed?: boolean;
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

function valid(data: unknown): data is ProgressFile {
  if (data === null || typeof data !== 'object') return false;
  const { version, katas } = data as { version?: unknown; katas?: unknown };
  if (version !== 1 || katas === null || typeof katas !== 'object' || Array.isArray(katas)) return false;
  return Object.values(katas as Record<string, unknown>).every((entry) => {
    if (entry === null || typeof entry !== 'object') return false;
    const { hints, checked, passed } = entry as Record<string, unknown>;
    return (
      typeof hints === 'number' &&
      Number.isInteger(hints) &&
      hints >= 0 &&
      (checked === undefined || typeof checked === 'string') &&
      (passed === undefined || typeof passed === 'boolean')
    );
  });
}

/** The progress file: hints shown per kata and the last verdict per content of each practice copy. */
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

  entry(kata: Kata): KataProgress {
    return (this.data.katas[kata.name] ??= { hints: 0 });
  }

  /** The state of a kata, if the last verdict is still about the copy on disk; `undefined` when it needs a check. */
  state(kata: Kata): State | undefined {
    const file = practiceFile(kata);
    if (!existsSync(file)) return 'not started';
    const { checked, passed } = this.data.katas[kata.name] ?? { hints: 0 };
    if (checked !== hashText(readFileSync(file, 'utf8'))) return undefined;
    return passed === true ? 'solved' : 'in progress';
  }

  record(kata: Kata, content: string, passed: boolean): void {
    const entry = this.entry(kata);
    entry.checked = hashText(content);
    entry.passed = passed;
    this.save();
  }

  save(): void {
    mkdirSync(practiceDir, { recursive: true });
    const temp = `${progressFile}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(this.data, null, 2)}\n`);
    renameSync(temp, progressFile);
  }
}

/** broken.ts as the learner's copy: relative imports point back into the kata folder, so they still resolve from practice/. */
export function practiceSource(kata: Kata): string {
  const source = readFileSync(kata.files.broken, 'utf8');
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
  if (existsSync(file)) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, practiceSource(kata), { flag: 'wx' });
  return true;
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
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, fresh);
  renameSync(temp, file);
  return kept;
}
