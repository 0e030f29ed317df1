import { basename } from 'node:path';
import type { Kata } from '#catalog/catalog.ts';
import type { Sandbox } from './sandbox.ts';
import { paint, plural, type Out } from './ui.ts';

/** Why one of the kata's wrong fixes fails: the checks it fails, and what the first one said. */
export interface WrongFixLesson {
  readonly name: string;
  readonly failing: readonly string[];
  readonly reason: string;
}

/**
 * Runs the kata's spec on each of its wrong fixes. What each one fails, and
 * the first failing check's own message, is the lesson the spec encodes; it
 * comes from the spec itself, so it cannot drift from what the tests prove
 * (kata.test.ts pins which checks each wrong fix fails).
 */
export async function wrongFixLessons(kata: Kata, sandbox: Sandbox): Promise<WrongFixLesson[]> {
  const lessons: WrongFixLesson[] = [];
  const spec = await sandbox.bundle(kata.files.spec);
  for (const file of kata.files.wrongFixes.filter((f) => f.endsWith('.ts'))) {
    const subject = await sandbox.bundle(file);
    const outcome = await sandbox.runJob({ spec, subject, imports: kata.meta.imports, own: file });
    const name = basename(file, '.ts');
    if (outcome.kind !== 'done') {
      lessons.push({ name, failing: [], reason: `it does not finish (${outcome.kind})` });
      continue;
    }
    const { checks, load } = outcome.report;
    const failed = checks.filter((c) => !c.passed);
    const error = failed[0]?.error ?? load?.error;
    const first = error === undefined ? '' : (error.message.split('\n')[0] ?? '');
    lessons.push({ name, failing: failed.map((c) => c.name), reason: first });
  }
  return lessons;
}

/** The lessons as lines: each wrong fix, the check it fails, and why, in one line each. */
export function lessonLines(out: Out, lessons: readonly WrongFixLesson[]): string[] {
  if (lessons.length === 0) return [];
  const lines = [`The kata's wrong fixes, and the check that catches each (katas/…/wrong-fixes/):`];
  for (const lesson of lessons) {
    const [check, ...more] = lesson.failing;
    const also = more.length > 0 ? ` (and ${plural(more.length, 'other check')})` : '';
    const what = check === undefined ? '' : `fails “${check}”${also}`;
    const why = lesson.reason === '' ? '' : `: ${lesson.reason}`;
    lines.push(`  ${paint(out, 'red', '✘')} ${lesson.name}: ${what}${why}`);
  }
  return lines;
}
