/**
 * `npm run bench:dates`: the project's date rules beside chrono-node's Vietnamese parser on the
 * same articles, scored against the expected dates (precision / recall / F1 by value). The
 * samples are always scored; the dev corpus too when `../shared` (or VDP_SHARED_DIR) exists.
 * Writes its section of BENCHMARKS.md. This is how the date extractor was chosen.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as chrono from "chrono-node";
import { extract } from "../extractors/index.ts";
import { SAMPLES_DIR } from "../eval/samples.ts";
import { writeSection } from "./report.ts";

interface Article {
  text: string;
  published: string | null;
  dates: string[];
}

function loadArticles(dir: string, expectedSuffix: string): Article[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const g = JSON.parse(readFileSync(join(dir, f.slice(0, -4) + expectedSuffix), "utf8")) as { published: string | null; dates: string[] };
      return { text: readFileSync(join(dir, f), "utf8").replace(/^URL:[^\n]*\n\n?/, ""), published: g.published, dates: g.dates };
    });
}

const pad = (n: number) => String(n).padStart(2, "0");

/** chrono's findings as values of the spec: a day, or a month where chrono is sure only of the month. */
function chronoDates(a: Article): string[] {
  const years = [...a.text.matchAll(/(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  const ref = a.published ? new Date(a.published + "T12:00:00") : new Date(years.length ? Math.max(...years) : 2020, 6, 1);
  const out: string[] = [];
  for (const r of chrono.vi.parse(a.text, ref)) {
    for (const c of [r.start, r.end]) {
      if (!c) continue;
      const d = c.date();
      if (c.isCertain("day")) out.push(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
      else if (c.isCertain("month")) out.push(`${d.getFullYear()}-${pad(d.getMonth() + 1)}`);
    }
  }
  return out;
}

function score(articles: Article[], find: (a: Article) => string[]) {
  let tp = 0, fp = 0, fn = 0;
  for (const a of articles) {
    const gold = new Set(a.dates), pred = new Set(find(a));
    for (const v of pred) gold.has(v) ? tp++ : fp++;
    for (const v of gold) if (!pred.has(v)) fn++;
  }
  const p = tp + fp ? tp / (tp + fp) : 1, r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

const rules = (a: Article) => extract(a.text, { published: a.published }).dates.map((d) => d.value);
const sets: Array<[string, Article[]]> = [["samples (16, in the repo)", loadArticles(SAMPLES_DIR, ".expected.json")]];
const shared = resolve(process.env.VDP_SHARED_DIR ?? join(import.meta.dirname, "..", "..", "shared"), "corpus", "dev");
if (existsSync(shared)) sets.push(["dev corpus (../shared)", loadArticles(shared, ".gold.json")]);
else console.log(`bench:dates: no dev corpus at ${shared}; scoring the samples only`);

const rows = ["| articles | extractor | precision | recall | F1 | tp / fp / fn |", "|---|---|---|---|---|---|"];
for (const [name, articles] of sets) {
  for (const [label, fn] of [["vdp date rules", rules], ["chrono-node 2.10.3 (vi)", chronoDates]] as const) {
    const s = score(articles, fn);
    rows.push(`| ${name} | ${label} | ${s.p.toFixed(3)} | ${s.r.toFixed(3)} | ${s.f1.toFixed(3)} | ${s.tp} / ${s.fp} / ${s.fn} |`);
  }
}
const body = [
  "Dates: the project's rules beside chrono-node's Vietnamese locale, scored by value against the",
  "expected dates (the publication date given to both where known). chrono reads no quarters, month",
  "lists or yearless datelines (\"Chiều 13/11\" resolves to the reference day), so the rules are kept.",
  "",
  "Command: `npm run bench:dates`",
  "",
  ...rows,
].join("\n");
console.log(body);
writeSection("bench:dates", "Dates: rules vs chrono-node", body);
