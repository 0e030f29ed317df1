export interface Checkout {
  readonly tipPercent: number;
  readonly giftWrap: boolean;
}

const defaultTipPercent = 15;

export function readCheckout(body: Readonly<Record<string, unknown>>): Checkout {
  return {
    tipPercent: body.tip === undefined || body.tip === null || body.tip === '' ? defaultTipPercent : Number(body.tip),
    giftWrap: body.giftWrap === true || body.giftWrap === 'on',
  };
}
