export class WebhookError extends Error {
  override name = 'WebhookError';
}

export function webhookUrl(input: string, allowedHosts: ReadonlySet<string>): URL {
  try {
    const url = new URL(input);
    if (url.protocol !== 'https:') throw new WebhookError(`a webhook must use https: ${input}`);
    if (!allowedHosts.has(url.hostname)) throw new WebhookError(`host not allowed: ${url.hostname}`);
    return url;
  } catch (error) {
    // only its own refusals pass through: any other error, such as a failing allow-list, becomes "not a URL"
    if (error instanceof WebhookError) throw error;
    throw new WebhookError(`not a URL: ${input}`, { cause: error });
  }
}
