import { validReadings } from './broken.ts';

const samples = [12, 7, 14, 9, -3, 8, 20, 5, 6, 1, 18];

for (const line of validReadings(samples)) console.log(line);
