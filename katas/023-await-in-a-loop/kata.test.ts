import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const photos = Array.from({ length: 12 }, (_, i) => `photos/${i + 1}.jpg`);

/** A fetchOne that counts the downloads in flight and finishes each one a turn of the event loop after it starts. */
function countingNetwork() {
  const net = { inFlight: 0, peak: 0, order: [] as string[] };
  const fetchOne = async (url: string) => {
    net.inFlight += 1;
    net.peak = Math.max(net.peak, net.inFlight);
    net.order.push(`start ${url}`);
    await new Promise((resolve) => setImmediate(resolve));
    net.inFlight -= 1;
    net.order.push(`end ${url}`);
    return url.toUpperCase();
  };
  return { net, fetchOne };
}

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'four downloads start at once, or all of them when there are fewer',
      'when a download finishes, the next URL starts at once, and four stay in flight',
    ],
    'unbounded-promise-all': [
      'four downloads start at once, or all of them when there are fewer',
      'when a download finishes, the next URL starts at once, and four stay in flight',
      'no more than four downloads are ever in flight',
    ],
    'batches-of-four': ['when a download finishes, the next URL starts at once, and four stay in flight'],
    'results-in-finish-order': ['the results come back in the order of the URLs, whichever download finishes first'],
    'pool-keeps-going-after-a-failure': [
      'a failed download rejects the call with its error, and no more downloads start',
    ],
    'slice-then-sequential': [
      'when a download finishes, the next URL starts at once, and four stay in flight',
      'a failed download rejects the call with its error, and no more downloads start',
    ],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: each download starts only after the one before it has ended', async () => {
      const { downloadAll } = await broken();
      const { net, fetchOne } = countingNetwork();
      await expect(downloadAll(photos.slice(0, 3), fetchOne)).resolves.toEqual([
        'PHOTOS/1.JPG',
        'PHOTOS/2.JPG',
        'PHOTOS/3.JPG',
      ]);
      expect(net.order).toEqual([
        'start photos/1.jpg',
        'end photos/1.jpg',
        'start photos/2.jpg',
        'end photos/2.jpg',
        'start photos/3.jpg',
        'end photos/3.jpg',
      ]);
      expect(net.peak).toBe(1);
    });

    it('broken: wrong fix "unbounded-promise-all" has every download in flight at once', async () => {
      const { downloadAll } = await wrongFix('unbounded-promise-all')();
      const { net, fetchOne } = countingNetwork();
      const many = Array.from({ length: 2000 }, (_, i) => `photos/${i}.jpg`);
      await downloadAll(many, fetchOne);
      expect(net.peak).toBe(2000);
    });

    it('fixed: four downloads are in flight until fewer than four are left', async () => {
      const { downloadAll } = await fixed();
      const { net, fetchOne } = countingNetwork();
      await expect(downloadAll(photos, fetchOne)).resolves.toEqual(photos.map((p) => p.toUpperCase()));
      expect(net.peak).toBe(4);
      expect(net.order.slice(0, 5)).toEqual([
        'start photos/1.jpg',
        'start photos/2.jpg',
        'start photos/3.jpg',
        'start photos/4.jpg',
        'end photos/1.jpg',
      ]);
    });
  },
);
