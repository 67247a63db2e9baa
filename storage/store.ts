/**
 * The store: where every record lands, and what the crawler and the pipeline ask of it.
 * Query functions (`search`, `findDirective` …) take a store and read through `store.db`.
 */
import type { Database } from "./database.ts";
import { loadBatch, recordPages, type LoadResult } from "./load-batch.ts";
import { validateLoadInput, type LoadInput, type PageFetch } from "./load-input.ts";
import { sqlFile } from "./sql-file.ts";

/** What the crawler sends back for a conditional request. */
export interface PageValidators {
  etag: string | null;
  lastModified: string | null;
  contentHash: string | null;
}

export type { PageFetch } from "./load-input.ts";

/** A site as the crawler configures it. */
export interface SiteInfo {
  /** The site id (`sites.code`). */
  code: string;
  name?: string | null;
  /** The Party committee the site speaks for ("Quận ủy Long Biên"): the issuer of its local documents. */
  committee?: string | null;
  baseUrl?: string | null;
}

/** A pipeline run as `crawl_runs` records it. */
export interface CrawlRun {
  id: number;
  site: string | null;
  startedAt: string;
  finishedAt: string | null;
  counts: Record<string, number>;
  errors: unknown[];
}

/** The store; open it with `openStore()`. */
export class Store {
  /** @param db the open database, migrated. */
  constructor(readonly db: Database) {}

  /**
   * Loads one record and all its facts in one transaction, idempotently: the same record
   * again is "unchanged"; a changed one becomes a new version and replaces the facts.
   */
  async load(input: LoadInput): Promise<LoadResult> {
    const [result] = await this.loadBatch([input]);
    return result!;
  }

  /** The bulk path: many records, multi-row inserts, results in input order. */
  async loadBatch(inputs: readonly LoadInput[]): Promise<LoadResult[]> {
    return loadBatch(this.db, inputs.map(validateLoadInput));
  }

  /** ETag, Last-Modified and content hash of the last fetch of `url`, or null if never fetched. */
  async getPageValidators(url: string): Promise<PageValidators | null> {
    return (await this.getPagesValidators([url])).get(url) ?? null;
  }

  /** The validators of the last fetch of each of `urls` that was fetched before. */
  async getPagesValidators(urls: readonly string[]): Promise<Map<string, PageValidators>> {
    // Planned on every call, as the loader's lookups are (see PLANNED_PER_CALL): `pages` grows from nothing.
    const { rows } = await this.db.query<PageValidators & { url: string }>(sqlFile("pages-validators"), [urls]);
    return new Map(rows.map(({ url, ...validators }) => [url, validators]));
  }

  /** Records a fetch of a URL (the latest replaces the previous one). */
  async recordPage(page: PageFetch): Promise<void> {
    await recordPages(this.db, [page]);
  }

  /** Creates or updates a site; returns its row id. */
  async upsertSite(site: SiteInfo): Promise<number> {
    const { rows } = await this.db.query<{ id: number }>(sqlFile("upsert-site"), [
      site.code,
      site.name ?? null,
      site.committee ?? null,
      site.baseUrl ?? null,
    ]);
    return rows[0]!.id;
  }

  /**
   * The paragraphs carried by at least `minArticles` articles of a site, as the extractor's
   * paragraph keys: pass them to `extract(text, { boilerplateHashes })`.
   */
  async boilerplateHashes(site: string, minArticles = 3): Promise<Set<string>> {
    const { rows } = await this.db.query<{ key: string }>(sqlFile("boilerplate-hashes"), [site, minArticles]);
    return new Set(rows.map((r) => r.key));
  }

  /** Starts a pipeline run; returns its id. */
  async startRun(run: { site?: string | null } = {}): Promise<number> {
    const { rows } = await this.db.query<{ id: number }>(sqlFile("start-run"), [run.site ?? null]);
    return rows[0]!.id;
  }

  /** Finishes a run with what it counted and what went wrong. */
  async finishRun(id: number, counts: Record<string, number>, errors: readonly unknown[] = []): Promise<void> {
    await this.db.query(sqlFile("finish-run"), [id, JSON.stringify(counts), JSON.stringify(errors)]);
  }

  /**
   * Counts a finished run again, after a job of it was retried (`vdp retry`): with the run's
   * row locked, `read` gives the summary as it stands now, and it replaces the recorded one
   * (the run keeps its finish time). Two jobs finishing at once are counted in turn, so the
   * later summary is written last. False, and `read` is not called, when the run has not
   * finished (its own end writes the summary).
   */
  async refreshRunSummary(
    id: number,
    read: () => Promise<{ counts: Record<string, number>; errors: readonly unknown[] }>,
  ): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query(sqlFile("lock-finished-run"), [id]);
      if (rows.length === 0) return false;
      const { counts, errors } = await read();
      await tx.query(sqlFile("refresh-run-summary"), [id, JSON.stringify(counts), JSON.stringify(errors)]);
      return true;
    });
  }

  /** The latest runs, newest first. */
  async listRuns(limit = 20): Promise<CrawlRun[]> {
    const { rows } = await this.db.query<CrawlRun>(sqlFile("list-runs"), [limit]);
    return rows;
  }

  /** Closes the database (and frees the PGlite data folder). */
  async close(): Promise<void> {
    await this.db.close();
  }
}
