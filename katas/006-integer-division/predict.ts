import { bucketStart, hourOfDay, unixSeconds } from './broken.ts';

const lateOn1969 = Date.UTC(1969, 11, 31, 23, 30);
const after2038 = Date.UTC(2038, 0, 19, 3, 14, 8);

console.log(new Date(bucketStart(lateOn1969, 3_600_000)).toISOString());
console.log(hourOfDay(lateOn1969));
console.log(unixSeconds(lateOn1969 - 500));
console.log(unixSeconds(after2038));
