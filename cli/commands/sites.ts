/** `vdp sites`: the site profiles `vdp crawl --site` knows. */
import type { Command } from "commander";
import { genericDescription, siteProfiles } from "../../crawlers/sites/index.ts";

/** Registers `vdp sites`. */
export function register(program: Command): void {
  program
    .command("sites")
    .description("List the site profiles (vdp crawl --site ID), with their start URLs and what each was built from.")
    .option("--json", "print the profiles as JSON")
    .action((options: { json?: boolean }) => {
      if (options.json) {
        const rows = siteProfiles.map((p) => ({ ...p, articleUrlPattern: p.articleUrlPattern?.source ?? null }));
        process.stdout.write(JSON.stringify([...rows, genericDescription], null, 2) + "\n");
        return;
      }
      for (const p of siteProfiles) {
        const sources = [...p.startUrls, ...(p.feeds ?? []), ...(p.sitemaps ?? [])];
        const delay = p.politeness?.hostDelayMs !== undefined ? `, ${p.politeness.hostDelayMs} ms between requests` : "";
        process.stdout.write(`${p.id.padEnd(14)} ${p.name}\n`);
        for (const url of sources) process.stdout.write(`${" ".repeat(15)}${url}\n`);
        process.stdout.write(`${" ".repeat(15)}selectors: ${p.selectors ? "site-specific" : "generic extraction"}${delay}\n`);
        process.stdout.write(`${" ".repeat(15)}built from: ${p.builtFrom}\n\n`);
      }
      process.stdout.write(`${genericDescription.id.padEnd(14)} ${genericDescription.name}\n${" ".repeat(15)}built from: ${genericDescription.builtFrom}\n`);
    });
}
