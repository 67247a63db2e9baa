/** Synthetic load inputs for storage tests: offsets computed from the text, never typed by hand. */
import type { LoadInput } from "../../storage/load-input.ts";

/** A document to name in the article: its id and the exact text naming it (each occurrence). */
export interface DocSpec {
  id: string;
  written: string;
  issuer?: string | null;
  issuedBy?: string | null;
  date?: string | null;
}

/** What an article should contain. */
export interface ArticleSpec {
  url: string;
  site?: string | null;
  title?: string | null;
  published?: string | null;
  lines: string[];
  docs?: DocSpec[];
  people?: Array<{ name: string; roles: string[] }>;
  deadlines?: Array<{ due: string; task: string; written: string }>;
  dates?: Array<{ value: string; written: string }>;
  fetchedAt?: string;
}

function spans(text: string, needle: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    out.push({ start: i, end: i + needle.length, text: needle });
  }
  if (out.length === 0) throw new Error(`test article: ${JSON.stringify(needle)} is not in the text`);
  return out;
}

/** Builds a valid load input from a spec. */
export function makeArticle(spec: ArticleSpec): LoadInput {
  const text = spec.lines.join("\n");
  return {
    url: spec.url,
    site: spec.site ?? null,
    ...(spec.fetchedAt ? { fetchedAt: spec.fetchedAt } : {}),
    title: spec.title ?? spec.lines[0] ?? null,
    published: spec.published ?? null,
    eventDate: null,
    authors: [],
    paragraphs: spec.lines.slice(1),
    text,
    directives: (spec.docs ?? []).map((d) => ({
      id: d.id,
      type: null,
      code: null,
      number: null,
      issuer: d.issuer ?? null,
      issuedBy: d.issuedBy ?? null,
      date: d.date ?? null,
      title: null,
      mentions: spans(text, d.written),
    })),
    officials: (spec.people ?? []).map((p) => ({ name: p.name, roles: p.roles, mentions: spans(text, p.name) })),
    dates: (spec.dates ?? []).map((d) => ({ value: d.value, ...spans(text, d.written)[0]! })),
    deadlines: (spec.deadlines ?? []).map((d) => ({ due: d.due, task: d.task, ...spans(text, d.written)[0]! })),
  };
}
