/**
 * Loads records in batches, as a group commit: the extract+load jobs of a worker hand in one
 * record each and get their own result back, while the store sees one transaction per batch.
 * A record handed in while `maxInFlight` batches are running waits for the next batch, so
 * batches grow with the load and stay at one record when the worker is idle. When a batch
 * fails, its records are loaded one by one, so a bad record fails only its own job.
 */
import type { LoadInput } from "../storage/load-input.ts";
import type { LoadResult } from "../storage/load-batch.ts";

interface Waiting {
  input: LoadInput;
  resolve: (result: LoadResult) => void;
  reject: (err: unknown) => void;
}

/** Collects single loads into batches. */
export class LoadBatcher {
  private waiting: Waiting[] = [];
  private scheduled = false;
  private inFlight = 0;

  /**
   * @param loadBatch loads many records in one transaction, results in input order
   * @param maxBatch most records in one batch
   * @param maxInFlight batches running at once (at most the database pool's size)
   */
  constructor(
    private readonly loadBatch: (inputs: readonly LoadInput[]) => Promise<LoadResult[]>,
    private readonly maxBatch = 32,
    private readonly maxInFlight = 2,
  ) {}

  /** Loads one record (with others handed in at the same time). */
  load(input: LoadInput): Promise<LoadResult> {
    return new Promise<LoadResult>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0 || this.inFlight >= this.maxInFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      while (this.waiting.length > 0 && this.inFlight < this.maxInFlight) {
        const batch = this.waiting.splice(0, this.maxBatch);
        this.inFlight++;
        void this.run(batch).finally(() => {
          this.inFlight--;
          this.schedule();
        });
      }
    });
  }

  private async run(batch: Waiting[]): Promise<void> {
    try {
      const results = await this.loadBatch(batch.map((w) => w.input));
      batch.forEach((w, i) => w.resolve(results[i]!));
    } catch (err) {
      if (batch.length === 1) return batch[0]!.reject(err);
      for (const w of batch) {
        try {
          const [result] = await this.loadBatch([w.input]);
          w.resolve(result!);
        } catch (one) {
          w.reject(one);
        }
      }
    }
  }
}
