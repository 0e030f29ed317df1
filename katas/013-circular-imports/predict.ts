const body = '{"type":"order.placed","orderId":"A-17","total":42.5}';

try {
  const { parseEvent } = await import('./broken/index.ts');
  console.log(parseEvent(body).describe());
} catch (error) {
  console.log(String(error));
}
