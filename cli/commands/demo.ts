/**
 * `vdp demo` (`npm start`), the main job: start the local sample portal, crawl it through the
 * pipeline (discover → fetch → extract → load) into the embedded PostgreSQL, and show what it
 * found. Run again, unchanged pages cost a 304 and nothing is stored twice.
 */
import { wholeNumber } from "../number-options.ts";
import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { crawlerOptionsFromEnv } from "../../crawlers/crawler-options.ts";
import { Fetcher } from "../../crawlers/fetcher.ts";
import { samplePortalProfile } from "../../crawlers/sites/index.ts";
import { crawlIntoStore } from "../../pipeline/crawl-into-store.ts";
import { startPortal } from "../../portal/portal-server.ts";
import type { Portal } from "../../portal/portal-server.ts";
import { archiveSummary } from "../../storage/archive-summary.ts";
import type { ArchiveSummary } from "../../storage/archive-summary.ts";
import { resolveStoreOptions } from "../../storage/store-options.ts";
import { createCrawlProgress } from "../crawl-progress.ts";
import { STORE_HELP, withStore } from "../with-store.ts";

const PORT_FILE = "demo-portal.json";

/**
 * Starts the portal on the port of the last demo (its URLs are what the database knows, so
 * the conditional GETs of a second run can match), or on a free port the first time.
 */
async function startDemoPortal(dataDir: string): Promise<Portal> {
  const file = path.join(dataDir, PORT_FILE);
  let port = 0;
  try {
    port = Number((JSON.parse(fs.readFileSync(file, "utf8")) as { port?: unknown }).port) || 0;
  } catch {
    port = 0;
  }
  let portal: Portal;
  try {
    portal = await startPortal({ port, crawlDelaySeconds: 0 });
  } catch {
    portal = await startPortal({ port: 0, crawlDelaySeconds: 0 }); // the old port is taken: a new address, new URLs
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ port: Number(new URL(portal.url).port) }) + "\n");
  return portal;
}

function printSummary(s: ArchiveSummary): void {
  const out = (line = "") => process.stdout.write(line + "\n");
  const c = s.counts;
  out();
  out(`The archive now holds ${c.articles} articles, ${c.directives} documents mentioned ${c.directiveMentions} times, ${c.officials} officials, ${c.deadlines} deadlines` + (c.replacedVersions ? `, ${c.replacedVersions} earlier versions` : "") + ".");
  out();
  out(`Articles, newest first${c.articles > s.articles.length ? ` (${s.articles.length} of ${c.articles})` : ""}:`);
  for (const a of s.articles) out(`  ${a.published ?? "          "}  ${(a.title ?? a.url).slice(0, 80)}  (${a.directiveMentions} document mentions, ${a.officials} officials)`);
  out();
  out("Directives and documents, by mentions:");
  for (const d of s.directives) out(`  ${String(d.mentions).padStart(3)} × ${d.docId}${d.title ? ` — ${d.title.slice(0, 70)}` : ""} (${d.articles} article${d.articles === 1 ? "" : "s"})`);
  out();
  out("Officials, by articles:");
  for (const o of s.officials) out(`  ${String(o.articles).padStart(3)} × ${o.name}${o.role ? `, ${o.role}` : ""}`);
  out();
  out(`Deadlines due on or after ${s.deadlinesFrom} (the newest article's day):`);
  if (s.deadlines.length === 0) out("  none");
  for (const d of s.deadlines) out(`  ${(d.dueBy ?? d.due).padEnd(10)} ${d.task.slice(0, 90)}${d.title ? `  [${d.title.slice(0, 50)}]` : ""}`);
  const first = s.directives[0]?.docId ?? "39-CT/TW";
  out();
  out("Query it:");
  out(`  node bin/vdp.js directive ${first}         # every article citing it, by month, with what it is cited with`);
  out('  node bin/vdp.js search "chi thi"              # full-text search, accents optional');
  out("  node bin/vdp.js officials                     # people, their roles and appearances");
  out("  node bin/vdp.js deadlines --due-after 2014-11 # tasks by due day");
  out("  node bin/vdp.js runs                          # this and earlier crawl runs");
}

/** Registers `vdp demo`. */
export function register(program: Command): void {
  program
    .command("demo")
    .description(
      "The main job: start the local sample portal, crawl it (discover → fetch → extract → load) into the\n" +
        "embedded PostgreSQL and show what it found. Run it again: unchanged pages cost a 304.",
    )
    .option("--top <n>", "rows per list", wholeNumber, 16)
    .addHelpText("after", STORE_HELP)
    .action(async (options: { top: number }) => {
      if (!Number.isInteger(options.top) || options.top < 1) throw new Error(`--top: expected a whole number ≥ 1, got ${options.top}`);
      const started = Date.now();
      const resolved = resolveStoreOptions();
      // The portal's port is remembered beside the embedded database (or in VDP_DATA_DIR / ./.vdp on a server).
      const portal = await startDemoPortal(resolved.backend === "pglite" ? resolved.dataDir : process.env.VDP_DATA_DIR || "./.vdp");
      const where = resolved.backend === "pglite" ? `the embedded PostgreSQL in ${resolved.dataDir}` : "PostgreSQL at DATABASE_URL";
      process.stdout.write(`Sample portal with ${portal.articles.length} articles at ${portal.url}; crawling it into ${where}.\n`);
      const settings = { ...crawlerOptionsFromEnv(), hostDelayMs: 0, allowAddresses: ["127.0.0.1"] };
      const fetcher = new Fetcher(settings);
      try {
        await withStore(async (store) => {
          const before = await store.listRuns(1);
          const progress = createCrawlProgress("sample-portal");
          const seen = { total: 0, done: 0 };
          const crawl = await crawlIntoStore(store, samplePortalProfile(portal.url), fetcher, {
            onEvent: (e) => {
              if (e.type === "discovered") seen.total++;
              if (e.type === "fetched" || (e.type === "error" && e.error.stage === "fetch")) seen.done++;
              progress.update(seen.done, seen.total);
            },
          }).finally(() => progress.stop());
          const c = crawl.counts;
          const again = before.length > 0 && c.notModified > 0;
          process.stdout.write(
            `\nRun ${crawl.runId}: ${c.discovered} articles found on ${c.listingPages} listing pages, feeds and sitemaps; ` +
              `${c.fetched} fetched, ${c.notModified} unchanged since the last run (304 Not Modified, not downloaded again); ` +
              `${c.new} new, ${c.changed} changed, ${c.errors} errors, in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
          );
          if (again) process.stdout.write(c.fetched === 0 ? "Nothing changed since the last run: nothing was fetched in full or stored again.\n" : `Only the ${c.fetched} changed page${c.fetched === 1 ? " was" : "s were"} fetched in full.\n`);
          for (const e of crawl.report.errors) process.stderr.write(`  ${e.stage} ${e.code}: ${e.message}\n`);
          printSummary(await archiveSummary(store, { top: options.top }));
          if (c.errors > 0 && c.stored === 0 && c.notModified === 0) process.exitCode = 1;
        });
      } finally {
        await fetcher.close();
        await portal.close();
      }
    });
}
