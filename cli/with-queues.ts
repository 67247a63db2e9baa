/** How a command uses the queues: connect to `REDIS_URL`, run, always disconnect. */
import { pipelineOptionsFromEnv } from "../pipeline/pipeline-options.ts";
import type { PipelineOptions } from "../pipeline/pipeline-options.ts";
import { PipelineQueues } from "../pipeline/queues.ts";
import { redisConnection } from "../pipeline/redis-connection.ts";

/** Help text of every queue command. */
export const QUEUE_HELP =
  "\nQueues:\n" +
  "  REDIS_URL         Redis of the queues, e.g. redis://127.0.0.1:6379 (required here)\n" +
  "  VDP_QUEUE_PREFIX  prefix of the queues' keys (default vdp); one per deployment\n";

/** Opens the queues from the environment, runs `fn`, closes them. */
export async function withQueues<T>(fn: (queues: PipelineQueues, options: PipelineOptions) => Promise<T>): Promise<T> {
  const options = pipelineOptionsFromEnv();
  if (!options.redisUrl) throw new Error("REDIS_URL is not set: this command works on the Redis queues (e.g. REDIS_URL=redis://127.0.0.1:6379)");
  let lastError = "";
  const redis = redisConnection(options.redisUrl, (err) => {
    if (err.message !== lastError) process.stderr.write(`vdp: redis: ${(lastError = err.message)}\n`);
  });
  const queues = new PipelineQueues(redis, options);
  try {
    return await fn(queues, options);
  } finally {
    await queues.close().catch(() => undefined);
    redis.disconnect();
  }
}
