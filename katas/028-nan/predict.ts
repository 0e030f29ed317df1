import { firstFailedRead, parseTypedReading, readsToPublish } from './broken.ts';

const log = [21.5, NaN, NaN, NaN, 21.5];

console.log(firstFailedRead(log), log.includes(NaN));
console.log(readsToPublish(log));
console.log(parseTypedReading('19.8'), parseTypedReading('n/a'), parseTypedReading(''));
