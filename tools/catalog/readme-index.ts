import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadKatas, readPatterns, type Kata } from './catalog.ts';
import { repoRoot } from '#kit/paths.ts';

export const readmePath = join(repoRoot, 'README.md');
const start = '<!-- index:start (generated from front matter by `npx tsx tools/readme-index.ts`) -->';
const end = '<!-- index:end -->';

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

/** The README's catalog tables, generated from kata and pattern front matter. */
export function renderIndex(katas: readonly Kata[] = loadKatas()): string {
  const rows = katas.map((k) => {
    const link = `[${cell(k.meta.title)}](${relative(repoRoot, k.dir)}/README.md)`;
    return `| ${k.id} | ${link} | ${cell(k.doc.hook)} | ${k.meta.difficulty} | ${k.meta.tags.join(', ')} |`;
  });
  const patterns = readPatterns().patterns.map((p) => {
    const link = `[${cell(p.meta.title)}](${relative(repoRoot, p.dir)}/README.md)`;
    return `| ${link} | ${cell(p.doc.hook)} | ${p.meta.difficulty} | ${p.meta.tags.join(', ')} |`;
  });
  return [
    start,
    '### Katas',
    '',
    '| id | kata | the trap | difficulty | tags |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '### Patterns',
    '',
    ...(patterns.length === 0
      ? ['None yet.']
      : ['| pattern | the idea | difficulty | tags |', '| --- | --- | --- | --- |', ...patterns]),
    end,
  ].join('\n');
}

/** The README with its index replaced by a fresh one. */
export function withFreshIndex(readme: string, katas?: readonly Kata[]): string {
  const from = readme.indexOf(start.slice(0, start.indexOf(' ')));
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no index markers (${start} … ${end})`);
  return readme.slice(0, from) + renderIndex(katas) + readme.slice(to + end.length);
}

if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  writeFileSync(readmePath, withFreshIndex(readFileSync(readmePath, 'utf8')));
  console.log('README.md index regenerated');
}
