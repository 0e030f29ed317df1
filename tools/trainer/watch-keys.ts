import { createInterface } from 'node:readline';

/** A key the learner pressed, as the watch loop, the list and the quiz understand it. */
export type Key =
  /** One printable character, lower-cased (caps lock makes no difference). */
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'enter' | 'escape' | 'backspace' | 'tab' | 'interrupt' | 'eof' }
  | { readonly kind: 'up' | 'down' | 'left' | 'right' | 'home' | 'end' | 'pageup' | 'pagedown' }
  /** A line of several characters, without a terminal (standard input is a pipe). */
  | { readonly kind: 'text'; readonly text: string }
  /** Text pasted in, or typed faster than any hand: never taken as keys. */
  | { readonly kind: 'paste'; readonly text: string }
  /** An escape sequence or control key with no meaning here: ignored quietly. */
  | { readonly kind: 'other'; readonly sequence: string };

const csiNames: Record<string, Key['kind']> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
  '1~': 'home',
  '7~': 'home',
  '4~': 'end',
  '8~': 'end',
  '5~': 'pageup',
  '6~': 'pagedown',
};

const pasteStart = '\u001b[200~';
const pasteEnd = '\u001b[201~';

/**
 * Splits what the terminal sent into keys. Escape sequences (CSI `ESC [ … final`,
 * SS3 `ESC O x`, Alt+key `ESC x`) are one key each; bracketed paste, and a
 * run of several printable characters in one read, are one `paste`. `state`
 * carries an unfinished paste from one read to the next.
 */
export function parseKeys(chunk: string, state: { paste?: string } = {}): Key[] {
  const keys: Key[] = [];
  const text = chunk;
  let i = 0;
  let printable = '';
  const flush = () => {
    if (printable.length === 1) keys.push({ kind: 'char', char: printable.toLowerCase() });
    else if (printable.length > 1) keys.push({ kind: 'paste', text: printable });
    printable = '';
  };
  while (i < text.length) {
    if (state.paste !== undefined) {
      const end = text.indexOf(pasteEnd, i);
      if (end === -1) {
        state.paste += text.slice(i);
        return keys;
      }
      keys.push({ kind: 'paste', text: state.paste + text.slice(i, end) });
      delete state.paste;
      i = end + pasteEnd.length;
      continue;
    }
    if (text.startsWith(pasteStart, i)) {
      flush();
      state.paste = '';
      i += pasteStart.length;
      continue;
    }
    const c = text[i] ?? '';
    if (c === '\u001b') {
      flush();
      const next = text[i + 1];
      if (next === '[') {
        // eslint-disable-next-line no-control-regex -- an escape sequence starts with the escape character
        const match = /^\u001b\[([0-9;?]*)([ -/]*[@-~])/.exec(text.slice(i));
        if (match === null) {
          keys.push({ kind: 'other', sequence: text.slice(i) });
          i = text.length;
          continue;
        }
        const [whole, params = '', final = ''] = match;
        // Modifiers (`1;5A` is Ctrl+Up) do not change which key it is.
        const base = params.split(';')[0] ?? '';
        const name = csiNames[final === '~' ? `${base}~` : final];
        keys.push(name === undefined ? { kind: 'other', sequence: whole } : ({ kind: name } as Key));
        i += whole.length;
      } else if (next === 'O' && i + 2 < text.length) {
        const name = csiNames[text[i + 2] ?? ''];
        keys.push(name === undefined ? { kind: 'other', sequence: text.slice(i, i + 3) } : ({ kind: name } as Key));
        i += 3;
      } else if (next === undefined || next === '\u001b') {
        keys.push({ kind: 'escape' });
        i += 1;
      } else {
        keys.push({ kind: 'other', sequence: text.slice(i, i + 2) });
        i += 2;
      }
      continue;
    }
    if (c === '\r' || c === '\n') {
      if (printable.length > 1) {
        // A newline inside a paste is part of it.
        printable += c;
        i += 1;
        continue;
      }
      flush();
      keys.push({ kind: 'enter' });
      // \r\n is one Enter.
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (c === '\u0003' || c === '\u0004' || c === '\t' || c === '\u007f' || c === '\b') {
      flush();
      const kind = c === '\u0003' ? 'interrupt' : c === '\u0004' ? 'eof' : c === '\t' ? 'tab' : 'backspace';
      keys.push({ kind });
      i += 1;
      continue;
    }
    if (c < ' ') {
      flush();
      keys.push({ kind: 'other', sequence: c });
      i += 1;
      continue;
    }
    printable += c;
    i += 1;
  }
  flush();
  return keys;
}

/** A line read without a terminal, as a key: empty is Enter, one character a key, more a `text`. */
export function lineKey(line: string): Key {
  const trimmed = line.trim();
  if (trimmed === '') return { kind: 'enter' };
  if ([...trimmed].length === 1) return { kind: 'char', char: trimmed.toLowerCase() };
  return { kind: 'text', text: trimmed };
}

/**
 * Reads the learner's keys from standard input and returns the function that
 * stops reading. On a terminal it asks for bracketed paste and parses each
 * read with `parseKeys`; otherwise (a pipe, as the tests drive it) each line
 * is a key (see `lineKey`), and the end of input calls `ended`.
 */
export function readKeys(key: (key: Key) => void, ended: () => void): () => void {
  const stdin = process.stdin;
  if (stdin.isTTY) {
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    process.stdout.write('\u001b[?2004h');
    const state = {};
    const onData = (chunk: string) => {
      for (const k of parseKeys(chunk, state)) key(k);
    };
    stdin.on('data', onData);
    stdin.resume();
    return () => {
      stdin.off('data', onData);
      process.stdout.write('\u001b[?2004l');
      stdin.setRawMode(false);
      stdin.pause();
    };
  }
  const lines = createInterface({ input: stdin });
  lines.on('line', (line) => key(lineKey(line)));
  lines.on('close', ended);
  return () => {
    lines.removeAllListeners('close');
    lines.close();
  };
}

/**
 * Waits for one meaningful key on the terminal, in raw mode: pastes and unknown
 * sequences are passed over, and Ctrl-C ends the process with 130.
 */
export function readOneKey(): Promise<Exclude<Key, { kind: 'paste' | 'other' | 'interrupt' }>> {
  const stdin = process.stdin;
  return new Promise((done) => {
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    const onData = (chunk: string) => {
      const [key] = parseKeys(chunk);
      if (key === undefined || key.kind === 'paste' || key.kind === 'other') return;
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      if (key.kind === 'interrupt') process.exit(130);
      done(key);
    };
    stdin.on('data', onData);
    stdin.resume();
  });
}
