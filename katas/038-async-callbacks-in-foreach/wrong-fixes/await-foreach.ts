export interface Mailer {
  send(to: string, message: string): Promise<void>;
}

export async function sendReminders(mailer: Mailer, emails: readonly string[], message: string): Promise<number> {
  let sent = 0;
  // eslint-disable-next-line @typescript-eslint/await-thenable, @typescript-eslint/no-misused-promises -- still the trap: forEach returns undefined, so the await waits for nothing
  await emails.forEach(async (email) => {
    await mailer.send(email, message);
    sent += 1;
  });
  return sent;
}
