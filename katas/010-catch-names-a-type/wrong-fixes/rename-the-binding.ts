export class WebhookError extends Error {
  override name = 'WebhookError';
}

export function webhookUrl(input: string, allowedHosts: ReadonlySet<string>): URL {
  try {
    const url = new URL(input);
    if (url.protocol !== 'https:') throw new WebhookError(`a webhook must use https: ${input}`);
    if (!allowedHosts.has(url.hostname)) throw new WebhookError(`host not allowed: ${url.hostname}`);
    return url;
    // a new name, and still every error: the https and host refusals become "not a URL"
  } catch (error) {
    throw new WebhookError(`not a URL: ${input}`, { cause: error });
  }
}
