/**
 * Per-host politeness shared by every worker on every machine: a host's request slots, the
 * earliest moment its next request may start, and its Crawl-delay live in Redis, checked and
 * taken in one Lua script against Redis's own clock. A slot is a lease that its holder renews;
 * a worker killed mid-request frees its slot when the lease runs out.
 *
 * Within one process, requests to a host first queue locally (at most `perHost` ask Redis at
 * a time), so waiting costs a few Redis calls, not one per waiting request. A release is
 * announced on a channel, so a request waiting in another process for a full host tries
 * again at once instead of at its next poll.
 */
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import { ConcurrencyLimit } from "../crawlers/concurrency-limit.ts";
import type { HostGate } from "../crawlers/host-gate.ts";

const NOW = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

// KEYS: slots, next, delay. ARGV: token, perHost, defaultDelayMs, leaseMs.
// Returns 0 when the slot is taken, n > 0 to wait n ms for the host's delay, n < 0 when all slots are held.
const ACQUIRE = `${NOW}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return -math.max(1, math.min(tonumber(first[2]) - now, 20))
end
local nextAt = tonumber(redis.call('GET', KEYS[2]) or '0')
if now < nextAt then return nextAt - now end
local delay = tonumber(redis.call('GET', KEYS[3]) or ARGV[3])
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[4]) * 2)
if delay > 0 then redis.call('SET', KEYS[2], now + delay, 'PX', delay + 60000) end
return 0`;

// KEYS: slots, next, delay, release channel. ARGV: token, defaultDelayMs, host.
const RELEASE = `${NOW}
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('PUBLISH', KEYS[4], ARGV[3])
local delay = tonumber(redis.call('GET', KEYS[3]) or ARGV[2])
if delay > 0 then
  local nextAt = tonumber(redis.call('GET', KEYS[2]) or '0')
  if now + delay > nextAt then redis.call('SET', KEYS[2], now + delay, 'PX', delay + 60000) end
end
return 1`;

// KEYS: slots. ARGV: token, leaseMs.
const RENEW = `${NOW}
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then
  redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[2]), ARGV[1])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) * 2)
  return 1
end
return 0`;

/** Settings of a {@link RedisHostThrottle}. */
export interface RedisHostThrottleOptions {
  /** Key prefix, shared by every worker of a deployment. */
  prefix: string;
  /** Requests in flight per host, over all workers. */
  perHost: number;
  /** Minimum pause between two requests to a host (Crawl-delay may raise it). */
  delayMs: number;
  /** Slot lease; renewed every third of it while the request runs. */
  leaseMs: number;
}

/** The scripts as commands of a connection: sent once, then run by their SHA1 (`EVALSHA`). */
interface ThrottleCommands {
  vdpHostAcquire(slots: string, next: string, delay: string, token: string, perHost: number, delayMs: number, leaseMs: number): Promise<number>;
  vdpHostRelease(slots: string, next: string, delay: string, channel: string, token: string, delayMs: number, host: string): Promise<number>;
  vdpHostRenew(slots: string, token: string, leaseMs: number): Promise<number>;
}

function throttleCommands(redis: Redis): ThrottleCommands {
  // ioredis sends EVALSHA and falls back to EVAL when Redis has lost the script (a restart).
  if (!("vdpHostAcquire" in redis)) {
    redis.defineCommand("vdpHostAcquire", { numberOfKeys: 3, lua: ACQUIRE });
    redis.defineCommand("vdpHostRelease", { numberOfKeys: 4, lua: RELEASE });
    redis.defineCommand("vdpHostRenew", { numberOfKeys: 1, lua: RENEW });
  }
  return redis as unknown as ThrottleCommands;
}

/** A `HostGate` whose state is in Redis. */
export class RedisHostThrottle implements HostGate {
  private readonly local = new Map<string, ConcurrencyLimit>();
  private readonly delays = new Map<string, number>();
  private readonly wakers = new Map<string, Set<() => void>>();
  private subscriber: Redis | null = null;
  private readonly scripts: ThrottleCommands;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisHostThrottleOptions,
  ) {
    if (!(options.perHost >= 1)) throw new Error(`per-host concurrency must be at least 1, got ${options.perHost}`);
    this.scripts = throttleCommands(redis);
  }

  private get channel(): string {
    return `${this.options.prefix}:host-released`;
  }

  /** Resolves when another holder releases a slot of `host`, or after `maxMs`. */
  private released(host: string, maxMs: number): Promise<void> {
    if (!this.subscriber) {
      this.subscriber = this.redis.duplicate();
      this.subscriber.on("error", () => undefined);
      this.subscriber.on("message", (_channel: string, released: string) => {
        const wake = this.wakers.get(released);
        if (!wake) return;
        this.wakers.delete(released);
        for (const w of wake) w();
      });
      this.subscriber.subscribe(this.channel).catch(() => undefined);
    }
    return new Promise<void>((resolve) => {
      let set = this.wakers.get(host);
      if (!set) this.wakers.set(host, (set = new Set()));
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        resolve();
      };
      const timer = setTimeout(done, maxMs);
      set.add(done);
    });
  }

  /** Closes the release subscription (the main connection is the caller's). */
  close(): void {
    this.subscriber?.disconnect();
    this.subscriber = null;
  }

  private keys(host: string): [string, string, string] {
    const base = `${this.options.prefix}:host:${host}`;
    return [`${base}:slots`, `${base}:next`, `${base}:delay`];
  }

  /** @inheritdoc */
  setDelay(host: string, delayMs: number): void {
    const delay = Math.max(this.options.delayMs, Math.round(delayMs));
    if (this.delays.get(host) === delay) return;
    this.delays.set(host, delay);
    this.redis.set(this.keys(host)[2], String(delay), "EX", 86_400).catch(() => undefined);
  }

  /** @inheritdoc */
  delayFor(host: string): number {
    return this.delays.get(host) ?? this.options.delayMs;
  }

  /** @inheritdoc */
  async acquire(host: string): Promise<() => void> {
    let limit = this.local.get(host);
    if (!limit) {
      limit = new ConcurrencyLimit(this.options.perHost);
      this.local.set(host, limit);
    }
    const releaseLocal = await limit.acquire();
    const token = randomUUID();
    const keys = this.keys(host);
    try {
      for (;;) {
        const answer = Number(await this.scripts.vdpHostAcquire(...keys, token, this.options.perHost, this.options.delayMs, this.options.leaseMs));
        if (answer === 0) break;
        if (answer > 0) await sleep(answer);
        else await this.released(host, 50);
      }
    } catch (err) {
      releaseLocal();
      throw err;
    }
    const renew = setInterval(() => {
      this.scripts.vdpHostRenew(keys[0], token, this.options.leaseMs).catch(() => undefined);
    }, Math.max(50, Math.floor(this.options.leaseMs / 3)));
    renew.unref();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      clearInterval(renew);
      // A release lost to an outage costs the host one lease time, never a second request at once.
      this.scripts
        .vdpHostRelease(...keys, this.channel, token, this.options.delayMs, host)
        .catch(() => undefined)
        .finally(releaseLocal);
    };
  }
}
