import { createInterface } from 'node:readline';

/**
 * Reads the learner's keys from standard input and returns the function that
 * stops reading. On a terminal each key press is a key; otherwise (a pipe, as
 * the tests drive it) each line is a key and an empty line is Enter, and the
 * end of input calls `ended`.
 */
export function readKeys(key: (key: string) => void, ended: () => void): () => void {
  const stdin = process.stdin;
  if (stdin.isTTY) {
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    const onData = (chunk: string) => {
      for (const k of chunk) key(k);
    };
    stdin.on('data', onData);
    stdin.resume();
    return () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
    };
  }
  const lines = createInterface({ input: stdin });
  lines.on('line', (line) => key(line.trim() === '' ? '\n' : line.trim()));
  lines.on('close', ended);
  return () => {
    lines.removeAllListeners('close');
    lines.close();
  };
}
