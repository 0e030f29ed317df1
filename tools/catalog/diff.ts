/**
 * Line diffs of kata files, on jsdiff: the trainer's reveal (broken.ts against
 * fixed.ts), the meta-test's "fixed.ts is a small edit of broken.ts", and any
 * diff view of the docs. It sits with the catalog because what it compares is
 * catalog content, and the trainer, the site builder and the meta-test all
 * reach the catalog already; kit/ stays what katas import.
 */
import { diffLines, structuredPatch } from 'diff';

// A missing final newline is not a change worth showing in a lesson.
const ended = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;
}

/** A unified diff of two texts, like `diff -u`, with `context` unchanged lines around each change; empty when equal. */
export function unifiedDiff(before: string, after: string, names: { from: string; to: string }, context = 3): string {
  const { hunks } = structuredPatch(names.from, names.to, ended(before), ended(after), '', '', { context });
  if (hunks.length === 0) return '';
  const out = [`--- ${names.from}`, `+++ ${names.to}`];
  for (const hunk of hunks) {
    out.push(`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`, ...hunk.lines);
  }
  return out.join('\n');
}

/** How many lines were removed or added to turn `before` into `after`. */
export function changedLines(before: string, after: string): number {
  return diffLines(ended(before), ended(after))
    .filter((part) => part.added || part.removed)
    .reduce((sum, part) => sum + part.count, 0);
}
