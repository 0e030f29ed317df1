import { clientConfig, type ClientOptions } from './broken.ts';

const billing = { baseUrl: 'https://billing.example', timeout: 2_000 };
const mail = JSON.parse('{ "baseUrl": "https://mail.example", "retires": 0 }') as ClientOptions;

for (const options of [billing, { ...billing, retries: 0 }, mail]) {
  try {
    console.log(clientConfig(options));
  } catch (error) {
    console.log(String(error));
  }
}
