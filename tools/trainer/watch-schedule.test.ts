import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckSchedule, type CheckKind } from './watch-schedule.ts';

/** A schedule whose checks finish only when the test says so. */
function scheduled(isNew = () => true) {
  const started: CheckKind[] = [];
  const finishers: (() => void)[] = [];
  const schedule = new CheckSchedule((kind) => {
    started.push(kind);
    return new Promise<void>((finish) => finishers.push(finish));
  }, isNew);
  const finish = async () => {
    finishers.shift()?.();
    // Lets the promise callbacks that follow a check run: a turn of the event loop, not a wait for time.
    await new Promise((next) => setImmediate(next));
  };
  return { schedule, started, finish };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('CheckSchedule', () => {
  it('runs one check at a time, and the requests made meanwhile as one, manual over change', async () => {
    const { schedule, started, finish } = scheduled();
    void schedule.request('change');
    void schedule.request('change');
    void schedule.request('manual');
    void schedule.request('change');
    expect(started).toEqual(['change']);
    await finish();
    expect(started).toEqual(['change', 'manual']);
    await finish();
    expect(started).toEqual(['change', 'manual']);
  });

  it('makes a burst of change events one check, and none when the content is not new', async () => {
    vi.useFakeTimers();
    let fresh = true;
    const { schedule, started } = scheduled(() => fresh);
    schedule.changed();
    schedule.changed();
    schedule.changed();
    await vi.runAllTimersAsync();
    expect(started).toEqual(['change']);
    fresh = false;
    schedule.changed();
    await vi.runAllTimersAsync();
    expect(started).toEqual(['change']);
  });

  it('once stopped, takes no request and waits for the check under way', async () => {
    const { schedule, started, finish } = scheduled();
    void schedule.request('manual');
    void schedule.request('change');
    let stopped = false;
    const stopping = schedule.stop().then(() => (stopped = true));
    void schedule.request('manual');
    expect(stopped).toBe(false);
    await finish();
    await stopping;
    expect(stopped).toBe(true);
    expect(started).toEqual(['manual']);
  });
});
