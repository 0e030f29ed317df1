import { memoize } from './broken.ts';

interface Parcel {
  readonly kg: number;
  readonly zone: string;
}

let runs = 0;
const shipping = memoize((parcel: Parcel) => {
  runs += 1;
  return parcel.kg * (parcel.zone === 'EU' ? 4 : 9);
});
const small = { kg: 1, zone: 'EU' };
const heavy = { kg: 20, zone: 'US' };
console.log(shipping(small), shipping(heavy), shipping(small), runs);
console.log(new Set([small, { ...small }]).size, [small].includes({ kg: 1, zone: 'EU' }));
