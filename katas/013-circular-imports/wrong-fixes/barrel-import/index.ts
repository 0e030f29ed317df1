// eslint-disable-next-line import-x/no-cycle -- the barrel closes a new cycle
export { parseEvent } from './parse.ts';
export { OrderEvent } from './event.ts';
export { OrderCancelled } from './order-cancelled.ts';
// eslint-disable-next-line import-x/no-cycle -- the barrel closes a new cycle
export { OrderPlaced } from './order-placed.ts';
