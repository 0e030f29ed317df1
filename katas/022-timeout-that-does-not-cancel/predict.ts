import { chargeOrder, type Gateway } from './broken.ts';

const log: string[] = [];
const slowGateway: Gateway = {
  charge: (order, signal) =>
    new Promise((resolve, reject) => {
      const answer = setTimeout(() => {
        log.push(`gateway: charged ${order.id}`);
        resolve({ orderId: order.id, reference: `ch_${order.id}` });
      }, 30);
      signal?.addEventListener('abort', () => {
        clearTimeout(answer);
        reject(signal.reason as Error);
      });
    }),
};

try {
  await chargeOrder({ id: 'A-17', cents: 4200 }, slowGateway, 10);
} catch (error) {
  log.push(`caller: ${String(error)}`);
}
await new Promise((resolve) => setTimeout(resolve, 50));
console.log(log.join('\n'));
