import { webhookUrl } from './broken.ts';

const hosts = new Set(['hooks.example.com']);

for (const input of [
  'https://hooks.example.com/deploy',
  'http://hooks.example.com/deploy',
  'https://hooks.example.net/deploy',
  'hooks.example.com/deploy',
]) {
  try {
    console.log('ok:', webhookUrl(input, hosts).href);
  } catch (error) {
    console.log(String(error));
  }
}
