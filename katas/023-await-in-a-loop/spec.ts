import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const urlsOf = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `https://cdn.example/photos/${i + 1}.jpg`);
const imageOf = (url: string) => `image of ${url.slice(url.lastIndexOf('/') + 1)}`;
const short = (urls: readonly string[]) => urls.map((url) => url.slice(url.lastIndexOf('/') + 1)).join(', ');

/** Lets every callback that the code under test has queued run: promise reactions and a few turns of the event loop. */
async function turns(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * A network in the test's hands: each download stays in flight until the check finishes or fails it, so the check
 * sees how many run at once, and in what order they start, with no clock involved.
 */
class FakeNetwork {
  readonly started: string[] = [];
  readonly pending = new Map<string, { resolve: (image: string) => void; reject: (error: unknown) => void }>();
  peak = 0;

  readonly fetchOne = (url: string): Promise<string> =>
    new Promise((resolve, reject) => {
      this.started.push(url);
      this.pending.set(url, { resolve, reject });
      this.peak = Math.max(this.peak, this.pending.size);
    });

  inFlight(): string[] {
    return [...this.pending.keys()];
  }

  async finish(url: string, error?: Error): Promise<void> {
    const download = this.pending.get(url);
    assert.ok(
      download,
      `${short([url])} should be downloading, but the downloads in flight are: ${short(this.inFlight())}`,
    );
    this.pending.delete(url);
    if (error === undefined) download.resolve(imageOf(url));
    else download.reject(error);
    await turns();
  }
}

type Outcome = { readonly value: string[] } | { readonly error: unknown } | undefined;

/** Starts downloadAll on a fake network and keeps what it settles with, so that no rejection goes unhandled. */
async function start({ downloadAll }: typeof Kata, count: number) {
  const net = new FakeNetwork();
  const urls = urlsOf(count);
  const call = { outcome: undefined as Outcome };
  downloadAll(urls, net.fetchOne).then(
    (value) => (call.outcome = { value }),
    (error: unknown) => (call.outcome = { error }),
  );
  await turns();
  return { net, urls, call };
}

/** Finishes downloads, the one picked by `pick` each time, until the call settles. */
async function finishAll(
  net: FakeNetwork,
  call: { outcome: Outcome },
  pick: (inFlight: string[]) => string,
): Promise<Outcome> {
  for (let round = 0; call.outcome === undefined; round += 1) {
    const inFlight = net.inFlight();
    assert.ok(inFlight.length > 0, 'nothing is downloading, yet the call has not settled');
    assert.ok(round < 1000, 'the call has not settled after 1000 downloads');
    await net.finish(pick(inFlight));
  }
  return call.outcome;
}

export default defineSpec<typeof Kata>()({
  'the results come back in the order of the URLs, whichever download finishes first': async (kata) => {
    for (const count of [10, 3]) {
      const { net, urls, call } = await start(kata, count);
      const outcome = await finishAll(net, call, (inFlight) => inFlight.at(-1) ?? '');
      assert.deepEqual(
        outcome,
        { value: urls.map(imageOf) },
        'the results must be the images, in the order of the URLs',
      );
      assert.deepEqual([...net.started].sort(), [...urls].sort(), 'each URL must be downloaded exactly once');
    }
    const { call } = await start(kata, 0);
    assert.deepEqual(call.outcome, { value: [] }, 'no URLs must give no results, and nothing to wait for');
  },
  'four downloads start at once, or all of them when there are fewer': async (kata) => {
    for (const count of [10, 4, 2]) {
      const { net, urls } = await start(kata, count);
      assert.deepEqual(
        short(net.started),
        short(urls.slice(0, 4)),
        `with ${count} URLs, these downloads started at once: ${short(net.started) || 'none'}`,
      );
    }
  },
  'when a download finishes, the next URL starts at once, and four stay in flight': async (kata) => {
    const { net, urls, call } = await start(kata, 10);
    for (const [finished, startedSoFar] of [
      [1, 5],
      [3, 6],
      [0, 7],
    ] as const) {
      await net.finish(urls[finished] ?? '');
      assert.deepEqual(
        short(net.started),
        short(urls.slice(0, startedSoFar)),
        `after ${short([urls[finished] ?? ''])} finished, the downloads started were: ${short(net.started)}`,
      );
    }
    while (call.outcome === undefined && net.inFlight().length > 0) {
      const left = urls.length - net.started.length + net.inFlight().length;
      assert.equal(net.inFlight().length, Math.min(4, left), `with ${left} downloads left, the wrong number ran`);
      await net.finish(net.inFlight()[0] ?? '');
    }
  },
  'no more than four downloads are ever in flight': async (kata) => {
    const { net, call } = await start(kata, 40);
    await finishAll(net, call, (inFlight) => inFlight[Math.min(1, inFlight.length - 1)] ?? '');
    assert.ok(net.peak <= 4, `${net.peak} downloads were in flight at once`);
  },
  'a failed download rejects the call with its error, and no more downloads start': async (kata) => {
    const { net, call } = await start(kata, 10);
    const refused = new Error('connect ECONNREFUSED 127.0.0.1:8080');
    const first = net.inFlight()[0] ?? '';
    await net.finish(first, refused);
    assert.ok(call.outcome !== undefined, 'the call did not settle when a download failed');
    assert.ok(
      'error' in call.outcome && call.outcome.error === refused,
      'the call must reject with the download error',
    );
    const startedWhenItFailed = net.started.length;
    for (const url of net.inFlight()) await net.finish(url);
    assert.equal(
      net.started.length,
      startedWhenItFailed,
      `after the failure, more downloads started: ${short(net.started.slice(startedWhenItFailed))}`,
    );
  },
});
