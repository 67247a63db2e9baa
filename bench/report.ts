/**
 * BENCHMARKS.md sections: each benchmark owns the text between `<!-- NAME -->` and
 * `<!-- /NAME -->` and replaces only that; other sections stay byte for byte.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";

/** The BENCHMARKS.md of the repository. */
export const BENCHMARKS_FILE = fileURLToPath(new URL("../BENCHMARKS.md", import.meta.url));

/** The machine a figure was measured on: CPU, cores, memory, Node. */
export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/**
 * Replaces (or appends) the text between `<!-- name -->` and `<!-- /name -->` of
 * BENCHMARKS.md with `text`; every other byte stays. Unbalanced markers are an error.
 */
export function replaceSection(name: string, text: string, file = BENCHMARKS_FILE): void {
  const begin = `<!-- ${name} -->`, end = `<!-- /${name} -->`;
  const block = `${begin}\n${text.trim()}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const a = current.indexOf(begin), b = current.indexOf(end);
  if ((a < 0) !== (b < 0) || b < a) throw new Error(`${file}: unbalanced ${begin} / ${end} markers; fix them by hand`);
  const next = a >= 0 ? current.slice(0, a) + block + current.slice(b + end.length) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}

/**
 * Writes the section `name` with a heading, the day and machine it was measured on, and `body`.
 *
 * @example writeSection("bench:dates", "Dates: rules vs chrono-node", table)
 */
export function writeSection(name: string, heading: string, body: string, file = BENCHMARKS_FILE): void {
  replaceSection(name, `## ${heading}\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine()}.\n\n${body.trim()}`, file);
}
