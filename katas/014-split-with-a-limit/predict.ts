import { parseHeader, splitToken } from './broken.ts';

console.log(splitToken('9f86d081:{"user":"ada","scope":"read:all"}'));
console.log(parseHeader('Location: https://example.com:8443/login'));
console.log(parseHeader('Retry-After: 120'));
