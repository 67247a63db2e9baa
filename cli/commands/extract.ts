/**
 * `vdp extract FILE...`: the record of each article, as JSON lines or a readable summary.
 * A bad file (missing, binary, not UTF-8, empty) gets an error naming it; the others are
 * still processed, and the exit code says something failed.
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { htmlToArticle, type ArticleContent } from "../../crawlers/article.ts";
import { extractMany, isCalendarDay, type ExtractInput } from "../../extractors/index.ts";
import type { ArticleRecord } from "../../extractors/types.ts";
import { completeRecord, extractInputOf } from "../../pipeline/record.ts";

interface ExtractOptions {
  json?: boolean;
  published?: string;
}

/** Why a file cannot be read as an article. */
class InputError extends Error {}


/** Reads a file (or standard input for "-") as UTF-8 text, refusing what is not article text. */
function readArticle(file: string): string {
  let bytes: Buffer;
  try {
    bytes = file === "-" ? readFileSync(0) : readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError("no such file");
    if (code === "EISDIR") throw new InputError("is a directory, not a file");
    if (code === "EACCES") throw new InputError("permission denied");
    throw new InputError(`cannot read it (${code ?? (err as Error).message})`);
  }
  if (bytes.length === 0) throw new InputError("the file is empty");
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) if (b === 0 || (b < 9 && b !== 0) || (b > 13 && b < 32 && b !== 27)) controls++;
  if (sample.includes(0) || controls / sample.length > 0.02) throw new InputError("binary data, not text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError("not valid UTF-8 text (convert it first, e.g. `iconv -f WINDOWS-1258 -t UTF-8`)");
  }
  if (!text.trim()) throw new InputError("the file is empty (only whitespace)");
  return text;
}

/** One file read and ready for extraction: its text for the extractor, and the page it came from when it was HTML. */
interface Prepared {
  input: ExtractInput;
  page: ArticleContent | null;
}

/** HTML through the page reader, text straight to the extractor. */
function prepare(file: string, text: string, published: string | null): Prepared {
  const isHtml = /\.x?html?$/iu.test(file) || /^\s*(<!doctype html|<html[\s>])/iu.test(text.slice(0, 512));
  if (!isHtml) return { input: { text, context: { published } }, page: null };
  const page = htmlToArticle(text, null);
  return { input: extractInputOf(page, { published }), page };
}

/** Files read and extracted together: the extractor is fastest on a batch (see `extractMany`). */
const FILES_PER_BATCH = 64;

/** A readable summary of one record. */
export function formatSummary(file: string, r: ArticleRecord): string {
  const out: string[] = [`== ${file}`];
  out.push(`title      ${r.title ?? "(none)"}`);
  out.push(`published  ${r.published ?? "-"}    event ${r.eventDate ?? "-"}    authors ${r.authors.join(", ") || "-"}`);
  out.push(`paragraphs ${r.paragraphs.length}`);
  out.push(`directives ${r.directives.length}`);
  for (const d of r.directives) {
    const extra = [d.issuedBy, d.date && `ngày ${d.date}`, d.title && `“${d.title.slice(0, 60)}${d.title.length > 60 ? "…" : ""}”`].filter(Boolean).join(" · ");
    out.push(`  ${(d.id ?? `(${d.type ?? "?"}, no number)`).padEnd(18)} ×${d.mentions.length}  ${extra}`);
  }
  out.push(`officials  ${r.officials.length}`);
  for (const o of r.officials) out.push(`  ${o.name.padEnd(26)} ${o.roles.join("; ")}`);
  out.push(`dates      ${[...new Set(r.dates.map((d) => d.value))].join(", ") || "-"}`);
  out.push(`deadlines  ${r.deadlines.length}`);
  for (const d of r.deadlines) out.push(`  ${d.due.padEnd(10)} ${d.task || "(task not stated)"}  [${d.text}]`);
  return out.join("\n");
}

/** Registers `vdp extract`. */
export function register(program: Command): void {
  program
    .command("extract")
    .description("extract directives, dates, officials and deadlines from article files (text or HTML)")
    .argument("<files...>", 'article files: plain UTF-8 text (first line the headline) or .html; "-" reads standard input')
    .option("--json", "print one JSON record per line (with a `file` field), as the extraction spec defines")
    .option("--published <YYYY-MM-DD>", "publication date, when known: resolves dates written without a year")
    .addHelpText(
      "after",
      "\nExamples:\n  vdp extract samples/articles/01-*.txt\n  vdp extract --json --published 2014-11-14 article.txt > records.jsonl\n  curl -s URL | vdp extract --json -\n" +
        "\nExit status: 0 when every file was extracted, 1 when any file failed (each failure is reported on stderr).",
    )
    .action((files: string[], options: ExtractOptions) => {
      if (options.published !== undefined && !isCalendarDay(options.published)) {
        throw new Error(`--published must be a calendar day YYYY-MM-DD, got "${options.published}"`);
      }
      let failed = 0;
      const fail = (file: string, reason: string) => {
        failed++;
        process.stderr.write(`vdp extract: ${file}: ${reason}\n`);
      };
      const extractionFailed = (err: unknown) => `extraction failed: ${(err as Error).stack ?? String(err)}`;
      for (let from = 0; from < files.length; from += FILES_PER_BATCH) {
        // Read (and, for HTML, parse) each file of the batch; a file that cannot be read is reported and left out.
        const ready: Array<{ file: string } & Prepared> = [];
        for (const file of files.slice(from, from + FILES_PER_BATCH)) {
          try {
            ready.push({ file, ...prepare(file, readArticle(file), options.published ?? null) });
          } catch (err) {
            fail(file, err instanceof InputError ? err.message : extractionFailed(err));
          }
        }
        const outcomes = extractMany(ready.map((r) => r.input));
        ready.forEach(({ file, page }, i) => {
          const outcome = outcomes[i]!;
          if (!outcome.ok) return fail(file, extractionFailed(outcome.error));
          const record = page ? completeRecord(outcome.record, page) : outcome.record;
          if (options.json) process.stdout.write(JSON.stringify({ file, ...record }) + "\n");
          else process.stdout.write(formatSummary(file, record) + "\n\n");
        });
      }
      if (failed) {
        process.stderr.write(`vdp extract: ${failed} of ${files.length} file(s) failed\n`);
        process.exitCode = 1;
      }
    });
}
