import { percentile } from './broken.ts';

const latenciesMs = [120, 95, 1040, 87, 230, 15, 9];
console.log(percentile(latenciesMs, 50), percentile(latenciesMs, 90));
console.log(latenciesMs.join(' '));
