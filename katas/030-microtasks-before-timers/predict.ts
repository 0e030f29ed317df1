import { createConverter } from './broken.ts';

setTimeout(() => console.log('setTimeout'), 0);
void Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('queueMicrotask'));
process.nextTick(() => console.log('nextTick'));

const converter = createConverter(() => {
  console.log('loading rates');
  return Promise.resolve({ USD: 1.08 });
});
console.log('sync');
try {
  console.log('10 euros is', await converter.convert(1000, 'USD'), 'US cents');
} catch (error) {
  console.log(String(error));
}
await new Promise((resolve) => setTimeout(resolve, 0));
