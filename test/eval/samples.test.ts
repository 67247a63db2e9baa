/**
 * The quality gate on the project's own samples: `extract()` scored against the hand-made
 * expected records of `samples/articles/`, field by field, never below the floors in
 * `eval/sample-floors.json` (raised as the scores rise, never lowered).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scoreSamples } from "../../eval/samples.ts";

const floors = JSON.parse(readFileSync(new URL("../../eval/sample-floors.json", import.meta.url), "utf8")) as Record<string, number>;
const score = scoreSamples();

describe("extraction quality on the sample articles", () => {
  it("scores every sample article", () => {
    expect(score.articles).toBeGreaterThanOrEqual(16);
  });
  it.each(["directives", "officials", "dates", "deadlines", "authors"] as const)("%s F1 stays at or above its floor", (field) => {
    expect(score[field].f1, score.misses.filter((m) => m.includes(` ${field} `)).join("\n")).toBeGreaterThanOrEqual(floors[field]!);
  });
  it("role and event-date accuracy stay at or above their floors", () => {
    expect(score.roleAccuracy ?? 0).toBeGreaterThanOrEqual(floors.roleAccuracy!);
    expect(score.eventDateAccuracy ?? 0).toBeGreaterThanOrEqual(floors.eventDateAccuracy!);
  });
  it("leaves no repeated paragraph, loses none, and keeps boilerplate under 1 in 20", () => {
    expect(score.paragraphs.repeatedLeft).toBe(0);
    expect(score.paragraphs.lost).toBe(0);
    expect(score.paragraphs.extra).toBeLessThanOrEqual(Math.floor(score.paragraphs.predicted / 20));
  });
});
