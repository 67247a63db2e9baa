/**
 * The in-process path on PGlite (no Redis, no server): a crawl of the portal recorded as a
 * run, the same crawl again costs 304s and adds no row.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Fetcher } from "../../crawlers/fetcher.ts";
import { samplePortalProfile } from "../../crawlers/sites/index.ts";
import { crawlIntoStore } from "../../pipeline/crawl-into-store.ts";
import { runState } from "../../pipeline/run-state.ts";
import { startPortal } from "../../portal/portal-server.ts";
import type { Portal } from "../../portal/portal-server.ts";
import { archiveSummary } from "../../storage/archive-summary.ts";
import { openStore } from "../../storage/db.ts";
import type { Store } from "../../storage/store.ts";
import { TEST_CRAWLER, tableCounts } from "./pipeline-harness.ts";

describe("in-process crawl into PGlite", () => {
  let dir: string;
  let store: Store;
  let portal: Portal;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "vdp-pglite-"));
    store = await openStore({ dataDir: dir });
    portal = await startPortal({ crawlDelaySeconds: 0 });
  });

  afterAll(async () => {
    await store?.close();
    await portal?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("records a run, and a second run costs 304s and adds no row", { timeout: 60_000 }, async () => {
    const fetcher = new Fetcher({ ...TEST_CRAWLER });
    try {
      const profile = samplePortalProfile(portal.url);
      const first = await crawlIntoStore(store, profile, fetcher);
      expect(first.counts).toMatchObject({ discovered: portal.articles.length, fetched: portal.articles.length, new: portal.articles.length, notModified: 0, errors: 0 });
      const before = await tableCounts(store);
      expect(before.articles).toBe(portal.articles.length);
      const second = await crawlIntoStore(store, profile, fetcher);
      expect(second.counts).toMatchObject({ fetched: 0, notModified: portal.articles.length, new: 0, changed: 0, errors: 0 });
      expect(await tableCounts(store)).toEqual(before);
      const runs = await store.listRuns(5);
      expect(runs.map((r) => [r.id, runState(r)])).toEqual([
        [second.runId, "finished"],
        [first.runId, "finished"],
      ]);
      const summary = await archiveSummary(store, { top: 5 });
      expect(summary.counts.articles).toBe(portal.articles.length);
      expect(summary.articles).toHaveLength(5);
      expect(summary.directives[0]!.mentions).toBeGreaterThanOrEqual(summary.directives[4]!.mentions);
      expect(summary.directives.some((d) => d.docId === "39-CT/TW")).toBe(true);
      expect(summary.officials.length).toBe(5);
    } finally {
      await fetcher.close();
    }
  });

  it("fetches a page whose load failed in full next time, and loads it then", { timeout: 60_000 }, async () => {
    const fetcher = new Fetcher({ ...TEST_CRAWLER });
    const other = await openStore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), "vdp-pglite-")) });
    try {
      const profile = samplePortalProfile(portal.url);
      let failing: string | null = null; // the fetched URL of the first page loaded
      const first = await crawlIntoStore(other, profile, fetcher, {
        load: async (input) => {
          expect(input.fetch).toMatchObject({ status: 200, site: profile.id });
          if (failing === null) {
            failing = input.fetch!.url;
            throw new Error("database went away");
          }
          return other.load(input);
        },
      });
      expect(first.counts).toMatchObject({ new: portal.articles.length - 1, errors: 1 });
      expect(await other.getPageValidators(failing!)).toBeNull();
      const second = await crawlIntoStore(other, profile, fetcher);
      expect(second.counts).toMatchObject({ fetched: 1, new: 1, notModified: portal.articles.length - 1, errors: 0 });
      expect(await other.getPageValidators(failing!)).not.toBeNull();
      expect((await tableCounts(other)).articles).toBe(portal.articles.length);
    } finally {
      await fetcher.close();
      await other.close();
    }
  });
});
