export { OrderEvent, parseEvent } from './event.ts';
export { OrderCancelled } from './order-cancelled.ts';
export { OrderPlaced } from './order-placed.ts';
