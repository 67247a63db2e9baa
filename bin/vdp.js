#!/usr/bin/env node
// The `vdp` command. The sources are TypeScript; tsx compiles them on load, so a fresh
// clone runs with `npm install` alone and no build step.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { constants } from "node:os";

// `vdp worker` runs with a bounded heap (VDP_WORKER_HEAP_MB, default in
// pipeline/worker-heap.json, checked by pipeline/pipeline-options.ts): left alone, V8 lets a long crawl's heap grow toward a quarter
// of the machine's memory before it collects in earnest, while what a worker holds alive is
// small (the pages in flight, one load batch). Heap bounds are set only when a process starts,
// so this process starts the worker as its child with them, relays signals and exits with the
// child's code. The child has its own process group, so a Ctrl-C reaches it once (relayed),
// not twice; it ends at once when this process is gone, so a hard kill of either ends both
// (their jobs are then recovered as stalled jobs).
const heapFlag = (arg) => arg.startsWith("--max-old-space-size");
if (process.argv[2] === "worker" && !process.env.VDP_WORKER_CHILD && !process.execArgv.some(heapFlag)) {
  const heap = createRequire(import.meta.url)("../pipeline/worker-heap.json");
  const raw = process.env.VDP_WORKER_HEAP_MB;
  const heapMb = raw === undefined || raw === "" ? heap.defaultMb : Number(raw);
  // A malformed value is left to the worker's own settings check, which names it.
  const bound = Number.isInteger(heapMb) && heapMb >= heap.minimumMb ? [`--max-old-space-size=${heapMb}`, `--max-semi-space-size=${heap.semiSpaceMb}`] : [];
  const child = spawn(process.execPath, [...bound, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: { ...process.env, VDP_WORKER_CHILD: "1" },
    detached: true,
  });
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../cli/vdp.ts");
}
