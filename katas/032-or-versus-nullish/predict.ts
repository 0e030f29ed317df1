import { loadConfig } from './broken.ts';

console.log(loadConfig({ port: 8080, retries: null }));
console.log(loadConfig({ port: 0, retries: 0, basePath: '' }));
