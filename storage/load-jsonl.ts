/**
 * Loading a JSONL file of records (`vdp extract --json` output, or crawler records): one JSON
 * object per line. A malformed line is reported with its line number and skipped; the rest
 * loads in batches. A batch the database refuses is retried record by record, so one bad
 * record costs only itself.
 */
import fs from "node:fs";
import readline from "node:readline";
import type { Readable } from "node:stream";
import type { LoadResult } from "./load-batch.ts";
import { validateLoadInput, type LoadInput } from "./load-input.ts";
import type { Store } from "./store.ts";

/** A line that did not load, and why. */
export interface LineFailure {
  line: number;
  error: string;
}

/** What {@link loadJsonl} did. */
export interface LoadReport {
  lines: number;
  new: number;
  changed: number;
  unchanged: number;
  failed: LineFailure[];
}

/** Options of {@link loadJsonl}. */
export interface LoadJsonlOptions {
  /** Records per transaction. Default 200. */
  batchSize?: number;
  /** Called after each batch with the running report. */
  onProgress?: (report: LoadReport) => void;
}

/**
 * Loads every record of `source` (a path, or `-` for standard input, or a stream).
 *
 * @example const report = await loadJsonl(store, "out.jsonl"); if (report.failed.length) process.exitCode = 1;
 */
export async function loadJsonl(store: Store, source: string | Readable, options: LoadJsonlOptions = {}): Promise<LoadReport> {
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const input = typeof source !== "string" ? source : source === "-" ? process.stdin : fs.createReadStream(source);
  const report: LoadReport = { lines: 0, new: 0, changed: 0, unchanged: 0, failed: [] };
  const count = (r: LoadResult): void => {
    report[r.status]++;
  };
  let batch: Array<{ line: number; record: LoadInput }> = [];

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    try {
      (await store.loadBatch(items.map((i) => i.record))).forEach(count);
    } catch {
      for (const item of items) {
        try {
          count(await store.load(item.record));
        } catch (err) {
          report.failed.push({ line: item.line, error: `not stored: ${(err as Error).message}` });
        }
      }
    }
    options.onProgress?.(report);
  };

  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const text of lines) {
    report.lines++;
    if (text.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      report.failed.push({ line: report.lines, error: `malformed JSON: ${(err as Error).message}` });
      continue;
    }
    try {
      batch.push({ line: report.lines, record: validateLoadInput(value) });
    } catch (err) {
      report.failed.push({ line: report.lines, error: (err as Error).message });
      continue;
    }
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  report.failed.sort((a, b) => a.line - b.line);
  return report;
}
