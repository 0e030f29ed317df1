import { sendReminders } from './broken.ts';

const started: string[] = [];
const mailer = {
  send(to: string): Promise<void> {
    started.push(to);
    return new Promise((resolve) => setImmediate(resolve));
  },
};
const sending = sendReminders(mailer, ['ada@example.com', 'bob@example.com'], 'Your invoice is due');
console.log(sending, started);
