/**
 * Server-path tests need the real PostgreSQL and Redis. `npm test` runs them where the
 * servers answer and says plainly which it skipped; with VDP_REQUIRE_SERVICES=1 (set by
 * .ci/run) a missing server is a failure instead of a skip.
 */
import net from "node:net";

export const TEST_DATABASE_URL = process.env.VDP_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
export const TEST_REDIS_URL = process.env.VDP_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const required = process.env.VDP_REQUIRE_SERVICES === "1";

function answers(url: string, defaultPort: number): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port || defaultPort) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

async function check(name: string, url: string, port: number): Promise<boolean> {
  const ok = await answers(url, port);
  if (!ok && required) throw new Error(`${name} at ${url} does not answer, and VDP_REQUIRE_SERVICES=1 requires it`);
  if (!ok) process.stderr.write(`\n[vdp tests] SKIPPED: ${name} tests (${url} does not answer)\n`);
  return ok;
}

/** True when the test PostgreSQL answers; throws when it must and does not. */
export const hasPostgres = (): Promise<boolean> => check("PostgreSQL", TEST_DATABASE_URL, 5432);
/** True when the test Redis answers; throws when it must and does not. */
export const hasRedis = (): Promise<boolean> => check("Redis", TEST_REDIS_URL, 6379);
