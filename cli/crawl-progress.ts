/**
 * A crawl's progress as the user sees it: a bar with rate and ETA on a terminal
 * (cli-progress), structured JSON log lines (pino) otherwise, at most one every two seconds.
 */
import cliProgress from "cli-progress";
import { createLogger } from "../pipeline/logger.ts";

/** Progress of one crawl. */
export interface CrawlProgress {
  /** `done` of `total` units (pages, jobs); `counts` are shown beside them. */
  update(done: number, total: number, counts?: Record<string, number>): void;
  /** Ends the bar (or writes the last log line). */
  stop(): void;
}

/** A progress display for `label`; a bar when `tty`, log lines otherwise. */
export function createCrawlProgress(label: string, tty: boolean = process.stderr.isTTY === true): CrawlProgress {
  const started = Date.now();
  if (tty) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {percentage}% {value}/{total} | {rate}/s | ETA {eta_formatted} | {extra}`,
        hideCursor: true,
        clearOnComplete: false,
        stream: process.stderr,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    let startedBar = false;
    return {
      update(done, total, counts = {}) {
        const rate = (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
        const extra = Object.entries(counts).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${v}`).join(", ");
        if (!startedBar) {
          bar.start(Math.max(total, 1), done, { rate, extra });
          startedBar = true;
        }
        bar.setTotal(Math.max(total, done, 1));
        bar.update(done, { rate, extra });
      },
      stop() {
        if (startedBar) bar.stop();
      },
    };
  }
  const log = createLogger("vdp-crawl");
  let lastAt = 0;
  let last: { done: number; total: number; counts: Record<string, number> } = { done: 0, total: 0, counts: {} };
  const write = () => {
    const seconds = (Date.now() - started) / 1000;
    const rate = last.done / Math.max(0.001, seconds);
    const etaS = rate > 0 && last.total > last.done ? Math.round((last.total - last.done) / rate) : 0;
    log.info({ label, done: last.done, total: last.total, ratePerS: Number(rate.toFixed(1)), etaS, ...last.counts }, "crawl progress");
  };
  return {
    update(done, total, counts = {}) {
      last = { done, total, counts };
      if (Date.now() - lastAt >= 2000) {
        lastAt = Date.now();
        write();
      }
    },
    stop() {
      write();
    },
  };
}
