import { logLine } from './broken.ts';

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
const failed = new Error('could not charge order 42', { cause: refused });
const line = logLine('charge failed', { orderId: 42, error: failed });
console.log(line.replace(/"stack":"(?:[^"\\]|\\.)*"/g, '"stack":"…"'));
console.log(JSON.stringify(failed), Object.keys(failed), Object.keys(refused));
