import { OrderStatus, readStatus, statusNames } from './broken.ts';

console.log(statusNames());
console.log(Object.values(OrderStatus));
for (const column of [2, 3, 42]) {
  try {
    console.log(column, readStatus(column));
  } catch (error) {
    console.log(column, String(error));
  }
}
