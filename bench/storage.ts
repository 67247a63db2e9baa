/**
 * `npm run bench:storage`: load throughput (articles/s with all facts) beside a plain COPY of
 * the same rows in the same run, and directive lookup / full-text search latency (p50, p95),
 * on the server PostgreSQL and on PGlite, at the sizes given. Articles are generated
 * (bench/synthetic-records.ts). Each result is kept in bench/out/ and the section of
 * BENCHMARKS.md between `<!-- bench:storage -->` markers is rewritten from all kept results.
 *
 *   npm run bench:storage -- --sizes 100000,1000000 --pglite-sizes 100000
 *   npm run bench:storage -- --sizes 20000 --pglite-sizes 0 --queries 100
 *   npm run bench:storage -- --render     (rewrite the section from the kept results only)
 *   npm run bench:storage -- --sizes 1000000 --pglite-sizes 0 --requery
 *       (server only: measure the queries again on an archive an earlier run left with --keep,
 *       for work on the queries; its load figures stay those of the run that loaded it)
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openStore } from "../storage/db.ts";
import { findDirective } from "../storage/find-directive.ts";
import { search } from "../storage/search.ts";
import type { Store } from "../storage/store.ts";
import { copyPeer } from "./copy-peer.ts";
import { BENCHMARKS_FILE, replaceSection } from "./report.ts";
import { syntheticRecords } from "./synthetic-records.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const OUT = path.join(ROOT, "bench", "out");

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "100000" },
    "pglite-sizes": { type: "string", default: "100000" },
    batch: { type: "string", default: "500" },
    concurrency: { type: "string", default: "3" },
    queries: { type: "string", default: "300" },
    seed: { type: "string", default: "1" },
    "database-url": { type: "string", default: process.env.VDP_BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test" },
    "copy-max": { type: "string", default: "100000" },
    keep: { type: "boolean", default: false },
    requery: { type: "boolean", default: false },
    render: { type: "boolean", default: false },
  },
});

const sizesOf = (s: string) => s.split(",").map((x) => Number(x.trim())).filter((n) => Number.isInteger(n) && n > 0);
const batchSize = Number(args.batch);
const queries = Number(args.queries);
const seed = Number(args.seed);

/** One measured run. */
interface Result {
  backend: "postgres" | "pglite";
  size: number;
  batch: number;
  concurrency: number;
  loadMs: number;
  loadPerSec: number;
  facts: Record<string, number>;
  /** Null when the COPY peer was not run at this size (see --copy-max). */
  copyMs: number | null;
  copyPerSec: number | null;
  copyRows: number;
  copyBytes: number;
  directive: Stats;
  search: Stats;
  /** Search latency per kind of query. */
  searchByKind?: Record<string, Stats>;
  dbBytes: number;
  version: string;
  at: string;
  /** 1-minute load average when loading started and when the run ended (other work on the machine). */
  loadAvg?: [number, number];
  /** The commit the measured code was at. */
  commit?: string;
  /** Set when the queries were measured again (`--requery`) on the archive this run loaded. */
  requeried?: { at: string; commit: string; loadAvg: [number, number] };
}

interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { n: s.length, p50: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? 0 };
}

const log = (msg: string) => process.stderr.write(`[bench:storage] ${msg}\n`);

