/** Redis connections for the queues, the run tracker and the host throttle. */
import { Redis } from "ioredis";

/**
 * A connection to `url` that waits out outages instead of failing commands
 * (`maxRetriesPerRequest: null`, as BullMQ workers require) and never crashes the process on a
 * connection error: ioredis reconnects by itself.
 *
 * @example const redis = redisConnection("redis://127.0.0.1:6379"); … redis.disconnect();
 */
export function redisConnection(url: string, onError: (err: Error) => void = () => undefined): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  redis.on("error", onError);
  return redis;
}
