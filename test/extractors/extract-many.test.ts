/**
 * `extractMany`: articles read together, stage by stage, give exactly the records that
 * `extract` gives each alone — over the repo's sample articles and a generated corpus long
 * enough to span several batches, in any order — and an article whose extraction throws
 * gets its error in its own outcome while the others are extracted as usual.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.ts";
import { extract, extractMany, type ExtractInput } from "../../extractors/index.ts";

const SAMPLES = fileURLToPath(new URL("../../samples/articles/", import.meta.url));
const samples: ExtractInput[] = readdirSync(SAMPLES)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ text: readFileSync(SAMPLES + f, "utf8"), context: { published: "2014-11-14" } }));
/** 700 KB of generated articles: several batches, with and without a publication date. */
const generated: ExtractInput[] = generateCorpus({ bytes: 700 * 1024, seed: 11 }).articles.map((a) => ({ text: a.text, context: { published: a.published } }));

describe("extractMany", () => {
  it("gives each sample article the record extract gives it", () => {
    expect(samples.length).toBeGreaterThan(10);
    const outcomes = extractMany(samples);
    expect(outcomes.map((o) => o.ok && o.record)).toEqual(samples.map((s) => extract(s.text, s.context)));
  });

  it("gives the same records over several batches, in corpus order and reversed", () => {
    expect(generated.length).toBeGreaterThan(130);
    const alone = generated.map((s) => extract(s.text, s.context));
    expect(extractMany(generated).map((o) => o.ok && o.record)).toEqual(alone);
    expect(extractMany([...generated].reverse()).map((o) => o.ok && o.record)).toEqual([...alone].reverse());
  });

  it("keeps a title and boilerplate hashes given as context", () => {
    const input = { text: samples[0]!.text, context: { title: "Tiêu đề do trang cung cấp", boilerplateHashes: new Set(["chia sẻ"]) } };
    const [outcome] = extractMany([input]);
    expect(outcome!.ok && outcome!.record).toEqual(extract(input.text, input.context));
  });

  it("reports an article that throws in its own outcome and extracts the others", () => {
    const broken = { text: undefined as unknown as string };
    const outcomes = extractMany([samples[0]!, broken, samples[1]!]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]!.ok === false && outcomes[1]!.error).toBeInstanceOf(Error);
    expect(outcomes[2]!.ok && outcomes[2]!.record).toEqual(extract(samples[1]!.text, samples[1]!.context));
    expect(() => extract(broken.text)).toThrow();
  });

  it("returns nothing for no articles", () => {
    expect(extractMany([])).toEqual([]);
  });
});