async function load(store: Store, size: number, concurrency: number): Promise<number> {
  const gen = syntheticRecords({ seed });
  let next = 0;
  let done = 0;
  let reported = 0;
  const t0 = performance.now();
  const worker = async () => {
    for (;;) {
      const from = next;
      if (from >= size) return;
      next = Math.min(size, from + batchSize);
      const batch = [];
      for (let i = from; i < next; i++) batch.push(gen.record(i));
      await store.loadBatch(batch);
      done += batch.length;
      if (done - reported >= size / 10) {
        reported = done;
        const s = (performance.now() - t0) / 1000;
        log(`  loaded ${done}/${size} (${Math.round(done / s)} articles/s)`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return performance.now() - t0;
}

async function measureQueries(store: Store): Promise<{ directive: Stats; search: Stats; searchByKind: Record<string, Stats> }> {
  const gen = syntheticRecords({ seed });
  let r = seed * 7 + 3;
  const rand = () => ((r = (r * 1103515245 + 12345) % 2147483648) / 2147483648);
  const ids = gen.directiveIds;
  const variants = (id: string) => {
    const m = /^(\d+)-(.+)\/TW$/.exec(id);
    const forms = [id, id.toLowerCase(), m ? `chỉ thị ${m[1]} - ${m[2]}/TW` : id];
    return forms[Math.floor(rand() * forms.length)]!;
  };
  // Warm up caches and plans.
  for (let i = 0; i < 20; i++) {
    await findDirective(store, ids[i % ids.length]!);
    await search(store, { query: gen.searchQueries[i % gen.searchQueries.length]!.text });
  }
  const d: number[] = [];
  const s: number[] = [];
  const byKind = new Map<string, number[]>();
  for (let i = 0; i < queries; i++) {
    const id = variants(ids[Math.floor(rand() * ids.length)]!);
    let t = performance.now();
    await findDirective(store, id);
    d.push(performance.now() - t);
    const q = gen.searchQueries[Math.floor(rand() * gen.searchQueries.length)]!;
    t = performance.now();
    await search(store, { query: q.text });
    const ms = performance.now() - t;
    s.push(ms);
    byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), ms]);
  }
  return { directive: stats(d), search: stats(s), searchByKind: Object.fromEntries([...byKind].map(([k, v]) => [k, stats(v)])) };
}

async function factCounts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ["articles", "paragraphs", "directives", "directive_mentions", "officials", "official_mentions", "dates", "deadlines"]) {
    out[t] = Number((await store.db.query<{ n: number }>(`select count(*)::int8 as n from ${t}`)).rows[0]?.n ?? 0);
  }
  return out;
}

async function schemaBytes(store: Store): Promise<number> {
  const { rows } = await store.db.query<{ n: number }>(
    "select coalesce(sum(pg_total_relation_size(c.oid)), 0)::int8 as n from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relkind in ('r', 'm')",
    [store.db.schema],
  );
  return Number(rows[0]?.n ?? 0);
}

async function dropSchemas(url: string, schemas: string[]): Promise<void> {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of schemas) await client.query(`drop schema if exists "${s}" cascade`);
  } finally {
    await client.end();
  }
}

/** `--requery`: the queries measured again on the archive an earlier `--keep` run left. */
async function requery(backend: "postgres" | "pglite", size: number): Promise<Result> {
  if (backend !== "postgres") throw new Error("--requery works on the server backend only (give --pglite-sizes 0)");
  const file = path.join(OUT, `storage-${backend}-${size}.json`);
  if (!fs.existsSync(file)) throw new Error(`--requery: no earlier result ${file}; run this size with --keep first`);
  const earlier = JSON.parse(fs.readFileSync(file, "utf8")) as Result;
  const store = await openStore({ databaseUrl: args["database-url"], schema: `vdp_bench_${size}` });
  try {
    const articles = (await factCounts(store)).articles;
    if (articles !== size) throw new Error(`--requery: schema vdp_bench_${size} holds ${articles} articles, not ${size}; run this size with --keep first`);
    // Migrations added since the load have just run; statistics and visibility map as after a load.
    await store.db.exec("vacuum analyze");
    const loadAvgStart = os.loadavg()[0] ?? 0;
    const q = await measureQueries(store);
    log(`${backend} ${size}: directive p95 ${q.directive.p95.toFixed(1)} ms, search p95 ${q.search.p95.toFixed(1)} ms (queries measured again)`);
    return {
      ...earlier,
      directive: q.directive,
      search: q.search,
      searchByKind: q.searchByKind,
      dbBytes: await schemaBytes(store),
      requeried: { at: new Date().toISOString(), commit: COMMIT, loadAvg: [loadAvgStart, os.loadavg()[0] ?? 0] },
    };
  } finally {
    await store.close();
  }
}

