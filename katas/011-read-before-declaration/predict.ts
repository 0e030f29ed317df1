import { receipt } from './broken.ts';

const lines = [
  { item: 'tea', cents: 250 },
  { item: 'cake', cents: 375 },
];

function show(label: string, print: () => unknown): void {
  try {
    console.log(label, print());
  } catch (error) {
    console.log(label, String(error));
  }
}

show('no lines:', () => receipt([]));
show('in euros:', () => receipt(lines));
show('in dollars:', () => receipt(lines, { currency: 'USD' }));
