/**
 * The one Markdown reader of the repo. Everything that reads a README, a guide
 * or a generated page goes through here, on marked's GFM lexer: no fence, link
 * or heading is ever scanned by hand.
 */
import { createRequire } from 'node:module';
import type { Token, Tokens } from 'marked';
import { memoOnDisk } from '#kit/disk-cache.ts';

// Loaded on first use: a kata test whose README was parsed before reads the parse from disk (parseDoc).
const require = createRequire(import.meta.url);
let lexer: typeof import('marked').Lexer | undefined;

/** A top-level token, with where its source text starts and ends. */
export type Located = Token & { readonly start: number; readonly end: number };

/** A fenced or indented code block; `attrs` holds `key=value` words after the language, such as `file=predict.ts`. */
export interface Block {
  readonly lang: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly code: string;
  /** Offsets of the whole block, fences included, in the source. */
  readonly start: number;
  readonly end: number;
}

/** A link target as written: inline, reference-style, autolink or bare URL. */
export interface Link {
  readonly href: string;
  readonly text: string;
}

export interface Section {
  readonly heading: string;
  /** The section's Markdown source, trimmed. */
  readonly text: string;
  readonly blocks: readonly Block[];
}

/** A README body split at its `##` headings. */
export interface Doc {
  readonly title: string;
  readonly hook: string;
  readonly sections: readonly Section[];
}

/** Lexes Markdown with GitHub's flavour; the tokens' source texts, in order, are the whole input. */
export function lex(source: string): Located[] {
  // A README's tokens are kept on disk like its parse; a short fragment lexes faster than it is read back.
  return source.length < memoFrom ? lexNow(source) : memoOnDisk('tokens', [import.meta.filename], source, lexNow);
}

const memoFrom = 1000;

function lexNow(source: string): Located[] {
  let offset = 0;
  lexer ??= (require('marked') as typeof import('marked')).Lexer;
  return new lexer({ gfm: true }).lex(source).map((token) => {
    const start = offset;
    offset += token.raw.length;
    return Object.assign(token, { start, end: offset });
  });
}

function info(lang: string | undefined): { lang: string; attrs: Record<string, string> } {
  const [first = '', ...words] = (lang ?? '').trim().split(/\s+/);
  const attrs: Record<string, string> = {};
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq > 0) attrs[word.slice(0, eq)] = word.slice(eq + 1);
  }
  return { lang: first, attrs };
}

function toBlock(token: Located & Tokens.Code): Block {
  return { ...info(token.lang), code: token.text, start: token.start, end: token.end };
}

/** Every code block at the top level of the document, in order. */
export function codeBlocks(source: string): Block[] {
  return lex(source)
    .filter((t): t is Located & Tokens.Code => t.type === 'code')
    .map(toBlock);
}

/**
 * Replaces whole code blocks, fences included, with other Markdown: `replace`
 * returns what goes in a block's place, or undefined to keep it.
 */
export function replaceWholeCodeBlocks(source: string, replace: (block: Block) => string | undefined): string {
  let out = '';
  let at = 0;
  for (const token of lex(source)) {
    if (token.type !== 'code') continue;
    const block = toBlock(token as Located & Tokens.Code);
    const markdown = replace(block);
    if (markdown === undefined) continue;
    const trailing = /\n*$/.exec(token.raw)?.[0] ?? '';
    out += source.slice(at, block.start) + markdown + trailing;
    at = block.end;
  }
  return out + source.slice(at);
}

/**
 * Rewrites code blocks in place: `replace` returns a block's new code, or
 * undefined to keep it. Fences, language and attributes are kept as written.
 */
export function replaceCodeBlocks(source: string, replace: (block: Block) => string | undefined): string {
  return replaceWholeCodeBlocks(source, (block) => {
    const code = replace(block);
    if (code === undefined || code === block.code) return undefined;
    const fence = /^ {0,3}(`{3,}|~{3,})[^\n]*\n/.exec(source.slice(block.start, block.end));
    if (fence === null) throw new Error(`only a fenced code block can be rewritten (at offset ${block.start})`);
    const marker = fence[1] ?? '```';
    const longest = Math.max(
      0,
      ...[...code.matchAll(new RegExp(`${marker[0] === '`' ? '`' : '~'}{3,}`, 'g'))].map((m) => m[0].length),
    );
    const closing = marker.length > longest ? marker : marker[0]!.repeat(longest + 1);
    return `${fence[0].replace(marker, closing)}${code}\n${closing}`;
  });
}

function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    const children = (token as { tokens?: Token[] }).tokens;
    if (children !== undefined) walk(children, visit);
    if (token.type === 'list') walk((token as Tokens.List).items, visit);
    if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens, visit);
    }
  }
}

/** Every link in the document, inline or reference-style, at any depth (lists, tables, emphasis). */
export function links(source: string): Link[] {
  const found: Link[] = [];
  walk(lex(source), (token) => {
    if (token.type === 'link') found.push({ href: (token as Tokens.Link).href, text: (token as Tokens.Link).text });
  });
  return found;
}

