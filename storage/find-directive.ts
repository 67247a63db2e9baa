/**
 * `vdp directive`: everything the archive holds about one document number, whatever way it
 * is written: the documents filed under it (one per issuing body and period), the articles
 * that reference them, mentions per month, and the documents most often cited beside them.
 */
import { normalizeDirectiveId } from "./directive-id.ts";
import { clampLimit } from "./clamp-limit.ts";
import { sqlFile } from "./sql-file.ts";
import type { Store } from "./store.ts";

/** One document filed under the id. */
export interface DirectiveDocument {
  id: number;
  docId: string;
  issuedBy: string | null;
  bodyKey: string;
  period: string;
  term: string | null;
  issueDate: string | null;
  type: string | null;
  title: string | null;
  mentions: number;
  articles: number;
}

/** An article referencing the document, with the sentence that names it. */
export interface DirectiveReference {
  directiveId: number;
  articleId: number;
  url: string;
  site: string | null;
  title: string | null;
  published: string | null;
  written: string;
  sentence: string;
}

/** What {@link findDirective} found. */
export interface DirectiveReport {
  /** The id as written, and canonical (null when it holds no document number). */
  query: string;
  id: string | null;
  documents: DirectiveDocument[];
  references: DirectiveReference[];
  byMonth: Array<{ month: string | null; mentions: number; articles: number }>;
  citedWith: Array<{ docId: string; issuedBy: string | null; articles: number }>;
}

/** Options of {@link findDirective}. */
export interface FindDirectiveOptions {
  /** Most articles listed. Default 50. */
  limit?: number;
  /** Most co-cited documents listed. Default 10. */
  citedWith?: number;
  /** Co-citations are counted over the newest this many citing articles. Default 1000. */
  citedWithScope?: number;
}

/**
 * The report on a written document id.
 *
 * @example await findDirective(store, "chỉ thị 39 - ct/tw") // id "39-CT/TW"
 */
export async function findDirective(store: Store, written: string, options: FindDirectiveOptions = {}): Promise<DirectiveReport> {
  const id = normalizeDirectiveId(written.toWellFormed());
  const empty: DirectiveReport = { query: written, id, documents: [], references: [], byMonth: [], citedWith: [] };
  if (id === null) return empty;
  // Prepared statements (planned once per connection); the three parts after the documents
  // run at once on separate connections of the pool (one after another on PGlite). Each reads
  // its own snapshot, so a load committing in between can show in one part and not another.
  const run = <R>(name: string, params: unknown[]) => store.db.query<R>(sqlFile(name), params, { name }).then((r) => r.rows);
  const documents = await run<DirectiveDocument>("directive-documents", [id]);
  if (documents.length === 0) return empty;
  const ids = documents.map((d) => d.id);
  const [references, byMonth, citedWith] = await Promise.all([
    run<DirectiveReference>("directive-references", [ids, clampLimit(options.limit, 50, 100_000)]),
    run<DirectiveReport["byMonth"][number]>("directive-months", [ids]),
    run<DirectiveReport["citedWith"][number]>("directive-cited-with", [
      ids,
      clampLimit(options.citedWithScope, 1000, 10_000_000),
      clampLimit(options.citedWith, 10),
    ]),
  ]);
  return { ...empty, documents, references, byMonth, citedWith };
}
