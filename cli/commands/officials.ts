/** `vdp officials`: people with their roles over time and where they appear. */
import { wholeNumber } from "../number-options.ts";
import type { Command } from "commander";
import { listOfficials } from "../../storage/list-officials.ts";
import { formatTable } from "../format-table.ts";
import { STORE_HELP, withStore } from "../with-store.ts";

/** Registers `vdp officials`. */
export function register(program: Command): void {
  program
    .command("officials")
    .description(
      "People named with a position: each role as written with the first and last publication it\n" +
        "appears in, and the latest articles naming them. Most cited first.",
    )
    .option("--name <text>", "part of the name, diacritics and case ignored (\"nguyen van nam\")")
    .option("--limit <n>", "most people (default 20)", wholeNumber)
    .option("--json", "print JSON")
    .addHelpText("after", '\nExamples:\n  vdp officials --name "le tien"\n  vdp officials --limit 100 --json\n' + STORE_HELP)
    .action(async (options: { name?: string; limit?: number; json?: boolean }) => {
      const people = await withStore((store) => listOfficials(store, options));
      if (options.json) {
        process.stdout.write(JSON.stringify(people, null, 2) + "\n");
        return;
      }
      if (people.length === 0) {
        process.stdout.write("No officials match.\n");
        return;
      }
      const out: string[] = [];
      for (const p of people) {
        out.push(`${p.name}: ${p.articles} article(s), ${p.firstSeen ?? "?"} – ${p.lastSeen ?? "?"}`);
        out.push(
          formatTable(p.roles, [
            { header: "role", cell: (r) => r.role, maxWidth: 70 },
            { header: "from", cell: (r) => r.from },
            { header: "to", cell: (r) => r.to },
            { header: "articles", cell: (r) => r.articles },
          ]).replace(/^/gmu, "  "),
        );
        for (const a of p.appearances) out.push(`  · ${a.published ?? ""} ${a.site ?? ""} ${a.title ?? a.url}`.replace(/ +/gu, " "));
        out.push("");
      }
      process.stdout.write(out.join("\n"));
    });
}
