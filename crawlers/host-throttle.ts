/**
 * Per-host politeness: at most `perHost` requests in flight to one host, and at least
 * `delayMs` between the end of one request and the start of the next (robots.txt Crawl-delay
 * raises a host's delay through `setDelay`).
 */

interface HostState {
  active: number;
  delayMs: number;
  /** Earliest moment the next request may start. */
  nextStartAt: number;
  waiting: Array<() => void>;
  timer: NodeJS.Timeout | null;
}

/** Spaces and serializes requests per host. */
export class HostThrottle {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly perHost: number,
    private readonly defaultDelayMs: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!(perHost >= 1)) throw new Error(`per-host concurrency must be at least 1, got ${perHost}`);
  }

  /** Sets a host's delay (e.g. from Crawl-delay); never below the configured default. */
  setDelay(host: string, delayMs: number): void {
    const state = this.state(host);
    state.delayMs = Math.max(this.defaultDelayMs, delayMs);
  }

  /** The delay currently applied to `host`. */
  delayFor(host: string): number {
    return this.hosts.get(host)?.delayMs ?? this.defaultDelayMs;
  }

  /** Waits for the host's turn; call the returned function exactly once when the request is done. */
  async acquire(host: string): Promise<() => void> {
    const state = this.state(host);
    await new Promise<void>((resolve) => {
      state.waiting.push(resolve);
      this.pump(state);
    });
    let released = false;
    return () => {
      if (released) return;
      released = true;
      state.active--;
      state.nextStartAt = Math.max(state.nextStartAt, this.now() + state.delayMs);
      this.pump(state);
    };
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, delayMs: this.defaultDelayMs, nextStartAt: 0, waiting: [], timer: null };
      this.hosts.set(host, state);
    }
    return state;
  }

  private pump(state: HostState): void {
    if (state.timer) return;
    while (state.waiting.length > 0 && state.active < this.perHost) {
      const wait = state.nextStartAt - this.now();
      if (wait > 0) {
        state.timer = setTimeout(() => {
          state.timer = null;
          this.pump(state);
        }, wait);
        return;
      }
      state.active++;
      state.nextStartAt = this.now() + state.delayMs;
      state.waiting.shift()!();
    }
  }
}
