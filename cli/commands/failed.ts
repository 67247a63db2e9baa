/** `vdp failed`: the dead-letter view, jobs that failed after their last attempt. */
import { wholeNumber } from "../number-options.ts";
import type { Command } from "commander";
import { listFailedJobs } from "../../pipeline/failed-jobs.ts";
import type { FailedJob } from "../../pipeline/failed-jobs.ts";
import { parseQueueNames } from "../../pipeline/queues.ts";
import { formatTable } from "../format-table.ts";
import type { Column } from "../format-table.ts";
import { QUEUE_HELP, withQueues } from "../with-queues.ts";

/** Registers `vdp failed`. */
export function register(program: Command): void {
  program
    .command("failed")
    .description("List jobs that failed after their last attempt (newest first), with their error; vdp retry re-queues them.")
    .option("--queue <name>", "one queue only (runs, discover, fetch, process)")
    .option("--limit <n>", "how many", wholeNumber, 50)
    .option("--json", "print the jobs as JSON lines")
    .addHelpText("after", QUEUE_HELP)
    .action(async (options: { queue?: string; limit: number; json?: boolean }) => {
      if (!Number.isInteger(options.limit) || options.limit < 1) throw new Error(`--limit: expected a whole number ≥ 1, got ${options.limit}`);
      const queue = options.queue ? parseQueueNames(options.queue)[0] : undefined;
      const jobs = await withQueues((queues) => listFailedJobs(queues, { queue, limit: options.limit }));
      if (options.json) {
        for (const job of jobs) process.stdout.write(JSON.stringify(job) + "\n");
        return;
      }
      if (jobs.length === 0) {
        process.stdout.write("no failed jobs\n");
        return;
      }
      const columns: Array<Column<FailedJob>> = [
        { header: "queue", cell: (j) => j.queue },
        { header: "job", cell: (j) => j.id, maxWidth: 44 },
        { header: "run", cell: (j) => j.runId ?? "" },
        { header: "attempts", cell: (j) => j.attempts },
        { header: "failed (UTC)", cell: (j) => (j.failedAt ?? "").slice(0, 19).replace("T", " ") },
        { header: "url", cell: (j) => j.url ?? "", maxWidth: 70 },
        { header: "error", cell: (j) => j.reason, maxWidth: 100 },
      ];
      process.stdout.write(formatTable(jobs, columns) + "\n");
    });
}
