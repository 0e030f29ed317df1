import { DraftHistory } from './broken.ts';

const history = new DraftHistory();
const draft = {
  customer: 'Acme Ltd',
  dueDate: new Date('2025-03-31T12:00:00Z'),
  quantities: new Map([['SKU-1', 2]]),
  ledgerId: null,
};
history.save(draft);
draft.quantities.set('SKU-1', 5);
const before = history.undo();
console.log([before?.dueDate, before?.quantities]);

try {
  history.save({ ...draft, ledgerId: 9007199254740993n });
  console.log(history.undo()?.ledgerId);
} catch (error) {
  console.log(String(error));
}
