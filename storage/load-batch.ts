/**
 * The load path, one or many records at a time: each batch is one transaction of set-based
 * statements (multi-row `unnest` inserts), so loading is idempotent and all-or-nothing.
 * - new URL: the article and all its facts are inserted;
 * - same URL, same content hash: nothing is rewritten (only `last_seen` moves forward);
 * - same URL, new content hash: the current version goes to `article_versions`, the article
 *   row takes the new one (version + 1) and the article's facts are replaced.
 */
import type { Database, Sql } from "./database.ts";
import { contentHash } from "./content-hash.ts";
import { directiveKey, type DirectiveKey } from "./directive-key.ts";
import { normalizeDirectiveId } from "./directive-id.ts";
import { foldKey } from "./fold-key.ts";
import type { LoadInput, PageFetch } from "./load-input.ts";
import { hashOfKey, paragraphKey } from "./paragraph-hash.ts";
import { periodRange } from "./period-range.ts";
import { sentenceAt } from "./sentence-at.ts";
import { sqlFile } from "./sql-file.ts";
import { StorageError } from "./storage-error.ts";

/** What loading one record did. */
export interface LoadResult {
  articleId: number;
  status: "new" | "changed" | "unchanged";
}

/** Attempts per batch when concurrent loaders collide (deadlock, serialization, a racing insert). */
export const LOAD_ATTEMPTS = 5;

const RETRYABLE_CODES = new Set(["40P01", "40001", "23505"]);

class RacedInsertError extends Error {
  readonly code = "23505";
}

interface Prepared {
  input: LoadInput;
  hash: string;
  siteId: number | null;
  committee: string | null;
}

// The loader's inserts run with the same shapes over and over: each is a prepared statement,
// parsed and planned once per connection (its name is its file's). The statements that find
// rows by key in tables that grow are planned on every call instead: after a few calls, a
// prepared statement keeps one generic plan, chosen for the tables as they were then. On a new
// archive that is a handful of rows, where a sequential scan is cheapest, and the plan stays
// until the table is analyzed again (on PostgreSQL, by autovacuum): looking up a batch's
// officials by name kept scanning the whole table as it grew.
export const PLANNED_PER_CALL: ReadonlySet<string> = new Set([
  "load-lock-articles",
  "load-select-sites",
  "load-select-directives",
  "load-select-officials",
  "load-touch-articles",
  "load-archive-versions",
  "load-uncount-paragraphs",
  "load-delete-facts",
]);

function statement<R = Record<string, unknown>>(sql: Sql, file: string, params: readonly unknown[]) {
  return sql.query<R>(sqlFile(file), params, PLANNED_PER_CALL.has(file) ? undefined : { name: file });
}

// Columns of a multi-row insert: one array per column, in the order the SQL lists them.
function columns<T>(rows: readonly T[], pick: ReadonlyArray<(row: T) => unknown>): unknown[][] {
  return pick.map((get) => rows.map(get));
}

