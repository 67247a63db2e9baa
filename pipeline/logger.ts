/** Structured logs (pino, JSON lines on stderr) for workers and for crawls off a terminal. */
import { pino } from "pino";
import type { Logger } from "pino";

/** A logger named `name`; level from `VDP_LOG_LEVEL` (default `info`). */
export function createLogger(name: string, env: NodeJS.ProcessEnv = process.env): Logger {
  return pino({ name, level: env.VDP_LOG_LEVEL || "info", base: { pid: process.pid } }, pino.destination({ fd: 2, sync: true }));
}

export type { Logger };
