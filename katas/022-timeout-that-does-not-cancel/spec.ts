import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

type Receipt = Kata.Receipt;
type Order = Kata.Order;

/** A clock whose time moves only when the check says so. */
class FakeClock implements Kata.Clock {
  private now = 0;
  private nextId = 1;
  readonly timers = new Map<number, { at: number; callback: () => void }>();

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.now + ms, callback });
    return id;
  }

  clearTimeout(timer: unknown): void {
    this.timers.delete(timer as number);
  }

  async advance(ms: number): Promise<void> {
    this.now += ms;
    for (const [id, timer] of [...this.timers].sort(([, a], [, b]) => a.at - b.at)) {
      if (timer.at > this.now) continue;
      this.timers.delete(id);
      timer.callback();
    }
    await turns();
  }
}

/** Lets promise callbacks, and anything the code under test put on the event loop, run. */
async function turns(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * A gateway that answers when the check says so. Charging books the money in its ledger; a charge whose signal has
 * aborted stops, rejects with the signal's reason, and books nothing, as a gateway built on fetch would.
 */
class FakeGateway implements Kata.Gateway {
  readonly ledger: string[] = [];
  readonly signals: (AbortSignal | undefined)[] = [];
  private answer: ((outcome: 'approve' | Error) => void) | undefined;

  charge(order: Order, signal?: AbortSignal): Promise<Receipt> {
    this.signals.push(signal);
    return new Promise((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      this.answer = (outcome) => {
        if (signal?.aborted === true) return;
        if (outcome instanceof Error) return reject(outcome);
        this.ledger.push(`charged ${order.id}: ${order.cents} cents`);
        resolve({ orderId: order.id, reference: `ch_${order.id}` });
      };
    });
  }

  async respond(outcome: 'approve' | Error): Promise<void> {
    assert.ok(this.answer, 'chargeOrder never asked the gateway to charge');
    this.answer(outcome);
    await turns();
  }
}

type Outcome = { readonly receipt: Receipt } | { readonly error: unknown } | undefined;

async function charge({ chargeOrder }: typeof Kata, ms = 5000) {
  const clock = new FakeClock();
  const gateway = new FakeGateway();
  const call = { outcome: undefined as Outcome };
  chargeOrder({ id: 'A-17', cents: 4200 }, gateway, ms, clock).then(
    (receipt) => (call.outcome = { receipt }),
    (error: unknown) => (call.outcome = { error }),
  );
  await turns();
  return { clock, gateway, call };
}

function errorOf(outcome: Outcome): unknown {
  assert.ok(outcome !== undefined, 'the call has not settled');
  assert.ok('error' in outcome, `the call should have failed, but it gave ${JSON.stringify(outcome)}`);
  return outcome.error;
}

export default defineSpec<typeof Kata>()({
  'a charge the gateway approves in time gives its receipt': async (kata) => {
    const { clock, gateway, call } = await charge(kata);
    await clock.advance(4999);
    await gateway.respond('approve');
    assert.deepEqual(call.outcome, { receipt: { orderId: 'A-17', reference: 'ch_A-17' } });
    assert.deepEqual(gateway.ledger, ['charged A-17: 4200 cents']);
  },
  'a charge the gateway declines fails with the gateway error': async (kata) => {
    const { gateway, call } = await charge(kata);
    const declined = new Error('card declined');
    await gateway.respond(declined);
    assert.equal(errorOf(call.outcome), declined, 'the call must fail with the error the gateway gave');
  },
  'a charge that takes too long fails with a TimeoutError that names the order, when the time is up and not before':
    async (kata) => {
      const { clock, call } = await charge(kata, 800);
      await clock.advance(799);
      assert.equal(call.outcome, undefined, 'the call gave up before its time was up');
      await clock.advance(1);
      const error = errorOf(call.outcome);
      assert.ok(error instanceof Error, `the call failed with ${String(error)}, which is not an Error`);
      assert.equal(error.name, 'TimeoutError', `the call failed with ${String(error)}, not a TimeoutError`);
      assert.ok(error.message.includes('A-17'), `the TimeoutError must name the order, as in: ${error.message}`);
    },
  'when the time is up, the gateway is told to stop, and the late charge books nothing': async (kata) => {
    const { clock, gateway, call } = await charge(kata, 800);
    await clock.advance(800);
    assert.ok(call.outcome !== undefined, 'the call did not give up when its time was up');
    const [signal] = gateway.signals;
    assert.ok(signal instanceof AbortSignal, 'the gateway was given no signal, so it cannot be told to stop');
    assert.ok(signal.aborted, 'the signal given to the gateway was not aborted when the time was up');
    await gateway.respond('approve');
    assert.deepEqual(gateway.ledger, [], 'the order was charged after the caller had given up on it');
  },
  'no timer is left running once the charge has an answer': async (kata) => {
    for (const answer of ['approve', new Error('card declined')] as const) {
      const { clock, gateway } = await charge(kata);
      await gateway.respond(answer);
      assert.equal(
        clock.timers.size,
        0,
        `after the gateway answered ${answer === 'approve' ? 'approve' : 'with an error'}, a timer was left running`,
      );
    }
    const { clock } = await charge(kata);
    await clock.advance(5000);
    assert.equal(clock.timers.size, 0, 'after the time was up, a timer was left running');
  },
});
