/** Why a check runs: the file changed, or the learner asked (a key, a switch of kata, a reset). */
export type CheckKind = 'change' | 'manual';

const debounceMs = 10;

/**
 * Runs the watch loop's checks one at a time. A check asked for while one runs
 * waits for it, and several such requests are one ('manual' wins over
 * 'change'); change events that come within a few milliseconds are one.
 */
export class CheckSchedule {
  private current: Promise<void> | undefined;
  private pending: CheckKind | undefined;
  private debounce: NodeJS.Timeout | undefined;
  private stopped = false;

  /**
   * @param check - runs one check; it is never called twice at once.
   * @param isNew - whether the file differs from what was last checked, so a change event is worth a check.
   */
  constructor(
    private readonly check: (kind: CheckKind) => Promise<void>,
    private readonly isNew: () => boolean,
  ) {}

  /** A change event: once events stop for a moment, checks the file if its content is new. */
  changed(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      if (this.isNew()) void this.request('change');
    }, debounceMs);
  }

  /** Checks now, or right after the check under way; resolves when this request's check has run. */
  request(kind: CheckKind): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.current !== undefined) {
      this.pending = this.pending === 'manual' || kind === 'manual' ? 'manual' : 'change';
      return this.current;
    }
    this.current = (async () => {
      try {
        await this.check(kind);
      } finally {
        this.current = undefined;
        const next = this.pending;
        this.pending = undefined;
        if (next !== undefined) void this.request(next);
      }
    })();
    return this.current;
  }

  /** Takes no more requests; resolves once the check under way, if any, has finished. */
  stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.debounce);
    return this.current ?? Promise.resolve();
  }
}
