/**
 * Every command of the CLI, in the order `vdp --help` lists them. Each entry loads its module
 * on demand, so a command pays only for what it uses (`vdp worker` does not load PGlite, the
 * dashboard or the portal).
 */
import type { Command } from "commander";

type Register = (program: Command) => void;

/** Command name → a loader for its module's `register`. */
export const commands: ReadonlyArray<readonly [string, () => Promise<{ register: Register }>]> = [
  ["extract", () => import("./extract.ts")],
  ["load", () => import("./load.ts")],
  ["search", () => import("./search.ts")],
  ["directive", () => import("./directive.ts")],
  ["officials", () => import("./officials.ts")],
  ["deadlines", () => import("./deadlines.ts")],
  ["export", () => import("./export.ts")],
  ["sites", () => import("./sites.ts")],
  ["crawl", () => import("./crawl.ts")],
  ["portal", () => import("./portal.ts")],
  ["demo", () => import("./demo.ts")],
  ["worker", () => import("./worker.ts")],
  ["runs", () => import("./runs.ts")],
  ["failed", () => import("./failed.ts")],
  ["retry", () => import("./retry.ts")],
  ["schedule", () => import("./schedule.ts")],
  ["dashboard", () => import("./dashboard.ts")],
];
