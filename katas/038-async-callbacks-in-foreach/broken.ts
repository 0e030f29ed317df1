export interface Mailer {
  send(to: string, message: string): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/require-await -- the async function awaits nothing: its sends run on after it returns
export async function sendReminders(mailer: Mailer, emails: readonly string[], message: string): Promise<number> {
  let sent = 0;
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the trap: forEach drops the promise each async callback returns, so nothing waits for the sends or sees their errors
  emails.forEach(async (email) => {
    await mailer.send(email, message);
    sent += 1;
  });
  return sent;
}
