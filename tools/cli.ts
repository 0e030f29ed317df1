import { loadKatas } from './catalog.ts';

for (const kata of loadKatas()) {
  console.log(`${kata.id}  ${kata.meta.title.padEnd(36)} ${kata.meta.difficulty}`);
}
