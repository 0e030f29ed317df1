import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed/index.ts';

const placed = JSON.stringify({ type: 'order.placed', orderId: 'A-17', total: 42.5 });
const cancelled = JSON.stringify({ type: 'order.cancelled', orderId: 'B-3', reason: 'out of stock' });

// An async parseEvent answers with a Promise; it fails the check, and its rejection is kept from going unhandled.
function parse(parseEvent: typeof Kata.parseEvent, body: string): Kata.OrderEvent {
  const event: unknown = parseEvent(body);
  if (event instanceof Promise) {
    event.catch(() => undefined);
    assert.fail('parseEvent returned a Promise: a caller needs the event itself, at once');
  }
  return event as Kata.OrderEvent;
}

export default defineSpec<typeof Kata>()({
  'the event classes work on their own, and each is an OrderEvent': ({ OrderEvent, OrderPlaced, OrderCancelled }) => {
    const order = new OrderPlaced('C-9', 7);
    assert.equal(order.describe(), 'order C-9 placed, total 7.00');
    assert.ok(order instanceof OrderEvent, 'an OrderPlaced is not an OrderEvent');
    const cancel = new OrderCancelled('C-9', 'changed my mind');
    assert.equal(cancel.describe(), 'order C-9 cancelled: changed my mind');
    assert.ok(cancel instanceof OrderEvent, 'an OrderCancelled is not an OrderEvent');
  },
  'parseEvent turns an order.placed body into an OrderPlaced': ({ parseEvent, OrderPlaced, OrderEvent }) => {
    const event = parse(parseEvent, placed);
    assert.ok(event instanceof OrderPlaced, `parseEvent gave a ${event.constructor.name}, not an OrderPlaced`);
    assert.ok(event instanceof OrderEvent, 'the parsed event is not an OrderEvent');
    assert.equal(event.orderId, 'A-17');
    assert.equal(event.total, 42.5);
    assert.equal(event.describe(), 'order A-17 placed, total 42.50');
  },
  'parseEvent turns an order.cancelled body into an OrderCancelled': ({ parseEvent, OrderCancelled, OrderEvent }) => {
    const event = parse(parseEvent, cancelled);
    assert.ok(event instanceof OrderCancelled, `parseEvent gave a ${event.constructor.name}, not an OrderCancelled`);
    assert.ok(event instanceof OrderEvent, 'the parsed event is not an OrderEvent');
    assert.equal(event.orderId, 'B-3');
    assert.equal(event.reason, 'out of stock');
    assert.equal(event.describe(), 'order B-3 cancelled: out of stock');
  },
  'parseEvent rejects an unknown event type with a TypeError that names it': ({ parseEvent }) => {
    assert.throws(
      () => parse(parseEvent, JSON.stringify({ type: 'order.refunded', orderId: 'A-17' })),
      new TypeError('unknown event type: order.refunded'),
    );
  },
});
