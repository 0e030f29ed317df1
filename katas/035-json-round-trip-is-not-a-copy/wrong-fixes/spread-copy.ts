/** An invoice as the user edits it, before it is sent. */
export interface InvoiceDraft {
  customer: string;
  dueDate: Date;
  /** How many of each product, by product code. */
  quantities: Map<string, number>;
  /** The invoice's id in the ledger, once it is booked there; ledger ids pass 2 ** 53. */
  ledgerId: bigint | null;
}

/** Copies of a draft as it was before each change, so that the editor can undo the change. */
export class DraftHistory {
  readonly #saved: InvoiceDraft[] = [];

  /** Keeps a copy of the draft as it is now; the editor calls it before each change. */
  save(draft: InvoiceDraft): void {
    this.#saved.push({ ...draft });
  }

  /** The draft as it was at the last save, or undefined when nothing is left to undo. */
  undo(): InvoiceDraft | undefined {
    return this.#saved.pop();
  }
}
