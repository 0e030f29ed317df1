export interface Mailer {
  send(to: string, message: string): Promise<void>;
}

export async function sendReminders(mailer: Mailer, emails: readonly string[], message: string): Promise<number> {
  let sent = 0;
  // eslint-disable-next-line @typescript-eslint/await-thenable, @typescript-eslint/no-floating-promises -- still the trap: an array of promises is not a promise, so the await waits for none of them
  await emails.map(async (email) => {
    await mailer.send(email, message);
    sent += 1;
  });
  return sent;
}
