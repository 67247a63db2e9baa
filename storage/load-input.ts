/**
 * What the store loads: an extracted record plus where it came from. Records printed by
 * `vdp extract --json` carry `file` instead of `url`; their canonical URL is `file:<file>`.
 */
import type { ArticleRecord } from "../extractors/types.ts";

/** One fetch of a URL, as the crawler saw it. */
export interface PageFetch {
  url: string;
  finalUrl?: string | null;
  status: number;
  etag?: string | null;
  lastModified?: string | null;
  contentHash?: string | null;
  /** ISO 8601; default now. */
  fetchedAt?: string;
  site?: string | null;
}

/** An article record with its URL, site and fetch time. */
export type LoadInput = ArticleRecord & {
  url: string;
  /** The site id the crawler knows it by (`sites.code`); null or missing when unknown. */
  site?: string | null;
  /** When the page was fetched (ISO 8601); first/last seen fall back to the load time. */
  fetchedAt?: string;
  /**
   * The fetch that produced the record, recorded in the same transaction as the article:
   * the validators of the next conditional GET are kept only once the article is stored.
   */
  fetch?: PageFetch | null;
};

/** A record that cannot be loaded; `message` names the field and what was wrong. */
export class InvalidRecordError extends Error {
  override readonly name = "InvalidRecordError";
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function fail(path: string, what: string, got: unknown): never {
  const shown = JSON.stringify(got);
  throw new InvalidRecordError(
    `${path}: expected ${what}, got ${shown === undefined ? "nothing" : shown.length > 60 ? shown.slice(0, 57) + "..." : shown}`,
  );
}

// Text as PostgreSQL can store it: NUL and lone surrogates become U+FFFD (offsets keep).
const clean = (s: string): string => {
  const t = s.includes("\u0000") ? s.replace(/\u0000/gu, "\uFFFD") : s;
  return t.isWellFormed() ? t : t.toWellFormed();
};

function str(o: Json, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== "string") fail(`${path}.${key}`, "a string", v);
  return clean(v);
}

function strOrNull(o: Json, key: string, path: string): string | null {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== "string") fail(`${path}.${key}`, "a string or null", v);
  return clean(v);
}

function dateOrNull(o: Json, key: string, path: string): string | null {
  const v = strOrNull(o, key, path);
  if (v !== null && !/^\d{4}-\d{2}-\d{2}$/.test(v)) fail(`${path}.${key}`, "a YYYY-MM-DD date or null", v);
  if (v !== null && Number.isNaN(Date.parse(v))) fail(`${path}.${key}`, "a real calendar date", v);
  return v;
}

function list(o: Json, key: string, path: string): unknown[] {
  const v = o[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) fail(`${path}.${key}`, "a list", v);
  return v;
}

function strings(o: Json, key: string, path: string): string[] {
  return list(o, key, path).map((v, i) => (typeof v === "string" ? clean(v) : fail(`${path}.${key}[${i}]`, "a string", v)));
}

function span(v: unknown, path: string, textLength: number): { start: number; end: number; text: string } {
  if (!isObject(v)) fail(path, "a span {start, end, text}", v);
  const { start, end } = v;
  if (!Number.isInteger(start) || (start as number) < 0) fail(`${path}.start`, "a whole number ≥ 0", start);
  if (!Number.isInteger(end) || (end as number) < (start as number) || (end as number) > textLength) {
    fail(`${path}.end`, `a whole number from start to the text length (${textLength})`, end);
  }
  return { start: start as number, end: end as number, text: str(v, "text", path) };
}

const objects = (o: Json, key: string, path: string): Json[] =>
  list(o, key, path).map((v, i) => (isObject(v) ? v : fail(`${path}.${key}[${i}]`, "an object", v)));

