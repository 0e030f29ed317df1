import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the trainer writes, and how: colour, hyperlinks and screen clearing only on a terminal. */
export interface Out {
  readonly color: boolean;
  readonly tty: boolean;
  readonly columns: number;
  /** Terminal rows; 0 when unknown (not a terminal). */
  readonly rows?: number;
  /** Whether file paths are printed as OSC 8 hyperlinks. */
  readonly links?: boolean;
  line(text?: string): void;
  error(text: string): void;
}

function size(variable: string | undefined, measured: number | undefined, fallback: number): number {
  const fromEnv = Number(variable);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return measured !== undefined && measured > 0 ? measured : fallback;
}

/**
 * Whether the terminal shows OSC 8 hyperlinks. FORCE_HYPERLINK=1 or 0 decides
 * outright (the variable other command-line tools read too); otherwise only
 * terminals known to support them get them, since others may print the
 * escape codes as text. tmux and screen pass them on only when configured
 * to, so they get none.
 */
export function supportsLinks(tty: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  const forced = env.FORCE_HYPERLINK;
  if (forced !== undefined && forced !== '') return forced !== '0';
  if (!tty || env.TERM === 'dumb' || env.TMUX !== undefined || env.STY !== undefined) return false;
  if (env.CI !== undefined) return false;
  const program = env.TERM_PROGRAM ?? '';
  if (['iTerm.app', 'WezTerm', 'vscode', 'ghostty', 'Hyper'].includes(program)) return true;
  if (env.WT_SESSION !== undefined || env.KITTY_WINDOW_ID !== undefined || env.KONSOLE_VERSION !== undefined)
    return true;
  // GNOME Terminal, Tilix and other VTE terminals since VTE 0.50.
  return Number(env.VTE_VERSION ?? 0) >= 5000;
}

export function terminalOut(): Out {
  const tty = process.stdout.isTTY;
  const columns = size(process.env.COLUMNS, process.stdout.columns, 100);
  const rows = tty ? size(process.env.LINES, process.stdout.rows, 24) : 0;
  const color = tty && process.env.NO_COLOR === undefined && process.env.TERM !== 'dumb';
  return {
    color,
    tty,
    columns,
    rows,
    links: supportsLinks(tty),
    line: (text = '') => void process.stdout.write(`${text}\n`),
    error: (text) => void process.stderr.write(`${text}\n`),
  };
}

const codes = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const;
export type Style = keyof typeof codes;

export function paint(out: Pick<Out, 'color'>, style: Style, text: string): string {
  if (!out.color) return text;
  const [on, off] = codes[style];
  return `\u001b[${on}m${text}\u001b[${off}m`;
}

/** A path as the learner should type it: relative to the folder npm was run from (INIT_CWD) when inside it. */
export function shown(file: string): string {
  const rel = relative(process.env.INIT_CWD ?? process.cwd(), file);
  return rel === '' || rel.startsWith('..') ? file : rel;
}

/** A file's path as `shown` prints it, and on a terminal that supports them, a hyperlink to the file. */
export function linked(out: Pick<Out, 'links'>, file: string): string {
  const text = shown(file);
  if (out.links !== true) return text;
  return `\u001b]8;;${pathToFileURL(file).href}\u001b\\${text}\u001b]8;;\u001b\\`;
}

// eslint-disable-next-line no-control-regex -- terminal escape sequences are what it removes
const escapes = /\u001b\[[0-9;?]*[A-Za-z]|\u001b\]8;[^\u001b]*\u001b\\/g;

/** The text without colour codes and hyperlinks: what the terminal shows of it. */
export function visible(text: string): string {
  return text.replace(escapes, '');
}

/** How many terminal rows `lines` take at `columns`, long lines wrapping. */
export function rowsTaken(lines: readonly string[], columns: number): number {
  return lines
    .flatMap((l) => l.split('\n'))
    .reduce((sum, l) => sum + Math.max(1, Math.ceil([...visible(l)].length / Math.max(columns, 1))), 0);
}

/**
 * Prose wrapped at word boundaries to `width` columns, keeping each line's
 * indent (and a list item's hanging indent). A word longer than the width is
 * left whole rather than split.
 */
export function wrap(text: string, width: number): string[] {
  const result: string[] = [];
  for (const line of text.split('\n')) {
    if ([...visible(line)].length <= width) {
      result.push(line);
      continue;
    }
    const lead = /^(\s*)((?:[-*]|\d+\.)\s+)?/.exec(line)?.[0] ?? '';
    const hanging = ' '.repeat(lead.length);
    let current = lead;
    for (const word of line.slice(lead.length).split(/ +/)) {
      const start = current === lead || current === hanging;
      if (!start && [...visible(`${current} ${word}`)].length > width) {
        result.push(current);
        current = hanging + word;
      } else {
        current = start ? current + word : `${current} ${word}`;
      }
    }
    result.push(current);
  }
  return result;
}

/** A bar of `width` cells, filled in proportion to done / total. */
export function bar(done: number, total: number, width = 20): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

export function indent(text: string, by = '  '): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? l : by + l))
    .join('\n');
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** The user made a mistake on the command line: print the message and exit with `code`. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
  }
}
