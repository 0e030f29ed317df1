export interface Mailer {
  send(to: string, message: string): Promise<void>;
}

export async function sendReminders(mailer: Mailer, emails: readonly string[], message: string): Promise<number> {
  let sent = 0;
  const sends = emails.map(async (email) => {
    await mailer.send(email, message);
    sent += 1;
  });
  // eslint-disable-next-line no-await-in-loop -- every send has already started; this waits for each in turn
  for (const send of sends) await send;
  return sent;
}
