import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

type Body = Readonly<Record<string, unknown>>;

function tipOf(readCheckout: typeof Kata.readCheckout, body: Body, expected: number): void {
  const { tipPercent } = readCheckout(body);
  assert.ok(Object.is(tipPercent, expected), `${JSON.stringify(body)} gave a tip of ${tipPercent}, not ${expected}`);
}

function giftWrapOf(readCheckout: typeof Kata.readCheckout, body: Body, expected: boolean): void {
  const { giftWrap } = readCheckout(body);
  assert.equal(
    giftWrap,
    expected,
    `${JSON.stringify(body)} gave giftWrap ${String(giftWrap)}, not ${String(expected)}`,
  );
}

export default defineSpec<typeof Kata>()({
  'a tip typed into the web form is read as a number, and a blank one is the default 15': ({ readCheckout }) => {
    tipOf(readCheckout, { tip: '', giftWrap: 'on' }, 15);
    tipOf(readCheckout, { tip: '0' }, 0);
    tipOf(readCheckout, { tip: '12.5' }, 12.5);
    tipOf(readCheckout, { tip: '20', giftWrap: 'on' }, 20);
  },
  'a tip of 0 from the app is 0, and a null one is the default 15': ({ readCheckout }) => {
    tipOf(readCheckout, { tip: 0, giftWrap: true }, 0);
    tipOf(readCheckout, { tip: 10, giftWrap: false }, 10);
    tipOf(readCheckout, { tip: null, giftWrap: false }, 15);
  },
  'a checkout without a tip field gets the default 15': ({ readCheckout }) => {
    tipOf(readCheckout, {}, 15);
    tipOf(readCheckout, { giftWrap: 'on' }, 15);
  },
  'a ticked checkbox, which posts on, asks for gift wrap, and an unticked one, which posts nothing, does not': ({
    readCheckout,
  }) => {
    giftWrapOf(readCheckout, { tip: '', giftWrap: 'on' }, true);
    giftWrapOf(readCheckout, { tip: '' }, false);
  },
  'gift wrap from the app is its boolean': ({ readCheckout }) => {
    giftWrapOf(readCheckout, { tip: 0, giftWrap: true }, true);
    giftWrapOf(readCheckout, { tip: 0, giftWrap: false }, false);
  },
  'gift wrap from a link is the word true or false': ({ readCheckout }) => {
    giftWrapOf(readCheckout, { tip: '0', giftWrap: 'true' }, true);
    giftWrapOf(readCheckout, { tip: '0', giftWrap: 'false' }, false);
  },
  'the checkout has the tip and the gift wrap, and nothing else': ({ readCheckout }) => {
    assert.deepEqual(readCheckout({ tip: 5, giftWrap: true, note: 'ring twice' }), { tipPercent: 5, giftWrap: true });
  },
});
