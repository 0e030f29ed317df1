export { OrderEvent } from './event.ts';
export { OrderCancelled } from './order-cancelled.ts';
export { OrderPlaced } from './order-placed.ts';
export { parseEvent } from './parse.ts';
