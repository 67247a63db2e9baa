/**
 * What the fetcher asks of per-host politeness: wait for a host's turn, hand it back, and
 * learn a host's Crawl-delay. `HostThrottle` keeps that state in one process; a shared
 * implementation (the pipeline's Redis one) keeps it for many workers and machines.
 */

/** Per-host turns for the fetcher. */
export interface HostGate {
  /** Waits for the host's turn; call the returned function exactly once when the request is done. */
  acquire(host: string): Promise<() => void>;
  /** Sets a host's delay (e.g. from Crawl-delay); never below the configured default. */
  setDelay(host: string, delayMs: number): void;
  /** The delay currently applied to `host`, as far as this process knows. */
  delayFor(host: string): number;
}
