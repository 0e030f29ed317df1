import { multipliers } from './broken.ts';

console.log(multipliers(4).map((f) => f(2)));
