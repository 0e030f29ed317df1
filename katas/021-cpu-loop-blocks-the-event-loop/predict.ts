import { buildInvoices } from './broken.ts';

const accounts = Array.from({ length: 1000 }, (_, i) => ({ id: i + 1, cents: 1999 }));
let billed = 0;
const invoices = buildInvoices(accounts, (account) => {
  billed += 1;
  return { account: account.id, total: account.cents };
});
console.log(invoices instanceof Promise, `${billed} of ${accounts.length} billed`);
