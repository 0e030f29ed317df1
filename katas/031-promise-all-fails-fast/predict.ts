import { emailInvoice } from './broken.ts';

const delivered: string[] = [];
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

async function send(to: string): Promise<void> {
  if (to.endsWith('.invalid')) throw new Error(`no mail server for ${to}`);
  await nextTurn();
  delivered.push(to);
}

const report = await emailInvoice(['ana@shop.example', 'ben@old-shop.invalid', 'cy@shop.example'], send);
console.log(report);
console.log('delivered when reported:', delivered);
await nextTurn();
console.log('delivered a turn later:', delivered);
