import { execFileSync } from 'node:child_process';
import { Console as NodeConsole } from 'node:console';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { captureConsole, consoleMethods, elapsedPlaceholder } from './console.ts';

/** What `calls` prints under captureConsole, one string per call. */
function captured(calls: (c: Console) => void): string[] {
  const lines: string[] = [];
  const restore = captureConsole((text) => lines.push(text));
  try {
    calls(console);
  } finally {
    restore();
  }
  return lines;
}

/** What `calls` prints through Node's own console writing into a stream that is not a terminal. */
async function printedByNode(calls: (c: Console) => void): Promise<string> {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  calls(new NodeConsole(stream));
  stream.end();
  await finished(stream);
  return text;
}

const week = [
  { day: 'Mon', bookings: 2, note: 'full' },
  { day: 'Tue', bookings: 0 },
];

describe('captureConsole', () => {
  it('names every console method of this Node, apart from the Console class', () => {
    const script = 'console.log(JSON.stringify(Object.keys(console).filter((k) => k !== "Console")))';
    const keys = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
    expect(Object.keys(consoleMethods).sort()).toEqual(keys.sort());
  });

  const samples: Record<string, (c: Console) => void> = {
    'log, info, debug, warn and error with format specifiers': (c) => {
      c.log('%s has %d bookings (%i%%)', 'Mon', 2, 40.5, 'and more');
      c.info({ nested: { deeper: { deepest: { gone: 1 } } } }, Array.from({ length: 3 }), [1, undefined, 3]);
      c.debug(new Map([['a', 1]]), Symbol('s'), 10n);
      c.warn('warned', null, undefined);
      c.error(new RangeError('no bucket').message);
      c.log();
    },
    'table, with and without a column filter': (c) => {
      c.table(week);
      c.table(week, ['day']);
      c.table('not tabular');
    },
    'dir and dirxml, with options': (c) => {
      c.dir({ a: { b: { c: { d: 1 } } } });
      c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
      c.dirxml({ a: 1 }, [2]);
    },
    'group indentation, nested, around every kind of call': (c) => {
      c.group('week');
      c.log('line one\nline two');
      c.groupCollapsed();
      c.table(week.slice(0, 1));
      c.dir([1, 2]);
      c.groupEnd();
      c.warn('back one level');
      c.groupEnd();
      c.groupEnd();
      c.log('not indented');
    },
    'count, countReset, assert and clear': (c) => {
      c.count();
      c.count('day');
      c.count();
      c.countReset('day');
      c.count('day');
      c.assert(true, 'not printed');
      c.assert(false, 'failed with %s', 'a reason');
      c.assert(false);
      c.clear();
    },
  };
  for (const [what, calls] of Object.entries(samples)) {
    it(`prints ${what} as Node's own console does`, async () => {
      const lines = captured(calls);
      expect(lines.length).toBeGreaterThan(1);
      expect(`${lines.join('\n')}\n`).toBe(await printedByNode(calls));
    });
  }

  it('gives one string per call, even when the call prints several lines', () => {
    const lines = captured((c) => {
      c.table(week);
      c.log('after');
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]?.split('\n')).toHaveLength(6);
  });

  it('prints trace as "Trace: " and the message, without the stack', () => {
    const lines = captured((c) => {
      c.trace('at day %d', 3);
      c.group();
      c.trace();
    });
    expect(lines).toEqual(['Trace: at day 3', '  Trace']);
  });

  it('prints the labels of timers, never a time, and nothing for a label that was not started', () => {
    const lines = captured((c) => {
      c.time();
      c.time('load');
      c.timeLog('load', 'halfway', 1);
      c.timeEnd('load');
      c.timeEnd('load');
      c.timeLog('never started');
      c.timeEnd();
    });
    expect(lines).toEqual([
      `load: ${elapsedPlaceholder} halfway 1`,
      `load: ${elapsedPlaceholder}`,
      `default: ${elapsedPlaceholder}`,
    ]);
  });

  it('starts each capture with no groups or counts left by the one before', () => {
    const first = captured((c) => {
      c.group('left open');
      c.count();
    });
    const second = captured((c) => {
      c.count();
      c.log('top level');
    });
    expect(first).toEqual(['left open', '  default: 1']);
    expect(second).toEqual(['default: 1', 'top level']);
  });

  it('puts back the console it found, and leaves the inspector-only methods alone', () => {
    const before = { log: console.log, table: console.table, profile: console.profile };
    const restore = captureConsole(() => undefined);
    expect(console.log).not.toBe(before.log);
    expect(console.profile).toBe(before.profile);
    restore();
    expect({ log: console.log, table: console.table, profile: console.profile }).toEqual(before);
  });
});
