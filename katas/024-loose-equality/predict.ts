import { readCheckout } from './broken.ts';

console.log(readCheckout({ tip: '', giftWrap: 'on' }));
console.log(readCheckout({ tip: 0, giftWrap: true }));
console.log(readCheckout({ tip: '0', giftWrap: 'true' }));
