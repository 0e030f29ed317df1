import { createHmac } from 'node:crypto';
import { decodeSession } from './broken.ts';

const config = JSON.parse('{ "sessionSecret": "k7#qv" }') as { session_secret: string };

const payload = '{"user":"ada"}';
const signature = createHmac('sha256', 'k7#qv').update(payload).digest('hex');
const token = Buffer.from(`${signature}:${payload}`).toString('base64url');
const forged = Buffer.from(`${'0'.repeat(64)}:${payload}`).toString('base64url');

function show(label: string, read: () => unknown): void {
  try {
    console.log(label, read());
  } catch (error) {
    console.log(label, String(error));
  }
}

show('right secret:', () => decodeSession(token, () => 'k7#qv'));
show('forged token:', () => decodeSession(forged, () => 'k7#qv'));
show('from config:', () => decodeSession(token, () => config.session_secret));
