/** `vdp search`: ranked articles for words, diacritics ignored, with highlighted snippets. */
import { cleanQueryText } from "./query-text.ts";
import { clampLimit } from "./clamp-limit.ts";
import { dayBound } from "./day-bound.ts";
import { sqlFile } from "./sql-file.ts";
import type { Store } from "./store.ts";

/** Options of {@link search}. */
export interface SearchOptions {
  /** Words, "a phrase", -excluded, or: web-search syntax. Untrusted text is fine. */
  query: string;
  /** Only this site (`sites.code`). */
  site?: string | null;
  /** Published on or after (YYYY-MM-DD, YYYY-MM or YYYY-Qn). */
  from?: string | null;
  /** Published on or before. */
  to?: string | null;
  /** Most results. Default 20, at most 1000. */
  limit?: number;
  /** Most matching articles ranked (see {@link SEARCH_CANDIDATES}). */
  candidates?: number;
}

/**
 * How many matching articles a search ranks by default. A query matching more (a common word
 * in a million articles) ranks the first this many found, so that it answers in bounded time.
 */
export const SEARCH_CANDIDATES = 1000;

/** One ranked article. */
export interface SearchHit {
  articleId: number;
  url: string;
  site: string | null;
  title: string | null;
  published: string | null;
  rank: number;
  /** Text around the matches, matched words between « and ». */
  snippet: string;
}

/**
 * Articles matching `query`, best first.
 *
 * @example await search(store, { query: "chi thi 39", site: "dongda", limit: 5 })
 */
export async function search(store: Store, options: SearchOptions): Promise<SearchHit[]> {
  const text = cleanQueryText(options.query);
  if (text === "") return [];
  const { rows } = await store.db.query<SearchHit>(sqlFile("search"), [
    text,
    options.site ?? null,
    dayBound(options.from, "start", "--from"),
    dayBound(options.to, "end", "--to"),
    clampLimit(options.limit, 20),
    clampLimit(options.candidates, SEARCH_CANDIDATES, 1_000_000),
  ]);
  return rows;
}
