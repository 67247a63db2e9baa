/** `vdp runs`: the latest crawl runs and their state; a running one's live progress with REDIS_URL. */
import { wholeNumber } from "../number-options.ts";
import type { Command } from "commander";
import { pipelineOptionsFromEnv } from "../../pipeline/pipeline-options.ts";
import { runState } from "../../pipeline/run-state.ts";
import type { CrawlRun } from "../../storage/store.ts";
import { formatTable } from "../format-table.ts";
import type { Column } from "../format-table.ts";
import { withQueues } from "../with-queues.ts";
import { STORE_HELP, withStore } from "../with-store.ts";

function duration(run: CrawlRun): string {
  const end = run.finishedAt ? Date.parse(run.finishedAt) : Date.now();
  const s = Math.max(0, (end - Date.parse(run.startedAt)) / 1000);
  return s < 120 ? `${s.toFixed(1)} s` : `${(s / 60).toFixed(1)} min`;
}

/** Registers `vdp runs`. */
export function register(program: Command): void {
  program
    .command("runs")
    .description("List the latest crawl runs: state, start, duration, pages fetched, 304s, new and changed articles, errors.")
    .option("--limit <n>", "how many runs", wholeNumber, 20)
    .option("--json", "print the runs as JSON lines")
    .addHelpText("after", STORE_HELP)
    .action(async (options: { limit: number; json?: boolean }) => {
      if (!Number.isInteger(options.limit) || options.limit < 1) throw new Error(`--limit: expected a whole number ≥ 1, got ${options.limit}`);
      const runs = await withStore((store) => store.listRuns(options.limit));
      const live = new Map<number, string>();
      if (pipelineOptionsFromEnv().redisUrl && runs.some((r) => !r.finishedAt)) {
        await withQueues(async (queues) => {
          for (const run of runs.filter((r) => !r.finishedAt)) {
            const p = await queues.tracker.progress(run.id);
            if (p.done + p.pending > 0) live.set(run.id, `${p.done}/${p.done + p.pending} jobs`);
          }
        }).catch(() => undefined);
      }
      if (options.json) {
        for (const run of runs) process.stdout.write(JSON.stringify({ ...run, state: runState(run), progress: live.get(run.id) ?? null }) + "\n");
        return;
      }
      if (runs.length === 0) {
        process.stdout.write("no crawl runs yet (vdp crawl --site ID)\n");
        return;
      }
      const c = (run: CrawlRun, k: string) => run.counts[k] ?? 0;
      const columns: Array<Column<CrawlRun>> = [
        { header: "run", cell: (r) => r.id },
        { header: "site", cell: (r) => r.site ?? "" },
        { header: "state", cell: (r) => runState(r) + (live.has(r.id) ? ` (${live.get(r.id)})` : "") },
        { header: "started (UTC)", cell: (r) => r.startedAt.slice(0, 19).replace("T", " ") },
        { header: "took", cell: duration },
        { header: "fetched", cell: (r) => c(r, "fetched") },
        { header: "304", cell: (r) => c(r, "notModified") },
        { header: "new", cell: (r) => c(r, "new") },
        { header: "changed", cell: (r) => c(r, "changed") },
        { header: "errors", cell: (r) => c(r, "errors") },
      ];
      process.stdout.write(formatTable(runs, columns) + "\n");
    });
}
