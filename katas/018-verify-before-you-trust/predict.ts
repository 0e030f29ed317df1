import { createHmac } from 'node:crypto';
import { openSession } from './broken.ts';

const secret = 'k7#qv';
const tokenFor = (json: string, key = secret) =>
  `${createHmac('sha256', key).update(json).digest('base64url')}.${Buffer.from(json).toString('base64url')}`;

const active: string[] = [];
const touch = (user: string) => active.push(user);

console.log(openSession(tokenFor('{"user":"ada","expires":1767225600}'), secret, touch));
console.log(openSession(tokenFor('{"user": "grace", "expires": 1767225600}'), secret, touch));
console.log(openSession(tokenFor('{"user":"eve","expires":1767225600}', 'a guess'), secret, touch));
console.log(active);
