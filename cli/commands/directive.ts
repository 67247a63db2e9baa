/** `vdp directive 39-CT/TW`: every article that references a document, grouped by issuing body. */
import { wholeNumber } from "../number-options.ts";
import type { Command } from "commander";
import { findDirective, type DirectiveReport } from "../../storage/find-directive.ts";
import { formatTable } from "../format-table.ts";
import { STORE_HELP, withStore } from "../with-store.ts";

function print(report: DirectiveReport): void {
  const out: string[] = [];
  if (report.id === null) {
    process.stdout.write(`${JSON.stringify(report.query)} holds no document number (like 39-CT/TW).\n`);
    return;
  }
  if (report.documents.length === 0) {
    process.stdout.write(`No article references ${report.id}.\n`);
    return;
  }
  out.push(`${report.id}: ${report.documents.length} document(s) under this number`);
  const bodies = new Map<string, typeof report.documents>();
  for (const d of report.documents) {
    const body = d.issuedBy ?? "(issuing body unknown)";
    bodies.set(body, [...(bodies.get(body) ?? []), d]);
  }
  for (const [body, docs] of bodies) {
    for (const d of docs) {
      const when = [d.term ? `khóa ${d.term}` : null, d.issueDate ? `issued ${d.issueDate}` : null].filter(Boolean).join(", ");
      out.push("", `== ${body}${when ? ` (${when})` : ""}: ${d.articles} article(s), ${d.mentions} mention(s)${d.title ? `\n   “${d.title}”` : ""}`);
      const refs = report.references.filter((r) => r.directiveId === d.id);
      if (refs.length > 0) {
        out.push(
          formatTable(refs, [
            { header: "published", cell: (r) => r.published },
            { header: "site", cell: (r) => r.site, maxWidth: 16 },
            { header: "article", cell: (r) => r.articleId },
            { header: "sentence", cell: (r) => r.sentence, maxWidth: 110 },
          ]),
        );
      }
    }
  }
  if (report.byMonth.length > 0) {
    out.push("", "Mentions per month:", formatTable(report.byMonth, [
      { header: "month", cell: (m) => m.month ?? "(no date)" },
      { header: "mentions", cell: (m) => m.mentions },
      { header: "articles", cell: (m) => m.articles },
    ]));
  }
  if (report.citedWith.length > 0) {
    out.push("", "Most often cited beside it:", formatTable(report.citedWith, [
      { header: "document", cell: (c) => c.docId },
      { header: "issued by", cell: (c) => c.issuedBy, maxWidth: 40 },
      { header: "articles", cell: (c) => c.articles },
    ]));
  }
  process.stdout.write(out.join("\n") + "\n");
}

/** Registers `vdp directive`. */
export function register(program: Command): void {
  program
    .command("directive")
    .description(
      "Every article that references a document number, with date, site and the sentence naming it;\n" +
        "mentions per month; and the documents most often cited beside it. Any written form of the\n" +
        "number works (\"39 - CT/TW\", \"chỉ thị 39-ct/tw\", \"262-QD/TW\"). Local numbers repeat across\n" +
        "committees and terms, so results are grouped by issuing body.",
    )
    .argument("<id>", "the document number, as written anywhere")
    .option("--limit <n>", "most articles listed (default 50)", wholeNumber)
    .option("--json", "print JSON")
    .addHelpText("after", '\nExamples:\n  vdp directive 39-CT/TW\n  vdp directive "kế hoạch 108-kh/qu" --json\n' + STORE_HELP)
    .action(async (id: string, options: { limit?: number; json?: boolean }) => {
      const report = await withStore((store) => findDirective(store, id, { ...(options.limit ? { limit: options.limit } : {}) }));
      if (options.json) process.stdout.write(JSON.stringify(report, null, 2) + "\n");
      else print(report);
    });
}
