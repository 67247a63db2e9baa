/**
 * `npm run eval:samples`: scores `extract()` on the project's own sample articles
 * (`samples/articles/*.txt` against their `.expected.json`). Needs nothing outside the repo.
 * `--verbose` lists every miss.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../extractors/index.ts";
import type { ArticleRecord } from "../extractors/types.ts";
import { formatScore, scoreRecords, type ExpectedRecord, type Score } from "./score.ts";

/** The samples folder of the repository. */
export const SAMPLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..", "samples", "articles");

/** Extracts every sample article and scores it against its expected record. */
export function scoreSamples(dir = SAMPLES_DIR): Score {
  const expected = new Map<string, ExpectedRecord>();
  const predicted = new Map<string, ArticleRecord>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const name = file.slice(0, -4);
    expected.set(name, JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as ExpectedRecord);
    predicted.set(name, extract(readFileSync(join(dir, file), "utf8")));
  }
  return scoreRecords(expected, predicted);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const score = scoreSamples();
  if (process.argv.includes("--verbose")) console.log(score.misses.join("\n") + "\n");
  console.log(formatScore(score));
}
