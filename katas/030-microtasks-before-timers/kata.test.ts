import { expect, it } from 'vitest';
import { printedByNode } from '#kit/runner.ts';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';

const atStartUp = 'a conversion asked for right at start-up uses the rates';

// The four queues of predict.ts, with no converter, run by Node as a script of each module system.
const fourQueues = `
setTimeout(() => console.log('setTimeout'), 0);
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('queueMicrotask'));
process.nextTick(() => console.log('nextTick'));
console.log('sync');
`;
const printedAs = (inputType: 'commonjs' | 'module'): Promise<string[]> =>
  printedByNode(`the four queues as ${inputType}`, [`--input-type=${inputType}`, '-e', fourQueues]);

describeKata(
  import.meta.url,
  spec,
  {
    broken: [atStartUp],
    'load-if-not-yet': ['the rates are loaded once, however many conversions there are'],
    'load-on-first-use': ['start-up starts loading the rates, before any conversion'],
    'next-tick': [atStartUp],
    'queue-microtask': [atStartUp],
    'yield-before-reading': [atStartUp],
  },
  ({ broken, fixed }) => {
    it('broken: a conversion at start-up runs before the timer that loads the rates, and one a turn later works', async () => {
      const { createConverter } = await broken();
      let loads = 0;
      const converter = createConverter(() => {
        loads += 1;
        return Promise.resolve({ USD: 1.08 });
      });
      await expect(converter.convert(1000, 'USD')).rejects.toThrow('no rate for USD');
      expect(loads).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(loads).toBe(1);
      await expect(converter.convert(1000, 'USD')).resolves.toBe(1080);
    });

    it('broken: in an ES module, promise callbacks run before process.nextTick; in CommonJS, after it', async () => {
      const [module, commonjs] = await Promise.all([printedAs('module'), printedAs('commonjs')]);
      expect(module).toEqual(['sync', 'promise', 'queueMicrotask', 'nextTick', 'setTimeout']);
      expect(commonjs).toEqual(['sync', 'nextTick', 'promise', 'queueMicrotask', 'setTimeout']);
    });

    it('fixed: the rates are asked for at once, and every conversion awaits that one promise', async () => {
      const { createConverter } = await fixed();
      let loads = 0;
      const converter = createConverter(() => {
        loads += 1;
        return Promise.resolve({ USD: 1.08 });
      });
      expect(loads).toBe(1);
      await expect(converter.convert(1000, 'USD')).resolves.toBe(1080);
      await expect(converter.convert(500, 'USD')).resolves.toBe(540);
      expect(loads).toBe(1);
    });
  },
);
