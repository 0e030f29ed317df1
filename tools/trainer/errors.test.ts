import { describe, expect, it } from 'vitest';
import { errorInfo, stackFrames } from './errors.ts';

const internal = '/tmp/gotcha-katas-abc123';
const stack = [
  'RangeError: the week has no bucket for day 5',
  '    at book (file:///home/ada/katas/practice/004-list-aliasing.ts:12:11)',
  '    at Object.check (file:///tmp/gotcha-katas-abc123/1-spec.mjs:40:7)',
  '    at node:internal/process/task_queues:95:5',
  '    at emptyWeek (file:///home/ada/katas/practice/004-list-aliasing.ts:4:3)',
  '    at async Promise.all (index 0)',
  '    at a (file:///home/ada/a.ts:1:1)',
  '    at b (file:///home/ada/b.ts:1:1)',
].join('\n');

describe('stackFrames', () => {
  it("keeps the learner's frames, trimmed, and drops the sandbox's own, Node's and the message", () => {
    expect(stackFrames(stack, internal)).toEqual([
      'at book (file:///home/ada/katas/practice/004-list-aliasing.ts:12:11)',
      'at emptyWeek (file:///home/ada/katas/practice/004-list-aliasing.ts:4:3)',
      'at async Promise.all (index 0)',
      'at a (file:///home/ada/a.ts:1:1)',
    ]);
  });

  it('keeps at most the number of frames asked for, and none of a missing stack', () => {
    expect(stackFrames(stack, internal, 1)).toHaveLength(1);
    expect(stackFrames(undefined, internal)).toEqual([]);
  });
});

describe('errorInfo', () => {
  it('gives the name, message and frames of an Error', () => {
    const error = new RangeError('the week has no bucket for day 5');
    error.stack = stack;
    expect(errorInfo(error, internal)).toEqual({
      name: 'RangeError',
      message: 'the week has no bucket for day 5',
      frames: stackFrames(stack, internal),
    });
  });

  it('shows a thrown value that is not an Error as Node prints it', () => {
    expect(errorInfo({ code: 42 }, internal)).toEqual({ name: 'Thrown value', message: '{ code: 42 }', frames: [] });
  });
});
