import { expect, it } from 'vitest';
import { describeKata } from '#kit/testing.ts';
import spec from './spec.ts';
import type { Clock, Gateway, Order, Receipt } from './fixed.ts';

const order: Order = { id: 'A-17', cents: 4200 };

/** A clock that only records what is set and cleared: the timers never fire on their own. */
function recordingClock() {
  const pending = new Map<number, () => void>();
  let next = 1;
  const clock: Clock = {
    setTimeout: (callback) => {
      pending.set(next, callback);
      return next++;
    },
    clearTimeout: (timer) => void pending.delete(timer as number),
  };
  const fire = () => {
    for (const callback of pending.values()) callback();
    pending.clear();
  };
  return { clock, pending, fire };
}

/** A gateway that answers when told to, and books the charge unless its signal aborted first. */
function manualGateway() {
  const ledger: string[] = [];
  let approve = () => {};
  let given: AbortSignal | undefined;
  const gateway: Gateway = {
    charge: (o, signal) => {
      given = signal;
      return new Promise<Receipt>((resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason as Error));
        approve = () => {
          if (signal?.aborted === true) return;
          ledger.push(`charged ${o.id}`);
          resolve({ orderId: o.id, reference: `ch_${o.id}` });
        };
      });
    },
  };
  return { gateway, ledger, approve: () => approve(), signal: () => given };
}

describeKata(
  import.meta.url,
  spec,
  {
    broken: [
      'when the time is up, the gateway is told to stop, and the late charge books nothing',
      'no timer is left running once the charge has an answer',
    ],
    'clear-the-timer-only': ['when the time is up, the gateway is told to stop, and the late charge books nothing'],
    'abort-but-pass-no-signal': ['when the time is up, the gateway is told to stop, and the late charge books nothing'],
    'signal-without-clearing': ['no timer is left running once the charge has an answer'],
    'abort-without-a-reason': [
      'a charge that takes too long fails with a TimeoutError that names the order, when the time is up and not before',
    ],
    'clear-only-on-success': ['no timer is left running once the charge has an answer'],
  },
  ({ broken, fixed, wrongFix }) => {
    it('broken: the caller gets a TimeoutError, and then the gateway charges the order anyway', async () => {
      const { chargeOrder } = await broken();
      const { clock, fire } = recordingClock();
      const { gateway, ledger, approve, signal } = manualGateway();
      const call = chargeOrder(order, gateway, 800, clock);
      fire();
      await expect(call).rejects.toThrow('order A-17 was not charged within 800 ms');
      expect(signal()).toBeUndefined();
      approve();
      expect(ledger).toEqual(['charged A-17']);
    });

    it('broken: the timer is still set after the gateway has answered', async () => {
      const { chargeOrder } = await broken();
      const { clock, pending } = recordingClock();
      const { gateway, approve } = manualGateway();
      const call = chargeOrder(order, gateway, 800, clock);
      approve();
      await expect(call).resolves.toEqual({ orderId: 'A-17', reference: 'ch_A-17' });
      expect(pending.size).toBe(1);
    });

    it('broken: wrong fix "abort-without-a-reason" fails with an AbortError, which does not say time ran out', async () => {
      const { chargeOrder } = await wrongFix('abort-without-a-reason')();
      const { clock, fire } = recordingClock();
      const { gateway } = manualGateway();
      const call = chargeOrder(order, gateway, 800, clock);
      fire();
      await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    });

    it('fixed: the gateway sees the abort with the TimeoutError as its reason, and books nothing', async () => {
      const { chargeOrder, TimeoutError } = await fixed();
      const { clock, pending, fire } = recordingClock();
      const { gateway, ledger, approve, signal } = manualGateway();
      const call = chargeOrder(order, gateway, 800, clock);
      fire();
      await expect(call).rejects.toBeInstanceOf(TimeoutError);
      expect(signal()?.reason).toBeInstanceOf(TimeoutError);
      approve();
      expect(ledger).toEqual([]);
      expect(pending.size).toBe(0);
    });
  },
);
