import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec, { catchingUnhandledRejections, nextTurn } from './spec.ts';

const sentAll = 'every reminder is sent before the returned promise resolves';
const counted = 'it resolves to the number of reminders sent';
const rejects = "a failed send rejects the returned promise with that send's error";
const handled = 'when several sends fail, no failure is left unhandled';

describeKata(
  import.meta.url,
  spec,
  {
    broken: [sentAll, counted, rejects, handled],
    'all-settled': [rejects],
    'await-foreach': [sentAll, counted, rejects, handled],
    'await-map-array': [sentAll, counted, rejects, handled],
    'start-all-then-await-each': [handled],
    'void-send': [sentAll, rejects],
  },
  ({ broken, fixed }) => {
    it('broken: sendReminders resolves to 0 before a single send has finished', async () => {
      const { sendReminders } = await broken();
      const delivered: string[] = [];
      const mailer = { send: (to: string) => nextTurn().then(() => void delivered.push(to)) };
      const sent = await sendReminders(mailer, ['ada@example.com', 'bob@example.com'], 'hi');
      expect([sent, delivered]).toEqual([0, []]);
      await nextTurn();
      expect(delivered).toEqual(['ada@example.com', 'bob@example.com']);
    });

    it('broken: a failed send is an unhandled rejection, and sendReminders resolves all the same', async () => {
      const { sendReminders } = await broken();
      const refused = new Error('the mail server refused bob@example.com');
      const mailer = {
        send: (to: string) => nextTurn().then(() => (to === 'bob@example.com' ? Promise.reject(refused) : undefined)),
      };
      await catchingUnhandledRejections(async (caught) => {
        await expect(sendReminders(mailer, ['ada@example.com', 'bob@example.com'], 'hi')).resolves.toBe(0);
        await nextTurn();
        await nextTurn();
        expect(caught.has(refused)).toBe(true);
      });
    });

    it('fixed: for...of awaits each send, so a failure rejects sendReminders and nothing is left unhandled', async () => {
      const { sendReminders } = await fixed();
      const refused = new Error('the mail server refused ada@example.com');
      const tried: string[] = [];
      const mailer = { send: (to: string) => (tried.push(to), Promise.reject(refused)) };
      await expect(sendReminders(mailer, ['ada@example.com', 'bob@example.com'], 'hi')).rejects.toBe(refused);
      expect(tried).toEqual(['ada@example.com']);
    });
  },
);
