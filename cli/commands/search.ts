/** `vdp search "text"`: ranked articles with highlighted snippets. */
import { wholeNumber } from "../number-options.ts";
import type { Command } from "commander";
import { search } from "../../storage/search.ts";
import { formatTable } from "../format-table.ts";
import { STORE_HELP, withStore } from "../with-store.ts";

/** Registers `vdp search`. */
export function register(program: Command): void {
  program
    .command("search")
    .description(
      "Full-text search of the archive, diacritics and case ignored (\"chi thi 39\" finds \"Chỉ thị 39\",\n" +
        "\"dong da\" finds \"Đống Đa\"). Words must all match; \"quotes\" make a phrase, -word excludes,\n" +
        "`or` gives alternatives. Matched words are marked « » in the snippet.",
    )
    .argument("<text>", "what to look for")
    .option("--site <site>", "only this site (its id)")
    .option("--from <date>", "published on or after (YYYY-MM-DD, YYYY-MM or YYYY-Qn)")
    .option("--to <date>", "published on or before")
    .option("--limit <n>", "most results (default 20)", wholeNumber)
    .option("--json", "print JSON (one array of hits)")
    .addHelpText(
      "after",
      '\nExamples:\n  vdp search "chi thi 39 bao ve chinh tri noi bo"\n' +
        '  vdp search "\\"dai hoi chi bo\\" -thanh" --site dongda --from 2019 --to 2020-06 --json\n' +
        STORE_HELP,
    )
    .action(async (text: string, options: { site?: string; from?: string; to?: string; limit?: number; json?: boolean }) => {
      const hits = await withStore((store) => search(store, { query: text, ...options }));
      if (options.json) {
        process.stdout.write(JSON.stringify(hits, null, 2) + "\n");
        return;
      }
      if (hits.length === 0) {
        process.stdout.write("No articles match.\n");
        return;
      }
      process.stdout.write(
        formatTable(hits, [
          { header: "published", cell: (h) => h.published },
          { header: "site", cell: (h) => h.site, maxWidth: 16 },
          { header: "article", cell: (h) => h.articleId },
          { header: "rank", cell: (h) => h.rank.toFixed(3) },
          { header: "title", cell: (h) => h.title ?? h.url, maxWidth: 50 },
          { header: "snippet", cell: (h) => h.snippet, maxWidth: 120 },
        ]) + "\n",
      );
    });
}
