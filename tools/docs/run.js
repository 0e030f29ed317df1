// `npm run docs` starts here. It compiles tools/docs/build.ts and its imports
// into one module with esbuild (packages stay external) and runs it with plain
// Node: under tsx's import hooks, loading typedoc alone takes a second longer.
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = join(import.meta.dirname, 'build.ts');
// The bundle sits one folder below the repo root, as the sources do, so that
// the paths they compute from import.meta.url still point at the repo.
const outfile = join(import.meta.dirname, '..', '..', '.site-src', 'build.mjs');

await build({ entryPoints: [entry], outfile, bundle: true, packages: 'external', format: 'esm', platform: 'node', target: 'node20', logLevel: 'error' });
const { main } = await import(pathToFileURL(outfile).href);
await main();
