export interface Checkout {
  readonly tipPercent: number;
  readonly giftWrap: boolean;
}

const defaultTipPercent = 15;

export function readCheckout(body: Readonly<Record<string, unknown>>): Checkout {
  return {
    tipPercent: Number(body.tip) || defaultTipPercent,
    giftWrap: body.giftWrap === true || body.giftWrap === 'on' || body.giftWrap === 'true',
  };
}