/** The plain text of a Markdown fragment, without markup: for search, summaries and terminal output. */
export function plainText(source: string): string {
  const parts: string[] = [];
  walk(lex(source), (token) => {
    if (token.type === 'text' && !('tokens' in token && token.tokens)) parts.push((token as Tokens.Text).text);
    else if (token.type === 'codespan') parts.push((token as Tokens.Codespan).text);
    else if (token.type === 'code') parts.push((token as Tokens.Code).text);
    else if (token.type === 'space' || token.type === 'paragraph' || token.type === 'heading') parts.push('\n');
  });
  return parts
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Splits a README body into its `# title`, the one-line hook after it, and its
 * `##` sections with their code blocks. The result is kept on disk while the
 * body and this module are unchanged: every kata test parses its README.
 */
export function parseDoc(body: string): Doc {
  return memoOnDisk('doc', [import.meta.filename], body, splitDoc);
}

function splitDoc(body: string): Doc {
  let title = '';
  const intro: string[] = [];
  const sections: { heading: string; text: string[]; blocks: Block[] }[] = [];
  for (const token of lex(body)) {
    const current = sections.at(-1);
    const heading = token.type === 'heading' ? (token as Tokens.Heading) : undefined;
    if (heading?.depth === 1 && title === '' && current === undefined) {
      title = heading.text.trim();
    } else if (heading?.depth === 2) {
      sections.push({ heading: heading.text.trim(), text: [], blocks: [] });
    } else if (current === undefined) {
      intro.push(token.raw);
    } else {
      current.text.push(token.raw);
      if (token.type === 'code') current.blocks.push(toBlock(token as Located & Tokens.Code));
    }
  }
  return {
    title,
    hook: intro.join('').trim(),
    sections: sections.map(({ heading, text, blocks }) => ({ heading, text: text.join('').trim(), blocks })),
  };
}

/** The `- ` bullets of a section's top-level lists, as their source text. */
export function bullets(text: string): string[] {
  return lex(text)
    .filter((t): t is Located & Tokens.List => t.type === 'list')
    .flatMap((list) => list.items.map((item) => item.text));
}

/** A document split at its YAML front matter: `head` is the `---` block as written (empty when there is none). */
export interface FrontMatter {
  readonly head: string;
  /** The YAML between the `---` lines, or undefined when the document has no front matter. */
  readonly yaml: string | undefined;
  readonly body: string;
}

/** Splits off the `---` front matter block at the top of a document, keeping both parts byte for byte. */
export function splitFrontMatter(source: string): FrontMatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (match === null) return { head: '', yaml: undefined, body: source };
  return { head: match[0], yaml: match[1] ?? '', body: source.slice(match[0].length) };
}

function writtenHref(raw: string, from: number): { start: number; end: number } | undefined {
  const found = /^\s*(<[^>\n]*>|[^\s)]+)/.exec(raw.slice(from));
  if (found === null) return undefined;
  const target = found[1] ?? '';
  const start = from + found[0].length - target.length + (target.startsWith('<') ? 1 : 0);
  return { start, end: from + found[0].length - (target.startsWith('<') ? 1 : 0) };
}

/**
 * Rewrites link targets: `map` gets the target of every inline link and image
 * and of every reference definition (`[ref]: target`), as written, and returns
 * its replacement. Reference-style uses follow their definition; autolinks,
 * code blocks and inline code are left alone.
 */
export function mapLinks(source: string, map: (href: string) => string): string {
  const edits: { start: number; end: number; href: string }[] = [];
  let cursor = 0;
  const locate = (raw: string): number => {
    const at = source.indexOf(raw, cursor);
    if (at >= 0) cursor = at + raw.length;
    return at;
  };
  const edit = (at: number, raw: string, from: number): void => {
    const span = writtenHref(raw, from);
    if (at < 0 || span === undefined) return;
    const href = raw.slice(span.start, span.end);
    const next = map(href);
    if (next !== href) edits.push({ start: at + span.start, end: at + span.end, href: next });
  };
  const visit = (tokens: readonly Token[]): void => {
    for (const token of tokens) {
      if (token.type === 'code' || token.type === 'codespan' || token.type === 'html') {
        locate(token.raw);
      } else if (token.type === 'def') {
        const at = locate(token.raw);
        edit(at, token.raw, token.raw.indexOf(']:') + 2);
      } else if (token.type === 'link' || token.type === 'image') {
        const at = locate(token.raw);
        const open = token.raw.lastIndexOf('](');
        // An autolink or a reference-style use has no target of its own to rewrite.
        if (open >= 0 && token.raw.endsWith(')')) edit(at, token.raw, open + 2);
      } else {
        const children = (token as { tokens?: Token[] }).tokens;
        if (token.type === 'list') visit((token as Tokens.List).items);
        else if (token.type === 'table') {
          const table = token as Tokens.Table;
          for (const cell of [...table.header, ...table.rows.flat()]) visit(cell.tokens);
        } else if (children !== undefined) visit(children);
      }
    }
  };
  visit(lex(source));
  let out = source;
  for (const { start, end, href } of edits.reverse()) out = out.slice(0, start) + href + out.slice(end);
  return out;
}

/** A link target split into a relative path and its `#anchor`; undefined for a web link, a bare anchor or a rooted path. */
export function relativeHref(href: string): { readonly path: string; readonly anchor: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('/')) return undefined;
  const hash = href.indexOf('#');
  return hash < 0 ? { path: href, anchor: '' } : { path: href.slice(0, hash), anchor: href.slice(hash) };
}
