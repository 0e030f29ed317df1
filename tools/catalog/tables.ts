/**
 * The one renderer of catalogue tables, for the README index and the docs
 * landing page alike: same columns, same escaping, same "None yet." when empty.
 * The caller says where each row links to and how a hook's own links read
 * from the page the table lands on.
 */
import type { Kata, Pattern } from './catalog.ts';

/** Escapes what would end a table cell or row early. */
export function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** A table cell: text, escaped, or Markdown kept as written (an inline tag that a later tool resolves). */
export type Cell = string | { readonly raw: string };

/** A Markdown table, every text cell escaped; "None yet." when there are no rows. */
export function markdownTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string[] {
  if (rows.length === 0) return ['None yet.'];
  const line = (cells: readonly Cell[]) =>
    `| ${cells.map((c) => (typeof c === 'string' ? cell(c) : c.raw)).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

/** How a table's rows read from the page it lands on. */
export interface TableLinks<T> {
  /** The link target of an entry's title. */
  readonly href: (entry: T) => string;
  /** The entry's hook, with its links made to work from the page. */
  readonly hook: (entry: T) => string;
}

/** The katas, one row each: id, linked title, the trap, difficulty, tags. */
export function kataTable(katas: readonly Kata[], links: TableLinks<Kata>): string[] {
  return markdownTable(
    ['id', 'kata', 'the trap', 'difficulty', 'tags'],
    katas.map((k) => [
      k.id,
      `[${k.meta.title}](${links.href(k)})`,
      links.hook(k),
      k.meta.difficulty,
      k.meta.tags.join(', '),
    ]),
  );
}

/** The patterns, one row each: linked title, the idea, difficulty, tags, and any extra columns. */
export function patternTable(
  patterns: readonly Pattern[],
  links: TableLinks<Pattern>,
  extra: readonly { readonly heading: string; readonly value: (p: Pattern) => Cell }[] = [],
): string[] {
  return markdownTable(
    ['pattern', 'the idea', 'difficulty', 'tags', ...extra.map((e) => e.heading)],
    patterns.map((p) => [
      `[${p.meta.title}](${links.href(p)})`,
      links.hook(p),
      p.meta.difficulty,
      p.meta.tags.join(', '),
      ...extra.map((e) => e.value(p)),
    ]),
  );
}
