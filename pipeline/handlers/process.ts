/**
 * The process stage: a fetched page → `htmlToArticle` → cross-page boilerplate removed →
 * `extract()` (or a batch's `extractMany()`) → `load()`. `parsePage` and `processArticle` are
 * separate so a runner can first learn a site's boilerplate from many pages.
 */
import { htmlToArticle } from "../../crawlers/article.ts";
import type { ArticleContent } from "../../crawlers/article.ts";
import type { BoilerplateTracker } from "../../crawlers/boilerplate.ts";
import type { FetchedDocument } from "../../crawlers/fetcher.ts";
import type { ArticleSelectors } from "../../crawlers/site-profile.ts";
import { extract, paragraphHash, type ExtractInput } from "../../extractors/index.ts";
import type { ArticleRecord } from "../../extractors/types.ts";
import type { LoadInput } from "../../storage/load-input.ts";
import { crawlError } from "../crawl-error.ts";
import type { CrawlError } from "../crawl-error.ts";
import { completeRecord, extractInputOf } from "../record.ts";

/** A page read into an article, with what the store needs to know about it. */
export interface ParsedPage {
  site: string;
  /** The URL the article is stored under (canonical link, else the final URL). */
  url: string;
  fetchedAt: string;
  article: ArticleContent;
}

/** What the process stage needs. */
export interface ProcessDeps {
  /** Stores one record, e.g. `store.load`. */
  load: (input: LoadInput) => Promise<unknown>;
  /** The site's cross-page boilerplate learnt in this crawl. */
  boilerplate?: BoilerplateTracker | null;
  /** Boilerplate paragraph keys already known (e.g. `store.boilerplateHashes(site)`). */
  knownBoilerplate?: ReadonlySet<string>;
  /** Extracts the record of one article; default `extract()` at once (a worker hands in an `ExtractBatcher`'s). */
  extract?: (input: ExtractInput) => ArticleRecord | Promise<ArticleRecord>;
}

/** The outcome of one process job. */
export type ProcessOutcome =
  | {
      kind: "stored";
      url: string;
      title: string | null;
      /** The page's lines as handed to `extract()`, cross-page boilerplate removed. */
      lines: string[];
      paragraphs: number;
      directives: number;
    }
  | { kind: "skipped"; url: string; reason: string }
  | { kind: "error"; error: CrawlError };

/** Reads a fetched page into an article (never throws on odd HTML). */
export function parsePage(site: string, page: FetchedDocument, selectors?: ArticleSelectors): ParsedPage {
  const article = htmlToArticle(page.text, page.finalUrl, { selectors });
  return { site, url: article.canonicalUrl ?? page.finalUrl, fetchedAt: page.fetchedAt, article };
}

const extractNow = (input: ExtractInput) => extract(input.text, input.context);

/** Removes boilerplate, extracts and stores one article; failures are returned, never thrown. */
export async function processArticle(parsed: ParsedPage, deps: ProcessDeps): Promise<ProcessOutcome> {
  const { site, url, article } = parsed;
  let stage = "EXTRACT";
  try {
    const tracker = deps.boilerplate ?? null;
    const paragraphs = tracker ? article.paragraphs.filter((p) => !tracker.isBoilerplate(p.text)) : article.paragraphs;
    if (!paragraphs.some((p) => p.kind === "body")) return { kind: "skipped", url, reason: "no article text on the page" };
    const cleaned: ArticleContent = {
      ...article,
      paragraphs,
      text: paragraphs.map((p) => p.text).join("\n"),
      captions: paragraphs.filter((p) => p.kind === "caption").map((p) => p.text),
    };
    const hashes = new Set(deps.knownBoilerplate ?? []);
    for (const line of tracker?.lines() ?? []) hashes.add(paragraphHash(line));
    const input = extractInputOf(cleaned, { boilerplateHashes: hashes });
    const record = completeRecord(await (deps.extract ?? extractNow)(input), cleaned);
    stage = "LOAD";
    await deps.load({ ...record, url, site, fetchedAt: parsed.fetchedAt });
    return { kind: "stored", url, title: record.title, lines: paragraphs.map((p) => p.text), paragraphs: record.paragraphs.length, directives: record.directives.length };
  } catch (err) {
    return { kind: "error", error: crawlError("process", site, url, err, stage) };
  }
}

/** Parses and processes one page in one go (no cross-page learning beyond `deps.boilerplate`). */
export async function processPage(site: string, page: FetchedDocument, deps: ProcessDeps, selectors?: ArticleSelectors): Promise<ProcessOutcome> {
  let parsed: ParsedPage;
  try {
    parsed = parsePage(site, page, selectors);
  } catch (err) {
    return { kind: "error", error: crawlError("process", site, page.finalUrl, err, "PARSE") };
  }
  deps.boilerplate?.observe(parsed.url, parsed.article.paragraphs.map((p) => p.text));
  return processArticle(parsed, deps);
}
