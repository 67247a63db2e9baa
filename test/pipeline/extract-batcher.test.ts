/**
 * `ExtractBatcher`: the articles handed in during one turn of the event loop are read as
 * one batch, each job gets the record `extract()` gives its article alone, a batch never
 * exceeds its bound, and an article whose extraction throws rejects only its own job.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extract, type ExtractInput } from "../../extractors/index.ts";
import { ExtractBatcher } from "../../pipeline/extract-batcher.ts";

const SAMPLES = fileURLToPath(new URL("../../samples/articles/", import.meta.url));
const samples: ExtractInput[] = readdirSync(SAMPLES)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .slice(0, 6)
  .map((f) => ({ text: readFileSync(SAMPLES + f, "utf8"), context: { published: "2014-11-14" } }));
const alone = (input: ExtractInput) => extract(input.text, input.context);

describe("ExtractBatcher", () => {
  it("reads the articles handed in together as one batch, each with its own record", async () => {
    expect(samples.length).toBe(6);
    const batcher = new ExtractBatcher();
    const records = await Promise.all(samples.map((s) => batcher.extract(s)));
    expect(records).toEqual(samples.map(alone));
    expect(batcher.stats).toEqual({ batches: 1, articles: 6 });
    // One handed in later, alone: a batch of one, with no wait for company.
    expect(await batcher.extract(samples[0]!)).toEqual(alone(samples[0]!));
    expect(batcher.stats).toEqual({ batches: 2, articles: 7 });
  });

  it("splits what is handed in at once into batches of at most its bound", async () => {
    const batcher = new ExtractBatcher(4);
    const records = await Promise.all([...samples, ...samples].map((s) => batcher.extract(s)));
    expect(records).toEqual([...samples, ...samples].map(alone));
    expect(batcher.stats).toEqual({ batches: 3, articles: 12 });
  });

  it("rejects only the job whose article fails and extracts the others", async () => {
    const batcher = new ExtractBatcher();
    const broken = { text: undefined as unknown as string };
    const settled = await Promise.allSettled([batcher.extract(samples[0]!), batcher.extract(broken), batcher.extract(samples[1]!)]);
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(settled[1]!.status === "rejected" && settled[1]!.reason).toBeInstanceOf(Error);
    expect(settled[2]!.status === "fulfilled" && settled[2]!.value).toEqual(alone(samples[1]!));
    expect(batcher.stats.batches).toBe(1);
  });
});
