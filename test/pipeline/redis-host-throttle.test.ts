/**
 * Per-host politeness across processes: two throttles on separate Redis connections (as two
 * worker processes would be) share one host's slot and delay, a Crawl-delay learnt by one
 * holds for the other, and a slot whose holder died is free again after its lease.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Redis } from "ioredis";
import { redisConnection } from "../../pipeline/redis-connection.ts";
import { RedisHostThrottle } from "../../pipeline/redis-host-throttle.ts";
import { hasRedis, TEST_REDIS_URL } from "../support/services.ts";
import { cleanUp, testNames } from "./pipeline-harness.ts";
import type { TestNames } from "./pipeline-harness.ts";

const available = await hasRedis();

describe.skipIf(!available)("RedisHostThrottle", () => {
  let names: TestNames;
  const connections: Redis[] = [];
  const throttles: RedisHostThrottle[] = [];
  const make = (redis: Redis, options: ConstructorParameters<typeof RedisHostThrottle>[1]) => {
    const t = new RedisHostThrottle(redis, options);
    throttles.push(t);
    return t;
  };
  const connect = () => {
    const c = redisConnection(TEST_REDIS_URL);
    connections.push(c);
    return c;
  };

  afterEach(async () => {
    for (const t of throttles) t.close();
    throttles.length = 0;
    for (const c of connections) c.disconnect();
    connections.length = 0;
    await cleanUp(names);
  });

  it("spaces requests to one host across two processes and never overlaps them", async () => {
    names = testNames();
    const options = { prefix: names.prefix, perHost: 1, delayMs: 120, leaseMs: 2000 };
    const a = make(connect(), options);
    const b = make(connect(), options);
    const spans: Array<[number, number]> = [];
    let inFlight = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const release = await (i % 2 ? a : b).acquire("so-noi-vu.example:80");
        const start = Date.now();
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 20));
        inFlight--;
        spans.push([start, Date.now()]);
        release();
      }),
    );
    expect(most).toBe(1);
    spans.sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0] - spans[i - 1]![1]).toBeGreaterThanOrEqual(110);
    // Another host is not held up by the first.
    const t = Date.now();
    (await a.acquire("ubnd-phuong.example:80"))();
    expect(Date.now() - t).toBeLessThan(100);
  });

  it("shares a Crawl-delay learnt by one process with the others", async () => {
    names = testNames();
    const options = { prefix: names.prefix, perHost: 1, delayMs: 0, leaseMs: 2000 };
    const a = make(connect(), options);
    const b = make(connect(), options);
    a.setDelay("cong-thong-tin.example:80", 300);
    await new Promise((r) => setTimeout(r, 50));
    (await a.acquire("cong-thong-tin.example:80"))();
    const t = Date.now();
    (await b.acquire("cong-thong-tin.example:80"))();
    expect(Date.now() - t).toBeGreaterThanOrEqual(250);
  });

  it("frees the slot of a holder that died once its lease runs out", async () => {
    names = testNames();
    const options = { prefix: names.prefix, perHost: 1, delayMs: 0, leaseMs: 400 };
    const dying = connect();
    const holder = make(dying, options);
    await holder.acquire("bao-dang-bo.example:80"); // never released
    dying.disconnect(); // its renewals stop, as when the process is killed
    const other = make(connect(), options);
    const t = Date.now();
    (await other.acquire("bao-dang-bo.example:80"))();
    const waited = Date.now() - t;
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(3000);
  });
});
