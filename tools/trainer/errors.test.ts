import { describe, expect, it } from 'vitest';
import { describeThrown, fileSystemMessage, frameLocation } from './errors.ts';

describe('describeThrown', () => {
  it('gives the name, message and every frame of an Error, and no other line of its stack', () => {
    const error = new RangeError('the week has no bucket for day 5');
    error.stack = [
      'RangeError: the week has no bucket for day 5',
      '  at book (trainer-bundle-2.js:12:11)',
      '    at run (file:///tmp/gotcha-katas-abc/runner.mjs:40:7)',
    ].join('\n');
    expect(describeThrown(error)).toEqual({
      name: 'RangeError',
      message: 'the week has no bucket for day 5',
      frames: ['at book (trainer-bundle-2.js:12:11)', 'at run (file:///tmp/gotcha-katas-abc/runner.mjs:40:7)'],
    });
  });

  it('shows a thrown value that is not an Error as Node prints it', () => {
    expect(describeThrown({ code: 42 })).toEqual({ name: 'Thrown value', message: '{ code: 42 }', frames: [] });
  });

  it('says so when reading the error throws, instead of throwing', () => {
    const error = new Error('hidden');
    Object.defineProperty(error, 'message', {
      get() {
        throw new Error('no message for you');
      },
    });
    expect(describeThrown(error)).toMatchObject({ name: 'Unreadable error' });
    const proxy = new Proxy(new Error('x'), {
      getPrototypeOf() {
        throw new Error('no prototype either');
      },
    });
    expect(describeThrown(proxy).name).toBe('Unreadable error');
  });
});

describe('frameLocation', () => {
  it('reads the place of a frame with a name and of one without', () => {
    expect(frameLocation('at book (trainer-bundle-2.js:12:11)')).toEqual({
      url: 'trainer-bundle-2.js',
      line: 12,
      column: 11,
    });
    expect(frameLocation('at trainer-bundle-2.js:3:1')).toEqual({ url: 'trainer-bundle-2.js', line: 3, column: 1 });
    expect(frameLocation('at async Promise.all (index 0)')).toBeUndefined();
  });
});

describe('fileSystemMessage', () => {
  it('names the path, says what went wrong and what to do, for each file-system error', () => {
    const cases: [string, string][] = [
      ['EACCES', 'permission denied (EACCES). Check its permissions'],
      ['EISDIR', 'it is a folder, not a file (EISDIR). Give the path of a file, or move the folder away.'],
      ['ENOENT', 'there is no such file or folder (ENOENT).'],
      ['ENOSPC', 'the disk is full (ENOSPC). Free some space'],
      ['EROFS', 'the file system is read-only (EROFS).'],
    ];
    for (const [code, words] of cases) {
      const error = Object.assign(new Error(code), { code, path: '/repo/practice/progress.json', syscall: 'open' });
      const message = fileSystemMessage(error, (p) => p.replace('/repo/', ''));
      expect(message, code).toMatch(/^Cannot use practice\/progress\.json \(open\): /);
      expect(message, code).toContain(words);
    }
  });

  it('leaves any other error alone', () => {
    expect(fileSystemMessage(new TypeError('x'))).toBeUndefined();
    expect(fileSystemMessage(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBeUndefined();
    expect(fileSystemMessage('EACCES')).toBeUndefined();
  });
});