/** Splits inputs into runs without a repeated URL, keeping order (a repeat starts a new run). */
function uniqueRuns(inputs: readonly LoadInput[]): LoadInput[][] {
  const runs: LoadInput[][] = [];
  let run: LoadInput[] = [];
  let seen = new Set<string>();
  for (const input of inputs) {
    if (seen.has(input.url)) {
      runs.push(run);
      run = [];
      seen = new Set();
    }
    seen.add(input.url);
    run.push(input);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

const factsOf = (r: LoadInput): string =>
  JSON.stringify({ directives: r.directives, officials: r.officials, dates: r.dates, deadlines: r.deadlines });

type SiteRows = ReadonlyMap<string, { id: number; committee: string | null }>;

// Sites are created outside the batch's transaction (each insert commits at once), so that
// concurrent loaders never wait for each other's batches over a new site.
async function ensureSites(db: Sql, named: ReadonlyArray<string | null | undefined>): Promise<SiteRows> {
  const codes = [...new Set(named.filter((s): s is string => !!s))].sort();
  const sites = new Map<string, { id: number; committee: string | null }>();
  if (codes.length === 0) return sites;
  await statement(db, "load-insert-sites", [codes]);
  const found = await statement<{ id: number; code: string; committee: string | null }>(db, "load-select-sites", [codes]);
  for (const s of found.rows) sites.set(s.code, { id: s.id, committee: s.committee });
  return sites;
}

async function loadRun(tx: Sql, run: readonly LoadInput[], sites: SiteRows): Promise<LoadResult[]> {
  const prepared: Prepared[] = run.map((input) => {
    const site = input.site ? sites.get(input.site) : undefined;
    return { input, hash: contentHash(input), siteId: site?.id ?? null, committee: site?.committee ?? null };
  });

  const existing = await statement<{ id: number; url: string; contentHash: string; lastSeen: string }>(
    tx,
    "load-lock-articles",
    [prepared.map((p) => p.input.url)],
  );
  const byUrl = new Map(existing.rows.map((row) => [row.url, row]));
  const results = new Map<string, LoadResult>();
  const fresh: Prepared[] = [];
  const changed: Array<Prepared & { id: number }> = [];
  const touched: Array<{ id: number; seen: string }> = [];
  for (const p of prepared) {
    const old = byUrl.get(p.input.url);
    if (!old) fresh.push(p);
    else if (old.contentHash === p.hash) {
      results.set(p.input.url, { articleId: old.id, status: "unchanged" });
      if (p.input.fetchedAt && p.input.fetchedAt > old.lastSeen) touched.push({ id: old.id, seen: p.input.fetchedAt });
    } else {
      changed.push({ ...p, id: old.id });
      results.set(p.input.url, { articleId: old.id, status: "changed" });
    }
  }

  if (touched.length > 0) {
    await statement(tx, "load-touch-articles", columns(touched, [(t) => t.id, (t) => t.seen]));
  }
  const articleColumns: ReadonlyArray<(p: Prepared) => unknown> = [
    (p) => p.siteId,
    (p) => p.input.title,
    (p) => p.input.published,
    (p) => p.input.eventDate,
    (p) => JSON.stringify(p.input.authors),
    (p) => p.input.text,
    (p) => factsOf(p.input),
    (p) => p.hash,
    (p) => p.input.fetchedAt ?? null,
  ];
  if (changed.length > 0) {
    const ids = changed.map((c) => c.id);
    await statement(tx, "load-archive-versions", [ids]);
    await statement(tx, "load-uncount-paragraphs", [ids]);
    await statement(tx, "load-delete-facts", [ids]);
    await statement(tx, "load-update-articles", [ids, ...columns(changed, articleColumns)]);
  }
  if (fresh.length > 0) {
    const inserted = await statement<{ id: number; url: string }>(tx, "load-insert-articles", [
      fresh.map((p) => p.input.url),
      ...columns(fresh, articleColumns),
    ]);
    if (inserted.rows.length !== fresh.length) throw new RacedInsertError("another loader inserted the same URL");
    for (const row of inserted.rows) results.set(row.url, { articleId: row.id, status: "new" });
  }

  const withFacts = [...fresh, ...changed].map((p) => ({ ...p, id: results.get(p.input.url)!.articleId }));
  const counts = withFacts.length > 0 ? await insertFacts(tx, withFacts) : new Map<string, ParagraphCount>();
  await recordFetches(tx, run.flatMap((r) => (r.fetch ? [r.fetch] : [])), sites);
  await countParagraphs(tx, counts);
  return run.map((r) => results.get(r.url)!);
}

// The fetches behind the records, in URL order (concurrent loaders lock pages rows in one
// order), the last one of a URL winning.
async function recordFetches(tx: Sql, pages: readonly PageFetch[], sites: SiteRows): Promise<void> {
  const byUrl = new Map<string, PageFetch>();
  for (const page of pages) byUrl.set(page.url, page);
  if (byUrl.size === 0) return;
  const fetches = [...byUrl.values()].sort((x, y) => (x.url < y.url ? -1 : 1));
  await statement(
    tx,
    "load-record-pages",
    columns(fetches, [
      (f) => f.url,
      (f) => f.finalUrl ?? null,
      (f) => f.status,
      (f) => f.etag ?? null,
      (f) => f.lastModified ?? null,
      (f) => f.contentHash ?? null,
      (f) => f.fetchedAt ?? null,
      (f) => (f.site ? (sites.get(f.site)?.id ?? null) : null),
    ]),
  );
}

type ParagraphCount = { siteId: number; hash: string; key: string; n: number };

// Per-site paragraph counts are shared by every loader of a site: written last, just before
// commit, and in one sorted order, so that concurrent loaders hold their rows briefly and
// never deadlock on them.
async function countParagraphs(tx: Sql, counts: ReadonlyMap<string, ParagraphCount>): Promise<void> {
  if (counts.size === 0) return;
  const sorted = [...counts.values()].sort((x, y) => x.siteId - y.siteId || (x.hash < y.hash ? -1 : 1));
  await statement(tx, "load-count-paragraphs", columns(sorted, [(c) => c.siteId, (c) => c.hash, (c) => c.key, (c) => c.n]));
}

async function insertFacts(tx: Sql, articles: ReadonlyArray<Prepared & { id: number }>): Promise<Map<string, ParagraphCount>> {
  // Paragraphs and their per-site counts (each distinct paragraph once per article).
  const paragraphs: Array<{ id: number; position: number; hash: string; text: string }> = [];
  const counts = new Map<string, ParagraphCount>();
  for (const a of articles) {
    const own = new Set<string>();
    a.input.paragraphs.forEach((text, position) => {
      const paragraph = paragraphKey(text.normalize("NFC"));
      const hash = hashOfKey(paragraph);
      paragraphs.push({ id: a.id, position, hash, text });
      if (own.has(hash)) return;
      own.add(hash);
      const siteId = a.siteId ?? 0;
      const key = `${siteId}\u0000${hash}`;
      const c = counts.get(key);
      if (c) c.n++;
      else counts.set(key, { siteId, hash, key: paragraph, n: 1 });
    });
  }
  if (paragraphs.length > 0) {
    await statement(
      tx,
      "load-insert-paragraphs",
      columns(paragraphs, [(p) => p.id, (p) => p.position, (p) => p.hash, (p) => p.text]),
    );
  }

  // Documents: one row per key, then one mention row per place named.
  const keys = new Map<string, DirectiveKey & { type: string | null; code: string | null; number: string | null; date: string | null; title: string | null }>();
  const mentions: Array<{ id: number; key: string; start: number; end: number; written: string; a: Prepared & { id: number } }> = [];
  for (const a of articles) {
    for (const d of a.input.directives) {
      const docId = d.id === null ? null : normalizeDirectiveId(d.id);
      if (docId === null) continue;
      const key = directiveKey(docId, d, a.committee);
      const k = `${key.docId}\u0000${key.bodyKey}\u0000${key.period}`;
      if (!keys.has(k)) keys.set(k, { ...key, type: d.type, code: d.code, number: d.number, date: d.date, title: d.title });
      for (const m of d.mentions) mentions.push({ id: a.id, key: k, start: m.start, end: m.end, written: m.text, a });
    }
  }
  if (keys.size > 0) {
    const docs = [...keys.values()].sort((x, y) =>
      x.docId < y.docId ? -1 : x.docId > y.docId ? 1 : x.bodyKey < y.bodyKey ? -1 : x.bodyKey > y.bodyKey ? 1 : x.period < y.period ? -1 : 1,
    );
    await statement(
      tx,
      "load-insert-directives",
      columns(docs, [
        (d) => d.docId,
        (d) => d.bodyKey,
        (d) => d.period,
        (d) => d.type,
        (d) => d.code,
        (d) => d.number,
        (d) => d.issuer,
        (d) => d.issuedBy,
        (d) => d.date,
        (d) => d.term,
        (d) => d.title,
      ]),
    );
    const rows = await statement<{ id: number; docId: string; bodyKey: string; period: string }>(
      tx,
      "load-select-directives",
      columns(docs, [(d) => d.docId, (d) => d.bodyKey, (d) => d.period]),
    );
    const ids = new Map(rows.rows.map((r) => [`${r.docId}\u0000${r.bodyKey}\u0000${r.period}`, r.id]));
    const ordinal = new Map<number, number>();
    // The documents each article cites: a mention is the first of its document in the article
    // when the set lacks it, and that first mention's `cited_with` is the rest of the set.
    const cited = new Map<number, Set<number>>();
    const mentionRows = mentions.map((m) => {
      const n = ordinal.get(m.id) ?? 0;
      ordinal.set(m.id, n + 1);
      const directiveId = ids.get(m.key)!;
      const seen = cited.get(m.id) ?? new Set<number>();
      cited.set(m.id, seen);
      const first = !seen.has(directiveId);
      seen.add(directiveId);
      return { ...m, ordinal: n, directiveId, first, sentence: sentenceAt(m.a.input.text, m.start, m.end) };
    });
    const citedWith = (m: (typeof mentionRows)[number]): string | null =>
      m.first ? `{${[...cited.get(m.id)!].filter((id) => id !== m.directiveId).sort((x, y) => x - y).join(",")}}` : null;
    if (mentionRows.length > 0) {
      await statement(
        tx,
        "load-insert-directive-mentions",
        columns(mentionRows, [
          (m) => m.id,
          (m) => m.ordinal,
          (m) => m.directiveId,
          (m) => m.first,
          (m) => m.start,
          (m) => m.end,
          (m) => m.written,
          (m) => m.sentence,
          (m) => m.a.input.published,
          (m) => m.a.siteId,
          citedWith,
        ]),
      );
    }
  }

  // People: one row per folded name, one mention row per person per article.
  const people = new Map<string, string>();
  const officials: Array<{ a: Prepared & { id: number }; ordinal: number; key: string; name: string; roles: string[]; spans: LoadInput["officials"][number]["mentions"] }> = [];
  for (const a of articles) {
    a.input.officials.forEach((o, ordinal) => {
      const key = foldKey(o.name);
      if (key === "") return;
      if (!people.has(key)) people.set(key, o.name.trim());
      officials.push({ a, ordinal, key, name: o.name, roles: o.roles, spans: o.mentions });
    });
  }
  if (people.size > 0) {
    const sorted = [...people.entries()].sort(([x], [y]) => (x < y ? -1 : 1));
    await statement(tx, "load-insert-officials", [sorted.map(([, name]) => name), sorted.map(([key]) => key)]);
    const rows = await statement<{ id: number; nameKey: string }>(tx, "load-select-officials", [sorted.map(([key]) => key)]);
    const ids = new Map(rows.rows.map((r) => [r.nameKey, r.id]));
    await statement(
      tx,
      "load-insert-official-mentions",
      columns(officials, [
        (o) => o.a.id,
        (o) => o.ordinal,
        (o) => ids.get(o.key)!,
        (o) => o.name,
        (o) => JSON.stringify(o.roles),
        (o) => o.spans[0]?.start ?? null,
        (o) => JSON.stringify(o.spans),
        (o) => o.a.input.published,
        (o) => o.a.siteId,
      ]),
    );
  }

  // Dates and deadlines, with the days they cover.
  const dates = articles.flatMap((a) => a.input.dates.map((d, ordinal) => ({ a, ordinal, d, range: periodRange(d.value) })));
  if (dates.length > 0) {
    await statement(
      tx,
      "load-insert-dates",
      columns(dates, [
        (x) => x.a.id,
        (x) => x.ordinal,
        (x) => x.d.value,
        (x) => x.range?.from ?? null,
        (x) => x.range?.to ?? null,
        (x) => x.d.start,
        (x) => x.d.end,
        (x) => x.d.text,
      ]),
    );
  }
  const deadlines = articles.flatMap((a) => a.input.deadlines.map((d, ordinal) => ({ a, ordinal, d, range: periodRange(d.due) })));
  if (deadlines.length > 0) {
    await statement(
      tx,
      "load-insert-deadlines",
      columns(deadlines, [
        (x) => x.a.id,
        (x) => x.ordinal,
        (x) => x.d.due,
        (x) => x.range?.to ?? null,
        (x) => x.d.task,
        (x) => x.d.start,
        (x) => x.d.end,
        (x) => x.d.text,
        (x) => x.a.input.published,
        (x) => x.a.siteId,
      ]),
    );
  }
  return counts;
}

/**
 * Loads validated inputs (see `validateLoadInput`), one transaction per run of distinct URLs,
 * retrying a run that collided with a concurrent loader. Results are in input order.
 */
export async function loadBatch(db: Database, inputs: readonly LoadInput[]): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  const sites = await ensureSites(db, inputs.flatMap((r) => [r.site, r.fetch?.site]));
  for (const run of uniqueRuns(inputs)) {
    for (let attempt = 1; ; attempt++) {
      try {
        results.push(...(await db.transaction((tx) => loadRun(tx, run, sites))));
        break;
      } catch (err) {
        const code = (err as { code?: unknown }).code;
        if (attempt >= LOAD_ATTEMPTS || typeof code !== "string" || !RETRYABLE_CODES.has(code)) {
          const what = run.length === 1 ? `loading ${run[0]!.url}` : `loading a batch of ${run.length} records`;
          throw new StorageError(what, err);
        }
        await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
      }
    }
  }
  return results;
}

/** Records fetches on their own (a 304, a page without article text): the latest answer per URL wins. */
export async function recordPages(db: Sql, pages: readonly PageFetch[]): Promise<void> {
  await recordFetches(db, pages, await ensureSites(db, pages.map((p) => p.site)));
}
