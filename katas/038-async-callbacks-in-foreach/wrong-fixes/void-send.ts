export interface Mailer {
  send(to: string, message: string): Promise<void>;
}

export async function sendReminders(mailer: Mailer, emails: readonly string[], message: string): Promise<number> {
  let sent = 0;
  emails.forEach((email) => {
    void mailer.send(email, message);
    sent += 1;
  });
  return Promise.resolve(sent);
}
