/**
 * Scores extraction records against expected records, field by field, as the extraction
 * spec defines: micro-averaged precision / recall / F1 for directives (by id), officials
 * (by name), dates (by value), deadlines (by due) and authors; role accuracy over matched
 * officials; event-date accuracy; repeated, lost and extra paragraphs.
 */
import type { ArticleRecord } from "../extractors/types.ts";

/** An expected record, in the form of the sample `.expected.json` files. */
export interface ExpectedRecord {
  title: string | null;
  eventDate: string | null;
  authors: string[];
  paragraphs: string[];
  directives: Array<{ id: string | null; alt?: string[] }>;
  officials: Array<{ name: string; roles: string[] }>;
  dates: string[];
  deadlines: Array<{ due: string }>;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  articles: number;
  directives: Prf;
  officials: Prf;
  dates: Prf;
  deadlines: Prf;
  authors: Prf;
  roleAccuracy: number | null;
  eventDateAccuracy: number | null;
  paragraphs: { expected: number; predicted: number; repeatedLeft: number; lost: number; extra: number };
  /** Every miss and extra, one line each, for reading. */
  misses: string[];
}

const foldText = (s: unknown) => String(s ?? "").normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
const foldId = (s: unknown) =>
  String(s ?? "")
    .normalize("NFC")
    .toUpperCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, "")
    .replace(/Đ/g, "D")
    .replace(/(^|[^0-9])0+(?=\d)/g, "$1");
const words = (s: string) => new Set(foldText(s).split(/[\s,;:.()"“”–-]+/).filter(Boolean));

/** Shared words over the larger word set. */
function overlap(a: string, b: string): number {
  const A = words(a), B = words(b);
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / Math.max(A.size, B.size);
}

function prf(c: { tp: number; fp: number; fn: number }): Prf {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, ...c };
}

/**
 * Scores predicted records against expected ones, paired by name.
 *
 * @example scoreRecords(new Map([["a", expected]]), new Map([["a", extract(text)]])).directives.f1
 */
export function scoreRecords(expected: ReadonlyMap<string, ExpectedRecord>, predicted: ReadonlyMap<string, ArticleRecord>): Score {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  const misses: string[] = [];
  const tally = (field: string, name: string, gold: string[], pred: string[]) => {
    const c = (counts[field] ??= { tp: 0, fp: 0, fn: 0 });
    const g = new Set(gold), p = new Set(pred);
    for (const v of p) if (g.has(v)) c.tp++; else { c.fp++; misses.push(`${name} ${field} extra: ${v}`); }
    for (const v of g) if (!p.has(v)) { c.fn++; misses.push(`${name} ${field} missed: ${v}`); }
  };
  let roleHit = 0, roleAll = 0, eventHit = 0, eventAll = 0;
  const para = { expected: 0, predicted: 0, repeatedLeft: 0, lost: 0, extra: 0 };
  for (const [name, g] of expected) {
    const p = predicted.get(name);
    if (!p) misses.push(`${name}: no record`);
    const predIds = (p?.directives ?? []).map((d) => foldId(d.id)).filter((x) => x && x !== "NULL");
    const goldIds = g.directives.filter((d) => d.id).map((d) => {
      const ids = [d.id, ...(d.alt ?? [])].map(foldId);
      return ids.find((x) => predIds.includes(x)) ?? ids[0]!;
    });
    tally("directives", name, goldIds, predIds);
    tally("officials", name, g.officials.map((o) => foldText(o.name)), (p?.officials ?? []).map((o) => foldText(o.name)));
    tally("dates", name, g.dates.map(String), (p?.dates ?? []).map((d) => d.value));
    tally("deadlines", name, g.deadlines.map((d) => d.due), (p?.deadlines ?? []).map((d) => d.due));
    tally("authors", name, g.authors.map(foldText), (p?.authors ?? []).map(foldText));
    for (const go of g.officials) {
      const po = (p?.officials ?? []).find((o) => foldText(o.name) === foldText(go.name));
      if (!po) continue;
      roleAll++;
      if (go.roles.some((gr) => po.roles.some((pr) => overlap(pr, gr) >= 0.5))) roleHit++;
      else misses.push(`${name} role wrong for ${go.name}: ${JSON.stringify(po.roles)} vs ${JSON.stringify(go.roles)}`);
    }
    if (g.eventDate) {
      eventAll++;
      if (p?.eventDate === g.eventDate) eventHit++;
      else misses.push(`${name} eventDate ${p?.eventDate} vs ${g.eventDate}`);
    }
    const pp = (p?.paragraphs ?? []).map(foldText).filter(Boolean);
    const gp = g.paragraphs.map(foldText).filter(Boolean);
    para.predicted += pp.length;
    para.expected += gp.length;
    const seen = new Set<string>();
    for (const x of pp) if (seen.has(x)) { para.repeatedLeft++; misses.push(`${name} repeated paragraph left: ${x.slice(0, 60)}`); } else seen.add(x);
    for (const x of gp) if (!pp.some((y) => y === x || overlap(x, y) >= 0.9)) { para.lost++; misses.push(`${name} paragraph lost: ${x.slice(0, 60)}`); }
    for (const y of seen) if (!gp.some((x) => x === y || overlap(x, y) >= 0.9)) { para.extra++; misses.push(`${name} paragraph extra: ${y.slice(0, 60)}`); }
  }
  const get = (f: string) => prf(counts[f] ?? { tp: 0, fp: 0, fn: 0 });
  return {
    articles: expected.size,
    directives: get("directives"),
    officials: get("officials"),
    dates: get("dates"),
    deadlines: get("deadlines"),
    authors: get("authors"),
    roleAccuracy: roleAll ? roleHit / roleAll : null,
    eventDateAccuracy: eventAll ? eventHit / eventAll : null,
    paragraphs: para,
    misses,
  };
}

/** The score as a table for people. */
export function formatScore(s: Score): string {
  const line = (f: "directives" | "officials" | "dates" | "deadlines" | "authors") => {
    const x = s[f];
    return `${f.padEnd(11)} P ${x.precision.toFixed(3)}  R ${x.recall.toFixed(3)}  F1 ${x.f1.toFixed(3)}  (tp ${x.tp} fp ${x.fp} fn ${x.fn})`;
  };
  const q = s.paragraphs;
  return [
    `articles ${s.articles}`,
    ...(["directives", "officials", "dates", "deadlines", "authors"] as const).map(line),
    `role accuracy ${s.roleAccuracy?.toFixed(3) ?? "-"}  eventDate accuracy ${s.eventDateAccuracy?.toFixed(3) ?? "-"}`,
    `paragraphs expected ${q.expected} predicted ${q.predicted} repeated-left ${q.repeatedLeft} lost ${q.lost} extra ${q.extra}`,
  ].join("\n");
}
