import { loadSettings } from './broken.ts';

const settings = loadSettings('{"theme":"dark","__proto__":{"isAdmin":true}}');
const visitor: { name: string; isAdmin?: boolean } = { name: 'a visitor' };

console.log(settings.theme, settings.isAdmin);
console.log(visitor.isAdmin, Object.keys(visitor), 'isAdmin' in visitor);
console.log(loadSettings('{}').isAdmin);