async function runOne(backend: "postgres" | "pglite", size: number): Promise<Result> {
  if (args.requery) return requery(backend, size);
  const concurrency = backend === "postgres" ? Number(args.concurrency) : 1;
  const schema = `vdp_bench_${size}`;
  const copySchema = `vdp_bench_${size}_copy`;
  const url = args["database-url"];
  let dataDir: string | null = null;
  if (backend === "postgres") await dropSchemas(url, [schema, copySchema]);
  else dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "vdp-bench-pglite-"));
  const store = backend === "postgres" ? await openStore({ databaseUrl: url, schema, maxConnections: concurrency + 1 }) : await openStore({ dataDir: dataDir! });
  try {
    log(`${backend} ${size}: loading (batches of ${batchSize}, ${concurrency} loader(s))`);
    const loadAvgStart = os.loadavg()[0] ?? 0;
    const loadMs = await load(store, size, concurrency);
    // A freshly loaded archive, as autovacuum leaves it: statistics and the visibility map.
    await store.db.exec("vacuum analyze");
    const facts = await factCounts(store);
    log(`${backend} ${size}: loaded in ${(loadMs / 1000).toFixed(1)} s; measuring queries`);
    const q = await measureQueries(store);
    log(`${backend} ${size}: directive p95 ${q.directive.p95.toFixed(1)} ms, search p95 ${q.search.p95.toFixed(1)} ms; COPY peer`);
    const dbBytes = await schemaBytes(store);
    const copy = size <= Number(args["copy-max"]) ? await copyPeer(store.db, copySchema, backend === "postgres" ? url : null) : null;
    if (copy) log(`${backend} ${size}: COPY in ${(copy.ms / 1000).toFixed(1)} s`);
    const version = (await store.db.query<{ v: string }>("select version() as v")).rows[0]?.v ?? "";
    return {
      backend, size, batch: batchSize, concurrency, loadMs, loadPerSec: size / (loadMs / 1000), facts,
      copyMs: copy?.ms ?? null, copyPerSec: copy ? size / (copy.ms / 1000) : null, copyRows: copy?.rows ?? 0, copyBytes: copy?.bytes ?? 0,
      directive: q.directive, search: q.search, searchByKind: q.searchByKind, dbBytes, version: version.split(" on ")[0] ?? version, at: new Date().toISOString(),
      loadAvg: [loadAvgStart, os.loadavg()[0] ?? 0],
      commit: COMMIT,
    };
  } finally {
    await store.close();
    if (dataDir && !args.keep) fs.rmSync(dataDir, { recursive: true, force: true });
    if (backend === "postgres" && !args.keep) await dropSchemas(url, [schema, copySchema]);
  }
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  let pgVersion = "";
  try {
    pgVersion = execFileSync("psql", ["--version"], { encoding: "utf8" }).trim();
  } catch {
    pgVersion = "psql not found";
  }
  return `${os.availableParallelism()} CPU (nproc), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${cpu}, Node ${process.version}, ${pgVersion}`;
}

const COMMIT = (() => {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
})();

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const int = (n: number) => Math.round(n).toLocaleString("en-US");

function verdicts(rows: readonly Result[]): string[] {
  const met = (ok: boolean) => (ok ? "**met**" : "**not met**");
  const out = rows
    .filter((r) => r.copyPerSec)
    .map((r) => `- ${r.backend} ${int(r.size)}: load / COPY ${fmt(r.loadPerSec / r.copyPerSec!, 2)} ≥ 0.5: ${met(r.loadPerSec / r.copyPerSec! >= 0.5)}.`);
  const big = rows.find((r) => r.backend === "postgres" && r.size >= 1_000_000);
  if (big) {
    out.push(
      `- postgres ${int(big.size)}: directive lookup p95 ${fmt(big.directive.p95)} ms ≤ 10: ${met(big.directive.p95 <= 10)}; ` +
        `search p95 ${fmt(big.search.p95)} ms ≤ 100: ${met(big.search.p95 <= 100)}.`,
    );
  } else out.push("- 1M on the server: not measured in the kept results.");
  return out;
}

