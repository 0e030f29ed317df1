import { isAtLeast, parseVersion } from './broken.ts';

console.log(parseVersion('1.10.3'), parseVersion('2.0.1'));
console.log(isAtLeast('1.10.3', '1.9.0'), isAtLeast('1.9.0', '1.10.3'));
console.log(['1', '2', '3'].map(parseInt), Number.parseInt(String(0.0000005), 10));