function pageFetch(o: unknown, path: string): PageFetch {
  if (!isObject(o)) fail(path, "a fetch record {url, status, …} or null", o);
  const status = o.status;
  if (!Number.isInteger(status) || (status as number) < 100 || (status as number) > 599) fail(`${path}.status`, "an HTTP status", status);
  const fetchedAt = strOrNull(o, "fetchedAt", path);
  if (fetchedAt !== null && Number.isNaN(Date.parse(fetchedAt))) fail(`${path}.fetchedAt`, "an ISO 8601 time", fetchedAt);
  return {
    url: str(o, "url", path),
    finalUrl: strOrNull(o, "finalUrl", path),
    status: status as number,
    etag: strOrNull(o, "etag", path),
    lastModified: strOrNull(o, "lastModified", path),
    contentHash: strOrNull(o, "contentHash", path),
    ...(fetchedAt !== null ? { fetchedAt: new Date(fetchedAt).toISOString() } : {}),
    site: strOrNull(o, "site", path),
  };
}

/**
 * Checks a value that should be a {@link LoadInput} (from a JSONL line, a job payload…) and
 * returns a clean copy: canonical `url` (`url ?? "file:" + file`), NFC-safe strings, spans
 * inside the text. Throws {@link InvalidRecordError} naming the first bad field.
 */
export function validateLoadInput(value: unknown): LoadInput {
  const p = "record";
  if (!isObject(value)) fail(p, "a JSON object", value);
  const text = str(value, "text", p);
  const url = strOrNull(value, "url", p) ?? (typeof value.file === "string" ? `file:${clean(value.file)}` : null);
  if (!url) fail(`${p}.url`, 'a URL (or a "file" to make "file:<file>" of)', value.url);
  const fetchedAt = strOrNull(value, "fetchedAt", p);
  if (fetchedAt !== null && Number.isNaN(Date.parse(fetchedAt))) fail(`${p}.fetchedAt`, "an ISO 8601 time", fetchedAt);
  const n = text.length;
  return {
    ...(typeof value.file === "string" ? { file: clean(value.file) } : {}),
    url,
    site: strOrNull(value, "site", p),
    ...(fetchedAt !== null ? { fetchedAt: new Date(fetchedAt).toISOString() } : {}),
    ...(value.fetch === undefined || value.fetch === null ? {} : { fetch: pageFetch(value.fetch, `${p}.fetch`) }),
    title: strOrNull(value, "title", p),
    published: dateOrNull(value, "published", p),
    eventDate: dateOrNull(value, "eventDate", p),
    authors: strings(value, "authors", p),
    paragraphs: strings(value, "paragraphs", p),
    text,
    directives: objects(value, "directives", p).map((d, i) => {
      const dp = `${p}.directives[${i}]`;
      return {
        id: strOrNull(d, "id", dp),
        type: strOrNull(d, "type", dp),
        code: strOrNull(d, "code", dp),
        number: strOrNull(d, "number", dp),
        issuer: strOrNull(d, "issuer", dp),
        issuedBy: strOrNull(d, "issuedBy", dp),
        date: dateOrNull(d, "date", dp),
        title: strOrNull(d, "title", dp),
        mentions: list(d, "mentions", dp).map((m, j) => span(m, `${dp}.mentions[${j}]`, n)),
      };
    }),
    officials: objects(value, "officials", p).map((o, i) => {
      const op = `${p}.officials[${i}]`;
      return {
        name: str(o, "name", op),
        roles: strings(o, "roles", op),
        mentions: list(o, "mentions", op).map((m, j) => span(m, `${op}.mentions[${j}]`, n)),
      };
    }),
    dates: objects(value, "dates", p).map((d, i) => ({
      ...span(d, `${p}.dates[${i}]`, n),
      value: str(d, "value", `${p}.dates[${i}]`),
    })),
    deadlines: objects(value, "deadlines", p).map((d, i) => ({
      ...span(d, `${p}.deadlines[${i}]`, n),
      due: str(d, "due", `${p}.deadlines[${i}]`),
      task: str(d, "task", `${p}.deadlines[${i}]`),
    })),
  };
}
