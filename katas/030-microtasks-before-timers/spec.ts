import assert from 'node:assert/strict';
import { defineSpec } from '#kit/spec.ts';
import type * as Kata from './fixed.ts';

/** A rates service that counts its loads; each load resolves on its own, with no timer. */
function ratesService() {
  const service = {
    loads: 0,
    load: () => {
      service.loads += 1;
      return Promise.resolve({ USD: 1.08, JPY: 1.62 });
    },
  };
  return service;
}

// A turn of the event loop: every timer of 0 ms set before it has run, and every promise callback. No wait for time.
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

export default defineSpec<typeof Kata>()({
  'a conversion asked for right at start-up uses the rates': async ({ createConverter }) => {
    const converter = createConverter(ratesService().load);
    const converted = await converter.convert(1000, 'USD').catch((error: unknown) => String(error));
    assert.equal(converted, 1080, `1000 euro cents asked for at start-up gave ${converted}, not 1080 US cents`);
  },
  'a conversion is rounded to whole cents of the currency': async ({ createConverter }) => {
    const converter = createConverter(ratesService().load);
    await nextTurn();
    assert.equal(await converter.convert(333, 'JPY'), 539, '333 euro cents are 539.46 yen cents, rounded to 539');
    assert.equal(await converter.convert(0, 'USD'), 0);
  },
  'start-up starts loading the rates, before any conversion': async ({ createConverter }) => {
    const service = ratesService();
    createConverter(service.load);
    await nextTurn();
    assert.equal(service.loads, 1, `start-up loaded the rates ${service.loads} times, not once`);
  },
  'the rates are loaded once, however many conversions there are': async ({ createConverter }) => {
    const service = ratesService();
    const converter = createConverter(service.load);
    await Promise.allSettled([converter.convert(100, 'USD'), converter.convert(200, 'JPY')]);
    await nextTurn();
    await converter.convert(300, 'USD');
    assert.equal(service.loads, 1, `three conversions loaded the rates ${service.loads} times, not once`);
  },
  'a currency without a rate is refused': async ({ createConverter }) => {
    const converter = createConverter(ratesService().load);
    await nextTurn();
    await assert.rejects(converter.convert(100, 'XAU'), new Error('no rate for XAU'));
  },
});
