import { latest, usageOver } from './broken.ts';

const daily = [9, 12, 7, 10, 8];

console.log(latest(daily));
console.log(usageOver(daily, 3));
try {
  console.log(usageOver(daily, 7));
} catch (error) {
  console.log(String(error));
}
