// `npm run docs` starts here. It compiles tools/site-builder/build.ts and its imports
// into one module with esbuild (packages stay external) and runs it with plain
// Node: under tsx's import hooks, loading typedoc alone takes a second longer.
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = join(import.meta.dirname, 'build.ts');
// kit/paths.ts finds the repo root from wherever the bundle sits.
const outfile = join(import.meta.dirname, '..', '..', '.site-src', 'build.mjs');

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  packages: 'external',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'error',
});
const { main } = await import(pathToFileURL(outfile).href);
await main();
