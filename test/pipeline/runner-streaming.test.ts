/**
 * The in-process runner on a long crawl: after a warm-up of pages held to learn the site's
 * boilerplate, pages are extracted and stored as they arrive (the first loads come long before
 * the last fetch), and the repeated paragraph is gone from early and late articles alike.
 */
import { describe, expect, it } from "vitest";
import { Fetcher } from "../../crawlers/fetcher.ts";
import { defineProfile } from "../../crawlers/site-profile.ts";
import { MemoryValidatorStore } from "../../crawlers/validator-store.ts";
import { BOILERPLATE_WARMUP_PAGES, runCrawl } from "../../pipeline/runner.ts";
import { startGeneratedPortal } from "../../portal/generated-portal.ts";
import type { LoadInput } from "../../storage/load-input.ts";
import { TEST_CRAWLER } from "./pipeline-harness.ts";

/** A standing note the site prints in every article, as a paragraph of its text. */
const NOTE = "Mọi thông tin phản ánh về công tác xây dựng Đảng xin gửi về hộp thư của Ban Tuyên giáo Huyện ủy Tân Lạc.";

function texts(n: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    [
      `Huyện ủy Tân Lạc quán triệt nghị quyết tại cơ sở số ${i}`,
      `Sáng 14/3, Đảng bộ xã số ${i} tổ chức hội nghị quán triệt Chỉ thị số ${i + 1}-CT/HU của Ban Thường vụ Huyện ủy.`,
      `Đồng chí Quách Văn Thịnh, Bí thư Huyện ủy, dự và phát biểu chỉ đạo hội nghị thứ ${i}.`,
      NOTE,
    ].join("\n"),
  );
}

describe("in-process runner, a crawl longer than its warm-up", () => {
  it("stores pages as they arrive after the warm-up, each without the site's repeated paragraph", { timeout: 60_000 }, async () => {
    const pages = 3 * BOILERPLATE_WARMUP_PAGES;
    const portal = await startGeneratedPortal({ hosts: ["127.0.0.1"], pagesPerHost: pages, texts: texts(pages), pageBytes: 4000 });
    const fetcher = new Fetcher({ ...TEST_CRAWLER, concurrency: 4, perHostConcurrency: 4 });
    const loaded: Array<{ input: LoadInput; fetchedBefore: number }> = [];
    let fetched = 0;
    try {
      const profile = defineProfile({ id: "t", name: "t", builtFrom: "test", startUrls: portal.startUrls, discoverFeeds: false });
      const report = await runCrawl({
        profile,
        fetcher,
        validators: new MemoryValidatorStore(),
        load: async (input) => {
          loaded.push({ input, fetchedBefore: fetched });
          return { status: "new" };
        },
        onEvent: (e) => void (e.type === "fetched" && fetched++),
      });
      expect(report.errors).toEqual([]);
      expect(report.stored).toBe(pages);
      expect(loaded).toHaveLength(pages);
      // The warm-up pages went on once that many were fetched; the rest one by one behind the fetches.
      expect(loaded[0]!.fetchedBefore).toBeGreaterThanOrEqual(BOILERPLATE_WARMUP_PAGES);
      expect(loaded[0]!.fetchedBefore).toBeLessThan(pages);
      expect(loaded.filter((l) => l.fetchedBefore < pages).length).toBeGreaterThan(pages / 2);
      // The note repeats on every page: no record keeps it, neither the held ones nor the later ones.
      for (const { input } of loaded) expect(input.paragraphs).not.toContain(NOTE);
      expect(loaded.every(({ input }) => input.paragraphs.some((p) => p.startsWith("Sáng 14/3")))).toBe(true);
    } finally {
      await fetcher.close();
      await portal.close();
    }
  });
});
