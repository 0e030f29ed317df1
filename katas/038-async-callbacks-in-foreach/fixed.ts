export interface Mailer {
  send(to: string, message: string): Promise<void>;
}

export async function sendReminders(mailer: Mailer, emails: readonly string[], message: string): Promise<number> {
  let sent = 0;
  for (const email of emails) {
    // eslint-disable-next-line no-await-in-loop -- one reminder at a time: each waits for the one before
    await mailer.send(email, message);
    sent += 1;
  }
  return sent;
}
