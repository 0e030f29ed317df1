import { relative } from 'node:path';

/** Where the trainer writes, and how: colour and screen clearing only on a terminal. */
export interface Out {
  readonly color: boolean;
  readonly tty: boolean;
  readonly columns: number;
  line(text?: string): void;
  error(text: string): void;
}

export function terminalOut(): Out {
  const tty = process.stdout.isTTY;
  const fromEnv = Number(process.env.COLUMNS);
  const columns = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : (process.stdout.columns ?? 100);
  const color = tty && process.env.NO_COLOR === undefined && process.env.TERM !== 'dumb';
  return {
    color,
    tty,
    columns,
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
