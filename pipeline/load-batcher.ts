/**
 * Loads records in batches: the extract+load jobs of a worker hand in one record each and
 * get their own result back, while the store sees one transaction per batch (one per event
 * loop turn, at most `maxBatch` records). When a batch fails, its records are loaded one by
 * one, so a bad record fails only its own job.
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

  constructor(
    private readonly loadBatch: (inputs: readonly LoadInput[]) => Promise<LoadResult[]>,
    private readonly maxBatch = 32,
  ) {}

  /** Loads one record (with others handed in at the same time). */
  load(input: LoadInput): Promise<LoadResult> {
    return new Promise<LoadResult>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      if (this.waiting.length >= this.maxBatch) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.maxBatch);
      void this.run(batch);
    }
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
