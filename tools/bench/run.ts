// `npm run bench` runs every benchmark in tools/bench/; `npm run bench -- <name> [options]` runs one.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .map((f) => f.slice(0, -3))
  .sort();
const [name, ...rest] = process.argv.slice(2);
if (name === '--help' || name === 'help' || (name !== undefined && !names.includes(name))) {
  if (name !== undefined && name !== '--help' && name !== 'help') console.error(`no benchmark named '${name}'.`);
  console.error(`usage: npm run bench [-- <${names.join('|')}> [options]]`);
  process.exit(name === '--help' || name === 'help' ? 0 : 2);
}
let failed = false;
for (const bench of name === undefined ? names : [name]) {
  console.log(`\n== ${bench}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(dir, `${bench}.ts`), ...rest], {
    stdio: 'inherit',
  });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