function section(results: Result[]): string {
  const rows = results.sort((a, b) => (a.backend === b.backend ? a.size - b.size : a.backend < b.backend ? 1 : -1));
  const lines = [
    "## Storage: load throughput and query latency",
    "",
    "Command: `npm run bench:storage -- --sizes " + [...new Set(rows.filter((r) => r.backend === "postgres").map((r) => r.size))].join(",") +
      " --pglite-sizes " + ([...new Set(rows.filter((r) => r.backend === "pglite").map((r) => r.size))].join(",") || "0") + "`",
    "(each size's latest result is kept in `bench/out/storage-*.json`).",
    "",
    `Machine: ${machine()}.`,
    "",
    "Generated articles (bench/synthetic-records.ts), ~1.9 KB of text each, with ~7 paragraphs, ~2.4 directive",
    "mentions, ~2 officials, dates and deadlines. Load = `Store.loadBatch` (one transaction per batch: upserts of",
    "sites, documents and people, every fact row, the search vector and all indexes). The peer is a plain",
    "`COPY FROM` of exactly the rows the loader wrote, into freshly migrated tables with the same indexes and",
    "generated columns, in the same run (copying out is not timed; run at sizes up to `--copy-max`). The machine",
    "is shared with other work (builds, tests, other benchmarks; see the load averages below), so absolute",
    "figures vary between runs. After loading, `VACUUM ANALYZE` (what autovacuum does to a loaded archive).",
    "",
    "| backend | articles | load (articles/s) | COPY peer (articles/s) | load / COPY | directive lookup p50 / p95 (ms) | search p50 / p95 (ms) | size on disk |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.backend === "postgres" ? r.version : `PGlite (${r.version})`} | ${int(r.size)} | ${int(r.loadPerSec)} (${r.concurrency} loader${r.concurrency > 1 ? "s" : ""}, batches of ${r.batch}) | ${r.copyPerSec ? int(r.copyPerSec) : "not run"} | ${r.copyPerSec ? fmt(r.loadPerSec / r.copyPerSec, 2) : "—"} | ${fmt(r.directive.p50)} / ${fmt(r.directive.p95)} | ${fmt(r.search.p50)} / ${fmt(r.search.p95)} | ${fmt(r.dbBytes / 2 ** 30, 2)} GiB |`,
    ),
    "",
    "Targets: load ≥ ½ of COPY; at 1M on the server, directive lookup p95 ≤ 10 ms and search p95 ≤ 100 ms.",
    ...verdicts(rows),
    `Latencies are over ${rows[0]?.directive.n ?? queries} queries of each kind after 20 warm-up queries: a directive lookup is \`findDirective\``,
    "(documents, the newest 50 referencing articles, mentions per month, the 10 documents most cited beside it) for",
    "an id drawn from the generated ones in a random written form; a search is `search` (top 20 with snippets) for a",
    "place, a topic, a person, a document or a verb phrase.",
    "",
    ...rows.map(
      (r) =>
        `- ${r.backend} ${int(r.size)}: ${Object.entries(r.facts).map(([k, v]) => `${k} ${int(v)}`).join(", ")}; ` +
        (r.copyMs !== null ? `COPY moved ${int(r.copyRows)} rows (${fmt(r.copyBytes / 2 ** 20, 0)} MiB) in ${fmt(r.copyMs / 1000)} s, ` : "") +
        `load took ${fmt(r.loadMs / 1000)} s` +
        (r.searchByKind ? `; search p95 by kind: ${Object.entries(r.searchByKind).map(([k, v]) => `${k} ${fmt(v.p95)} ms`).join(", ")}` : "") +
        `; measured ${r.at.slice(0, 16)}Z${r.commit ? ` at commit ${r.commit}` : ""}` +
        `${r.loadAvg ? `, load average ${fmt(r.loadAvg[0])} → ${fmt(r.loadAvg[1])}` : ""}` +
        (r.requeried
          ? `; queries measured again on that archive ${r.requeried.at.slice(0, 16)}Z at commit ${r.requeried.commit}, load average ${fmt(r.requeried.loadAvg[0])} → ${fmt(r.requeried.loadAvg[1])}`
          : "") +
        ".",
    ),
  ];
  return lines.join("\n");
}

function writeSection(): void {
  const results = fs
    .readdirSync(OUT)
    .filter((f) => /^storage-(postgres|pglite)-\d+\.json$/.test(f))
    .map((f) => JSON.parse(fs.readFileSync(path.join(OUT, f), "utf8")) as Result);
  replaceSection("bench:storage", section(results));
  log(`wrote the storage section of ${BENCHMARKS_FILE}`);
}

fs.mkdirSync(OUT, { recursive: true });
if (args.render) {
  writeSection();
  process.exit(0);
}
const plan: Array<["postgres" | "pglite", number]> = [
  ...sizesOf(args.sizes).map((n) => ["postgres", n] as ["postgres", number]),
  ...sizesOf(args["pglite-sizes"]).map((n) => ["pglite", n] as ["pglite", number]),
];
for (const [backend, size] of plan) {
  const result = await runOne(backend, size);
  fs.writeFileSync(path.join(OUT, `storage-${backend}-${size}.json`), JSON.stringify(result, null, 2));
  const versus = result.copyPerSec ? ` vs COPY ${int(result.copyPerSec)} (${fmt(result.loadPerSec / result.copyPerSec, 2)})` : "";
  log(`${backend} ${size}: ${int(result.loadPerSec)} articles/s${versus}`);
  writeSection();
}
