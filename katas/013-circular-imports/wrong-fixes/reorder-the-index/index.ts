// whichever module Node enters the cycle by, one event class runs before event.ts
export { OrderPlaced } from './order-placed.ts';
export { OrderCancelled } from './order-cancelled.ts';
export { OrderEvent, parseEvent } from './event.ts';
