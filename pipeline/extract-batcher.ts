/**
 * Extracts the articles of the jobs in flight together: each job hands in one article and
 * gets its own record back, while `extractMany()` reads the batch one stage at a time, so
 * each stage's code and patterns stay hot over many articles instead of being pushed out of
 * the caches by the fetching, parsing and loading between two articles. The articles handed
 * in during one turn of the event loop (while the previous batch was being read, say) make
 * the next batch; with one job in flight, a batch is one article and nothing waits.
 */
import { extractMany, type ExtractInput } from "../extractors/index.ts";
import type { ArticleRecord } from "../extractors/types.ts";

interface Waiting {
  input: ExtractInput;
  resolve: (record: ArticleRecord) => void;
  reject: (err: Error) => void;
}

/** Collects single extractions into batches. */
export class ExtractBatcher {
  private waiting: Waiting[] = [];
  private scheduled = false;
  /** Batches read and articles handed in so far, for logs and tests. */
  readonly stats = { batches: 0, articles: 0 };

  /** @param maxBatch most articles read in one go (the rest wait for the next turn) */
  constructor(private readonly maxBatch = 64) {}

  /** The record of one article, extracted with the others handed in at the same time; rejects with the error that stopped its extraction. */
  extract(input: ExtractInput): Promise<ArticleRecord> {
    return new Promise<ArticleRecord>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => this.run());
    });
  }

  private run(): void {
    const batch = this.waiting.splice(0, this.maxBatch);
    this.scheduled = this.waiting.length > 0;
    if (this.scheduled) setImmediate(() => this.run());
    this.stats.batches++;
    this.stats.articles += batch.length;
    let outcomes: ReturnType<typeof extractMany>;
    try {
      outcomes = extractMany(batch.map((w) => w.input));
    } catch (err) {
      // extractMany gives each article its own error; this is a guard, not a path.
      for (const w of batch) w.reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    for (const [i, w] of batch.entries()) {
      const outcome = outcomes[i]!;
      if (outcome.ok) w.resolve(outcome.record);
      else w.reject(outcome.error);
    }
  }
}
