/** `vdp retry`: re-queue failed jobs (all of a queue, all, or the ids `vdp failed` shows). */
import type { Command } from "commander";
import { retryFailedJobs } from "../../pipeline/failed-jobs.ts";
import { parseQueueNames } from "../../pipeline/queues.ts";
import { QUEUE_HELP, withQueues } from "../with-queues.ts";

/** Registers `vdp retry`. */
export function register(program: Command): void {
  program
    .command("retry")
    .description("Re-queue failed jobs with fresh attempts: the job ids given, every failed job of --queue, or --all.")
    .argument("[ids...]", "job ids from vdp failed")
    .option("--queue <name>", "one queue only (runs, discover, fetch, process)")
    .option("--all", "every failed job")
    .addHelpText("after", "\nExamples:\n  vdp failed\n  vdp retry f-3a1b…\n  vdp retry --queue fetch\n" + QUEUE_HELP)
    .action(async (ids: string[], options: { queue?: string; all?: boolean }) => {
      if (ids.length === 0 && !options.all && !options.queue) throw new Error("name job ids (vdp failed lists them), or --queue NAME, or --all");
      const queue = options.queue ? parseQueueNames(options.queue)[0] : undefined;
      const { retried, missing } = await withQueues((queues) => retryFailedJobs(queues, { ids, queue, all: options.all }));
      for (const job of retried) process.stdout.write(`re-queued ${job.queue} ${job.id}${job.url ? ` (${job.url})` : ""}\n`);
      for (const id of missing) process.stderr.write(`vdp retry: no failed job "${id}"\n`);
      process.stdout.write(`${retried.length} job${retried.length === 1 ? "" : "s"} re-queued\n`);
      if (missing.length > 0) process.exitCode = 1;
    });
}
