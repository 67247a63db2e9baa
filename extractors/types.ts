/**
 * The article record: the one typed value that flows crawl → extract → load.
 * Its JSON form is the contract of `extraction-spec` (see README, "The record").
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit offsets into `text`, the normalized
 * article text (NFC, one tone-mark placement, lines joined by "\n"), so that
 * `record.text.slice(m.start, m.end) === m.text` for every mention.
 */

/** A piece of the normalized text: `text === normalized.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A typed finding: a span and the value read from it. */
export interface Finding<T> extends Span {
  value: T;
}

/** A numbered (or, with `id` null, unnumbered) Party or state document. */
export interface Directive {
  /** `39-CT/TW`, `15/2020/NĐ-CP`, `45-NQ` (no issuer known); null for unnumbered documents. */
  id: string | null;
  /** The document type in words: "Chỉ thị", "Nghị quyết", "Quy định" … */
  type: string | null;
  /** The type code: CT, NQ, QĐ, QĐi, KH … */
  code: string | null;
  /** The number without leading zeros; for state documents `15/2020` style numbers keep only the number. */
  number: string | null;
  /** The issuer code: TW, TU, QU, HU, ĐU, CP, UBND … */
  issuer: string | null;
  /** The issuing body as the text names it ("Bộ Chính trị", "Quận ủy Long Biên"). */
  issuedBy: string | null;
  /** The issue date (`YYYY-MM-DD`) when the text gives it right after the number. */
  date: string | null;
  /** The quoted title following "về", when there is one. */
  title: string | null;
  /** Every place the document is named. */
  mentions: Span[];
}

/** A person named together with a position. */
export interface Official {
  /** The full name as written (NFC), without honorifics or ranks. */
  name: string;
  /** Each position as written, in order of appearance, without repeats. */
  roles: string[];
  mentions: Span[];
}

/** An explicit calendar reference: `YYYY-MM-DD`, `YYYY-MM` or `YYYY-Qn`. */
export interface DateMention extends Span {
  value: string;
}

/** A task that must be done by a time. */
export interface Deadline extends Span {
  /** The latest moment allowed, normalized like dates. */
  due: string;
  /** The work to be done, in the article's words. */
  task: string;
}

/** What a paragraph is, as the segmenter classified it. */
/** "headline": a second story's headline; "other": the text of a second story after the article's byline. */
export type ParagraphKind = "title" | "body" | "caption" | "boilerplate" | "byline" | "repeat" | "headline" | "other";

/** One line of the normalized text and how it was classified. */
export interface Paragraph extends Span {
  kind: ParagraphKind;
}

export interface ArticleRecord {
  /** The source file or URL the record was made from, when known. */
  file?: string;
  url?: string;
  title: string | null;
  /** Publication date `YYYY-MM-DD`, from the caller or a date line in the text. */
  published: string | null;
  /** The day the reported event happened. */
  eventDate: string | null;
  authors: string[];
  /** Each unique body paragraph once, boilerplate removed. */
  paragraphs: string[];
  directives: Directive[];
  officials: Official[];
  dates: DateMention[];
  deadlines: Deadline[];
  /** The normalized text the offsets index into. */
  text: string;
}

/** What the caller knows about an article besides its text. */
export interface ExtractContext {
  /** Publication date `YYYY-MM-DD`, when known (resolves dates written without a year). */
  published?: string | null;
  /** A title known from elsewhere (the page's <title>, the crawler). */
  title?: string | null;
  /** Paragraph hashes known to be boilerplate on this site (cross-page repeats). */
  boilerplateHashes?: ReadonlySet<string>;
}
