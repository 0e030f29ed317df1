import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

const draft = (): Kata.InvoiceDraft => ({
  customer: 'Acme Ltd',
  dueDate: new Date('2025-03-31T12:00:00Z'),
  quantities: new Map([
    ['SKU-1', 2],
    ['SKU-7', 1],
  ]),
  ledgerId: null,
});

function undone(history: Kata.DraftHistory): Kata.InvoiceDraft {
  const restored = history.undo();
  assert.ok(restored !== undefined, 'undo gave nothing back, though a draft was saved');
  return restored;
}

/**
 * The restored draft has the values it had when it was saved. A date or a Map that did not come back as one is
 * the concern of the checks above, so this compares the date by its moment, and the quantities only if they are a Map.
 */
function sameAsSaved(restored: Kata.InvoiceDraft): void {
  const changed = 'the saved draft has a change made after the save';
  assert.equal(restored.customer, 'Acme Ltd', `${changed}: the customer is ${restored.customer}`);
  const dueDate = new Date(restored.dueDate).toISOString();
  assert.equal(dueDate, '2025-03-31T12:00:00.000Z', `${changed}: the due date is ${dueDate}`);
  if (restored.quantities instanceof Map) {
    assert.deepEqual([...restored.quantities], [...draft().quantities], `${changed}: to the quantities`);
  }
}

export default defineSpec<typeof Kata>()({
  'undo gives back the saved drafts, the last one first, and then undefined': ({ DraftHistory }) => {
    const history = new DraftHistory();
    history.save({ ...draft(), customer: 'first' });
    history.save({ ...draft(), customer: 'second' });
    assert.equal(undone(history).customer, 'second');
    history.save({ ...draft(), customer: 'third' });
    assert.deepEqual([undone(history).customer, undone(history).customer], ['third', 'first']);
    assert.equal(history.undo(), undefined, 'undo gave back a draft, though none was left');
    assert.equal(new DraftHistory().undo(), undefined, 'each history starts empty');
  },
  'the due date comes back as a Date, at the same moment': ({ DraftHistory }) => {
    const history = new DraftHistory();
    history.save(draft());
    const { dueDate } = undone(history);
    assert.ok(dueDate instanceof Date, `the due date came back as ${typeof dueDate} ${JSON.stringify(dueDate)}`);
    assert.equal(dueDate.toISOString(), '2025-03-31T12:00:00.000Z');
  },
  'the quantities come back as a Map, with every product': ({ DraftHistory }) => {
    const history = new DraftHistory();
    history.save(draft());
    const { quantities } = undone(history);
    assert.ok(quantities instanceof Map, `the quantities came back as ${JSON.stringify(quantities)}, not a Map`);
    assert.deepEqual([...quantities], [...draft().quantities]);
  },
  'a draft booked in the ledger is saved, and its id comes back as the same bigint': ({ DraftHistory }) => {
    const history = new DraftHistory();
    history.save({ ...draft(), ledgerId: 9007199254740993n });
    const { ledgerId } = undone(history);
    assert.equal(ledgerId, 9007199254740993n, `the ledger id came back as ${typeof ledgerId} ${String(ledgerId)}`);
  },
  'a field replaced after a save does not reach the saved copy': ({ DraftHistory }) => {
    const history = new DraftHistory();
    const editing = draft();
    history.save(editing);
    editing.customer = 'Acme Holdings';
    editing.dueDate = new Date('2025-04-30T12:00:00Z');
    editing.quantities = new Map();
    sameAsSaved(undone(history));
  },
  'a date or a Map changed in place after a save does not reach the saved copy': ({ DraftHistory }) => {
    const history = new DraftHistory();
    const editing = draft();
    history.save(editing);
    editing.dueDate.setUTCDate(editing.dueDate.getUTCDate() + 7);
    editing.quantities.set('SKU-1', 5);
    editing.quantities.delete('SKU-7');
    sameAsSaved(undone(history));
    assert.deepEqual([...editing.quantities], [['SKU-1', 5]], 'saving changed the draft being edited');
  },
});
