/**
 * The project's sample articles as load inputs: the records `extract()` makes from
 * `samples/articles/*.txt`, or, for a sample it cannot read, the hand-made
 * `*.expected.json`. Each gets the URL `sample:<name>` and the site `samples`.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ArticleRecord, ExtractContext } from "../../extractors/types.ts";
import type { LoadInput } from "../../storage/load-input.ts";

const DIR = fileURLToPath(new URL("../../samples/articles/", import.meta.url));

/** The site code the samples are loaded under. */
export const SAMPLE_SITE = "samples";

type Extract = (text: string, context?: ExtractContext) => ArticleRecord;

async function extractor(): Promise<Extract | null> {
  const modulePath = "../../extractors/index.ts";
  try {
    const mod = (await import(/* @vite-ignore */ modulePath)) as { extract?: Extract };
    return typeof mod.extract === "function" ? mod.extract : null;
  } catch {
    return null;
  }
}

/** The sample records, in file order. */
export async function sampleRecords(): Promise<LoadInput[]> {
  const extract = await extractor();
  const names = fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith(".expected.json"))
    .map((f) => f.slice(0, -".expected.json".length))
    .sort();
  return names.map((name) => {
    let record: ArticleRecord | null = null;
    const txt = path.join(DIR, `${name}.txt`);
    if (extract && fs.existsSync(txt)) {
      try {
        record = extract(fs.readFileSync(txt, "utf8"));
      } catch {
        record = null;
      }
    }
    record ??= JSON.parse(fs.readFileSync(path.join(DIR, `${name}.expected.json`), "utf8")) as ArticleRecord;
    const { file: _file, url: _url, ...rest } = record;
    return { ...rest, url: `sample:${name}`, site: SAMPLE_SITE };
  });
}
