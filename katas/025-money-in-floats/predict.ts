import { amountDue, isPaidInFull, lineTotal } from './broken.ts';

const basket = [
  { unitPrice: 0.1, quantity: 1 },
  { unitPrice: 0.2, quantity: 1 },
];
console.log(amountDue(basket), isPaidInFull(basket, [0.3]));
console.log(lineTotal({ unitPrice: 2.01, quantity: 1 }, 50));
console.log(0.1 + 0.2 === 0.3, (1.005).toFixed(2));
