/**
 * `extract(text, context) → ArticleRecord`: the extraction pipeline of one article,
 * built from separate extractors that each return spans with offsets into the normalized
 * text. Pure: no I/O, no clock, no environment.
 */
import { isCalendarDay } from "./calendar-day.ts";
import { findDates, type ResolvedDate } from "./dates.ts";
import { findDeadlines } from "./deadlines.ts";
import { findDirectives } from "./directives.ts";
import { foldSpelling, normalizeText } from "./normalize.ts";
import { findOfficials } from "./officials.ts";
import { CONTENT_KINDS, isDateLine, segmentParagraphs } from "./paragraphs.ts";
import { CLOSING_MARK } from "./patterns/boilerplate.ts";
import type { ArticleRecord, Directive, ExtractContext, Paragraph, Span } from "./types.ts";

export type * from "./types.ts";
export { foldSpelling, normalizeText } from "./normalize.ts";
export { normalizeDirectiveId, issuerOfBody } from "./directives.ts";
export { isCalendarDay } from "./calendar-day.ts";
export { paragraphHash } from "./paragraphs.ts";

/** Cues of the lead that reports the event: "Chiều 13/11, …", "Ngày 19-4, …". */
const EVENT_CUES = new Set(["sáng", "chiều", "tối", "trưa", "đêm", "rạng sáng", "ngày", "hôm", "nay", "qua", "từ", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"]);
/** A metadata label that makes a date line the publication date. */
const LABELLED = /(đăng|phát hành|xuất bản|cập nhật|gửi lúc)/iu;

/** The publication date from the text's own date lines, preferring labelled ones and ones with a time. */
function publishedFromText(text: string, lines: readonly Paragraph[]): { value: string; line: Paragraph } | null {
  const candidates = lines.filter((p) => (p.kind === "boilerplate" && isDateLine(p.text)) || (p.kind === "byline" && /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/u.test(p.text)));
  const score = (p: Paragraph) => (LABELLED.test(p.text) || p.kind === "byline" ? 2 : 0) + (/\d{1,2}:\d{2}/u.test(p.text) ? 1 : 0);
  const best = [...candidates].sort((a, b) => score(b) - score(a))[0];
  if (!best) return null;
  const day = findDates(text, [best]).find((d) => d.raw.kind === "day");
  return day ? { value: day.value, line: best } : null;
}

/** A time of day before a date marks the report's own event: "Chiều 13/11", "sáng 12/3". */
const TIME_OF_DAY = new Set(["sáng", "chiều", "tối", "trưa", "đêm", "rạng sáng", "hôm"]);

/**
 * The day of the reported event: in the first paragraphs, a day dated with a time of day
 * ("Chiều 13/11"), else a day that opens a paragraph ("Ngày 19-4, …", "Từ ngày 10/11 …") and
 * is no document's issue date; else the issue a lead reports ("ban hành Hướng dẫn … ngày X");
 * else the publication date.
 */
function eventDateOf(body: readonly Paragraph[], dates: readonly ResolvedDate[], directives: readonly Directive[], published: string | null): string | null {
  const lead = body.slice(0, 3);
  const days = dates.filter((d) => d.raw.kind === "day");
  const issueDates = new Set<number>();
  for (const d of directives) for (const m of d.mentions) issueDates.add(m.end);
  const isIssueDate = (d: ResolvedDate) => {
    for (let at = d.start; at >= d.start - 14; at--) if (issueDates.has(at)) return true;
    return false;
  };
  for (const p of lead) {
    const firstSentenceEnd = p.start + Math.max(60, p.text.search(/[.;](?:\s|$)/u));
    const inFirstSentence = (d: ResolvedDate) => d.start >= p.start && d.start <= firstSentenceEnd;
    const timed = days.find((d) => inFirstSentence(d) && TIME_OF_DAY.has(d.raw.cue));
    if (timed) return timed.value;
    const opening = days.find((d) => d.start >= p.start && d.start <= p.start + 60 && EVENT_CUES.has(d.raw.cue) && !isIssueDate(d));
    if (opening) return opening.value;
  }
  const first = body[0];
  if (first && /ban hành/iu.test(first.text)) {
    const issued = directives.find((d) => d.date && d.mentions.some((m) => m.start >= first.start && m.end <= first.end));
    if (issued?.date) return issued.date;
  }
  return published;
}

/**
 * Extracts the record of one article from its text (or its HTML converted to text).
 *
 * @example extract("Đống Đa họp\nChiều 13/11/2014, Quận ủy quán triệt Chỉ thị số 39-CT/TW.").directives[0].id
 * // "39-CT/TW"
 */
export function extract(raw: string, context: ExtractContext = {}): ArticleRecord {
  const written = normalizeText(raw);
  // Every extractor reads one spelling; what the record shows is sliced from the text as
  // written, at the same offsets (folding keeps lengths).
  const text = foldSpelling(written);
  const asWritten = <T extends Span>(s: T): T => ({ ...s, text: written.slice(s.start, s.end) });
  // Where folding changed nothing, a phrase reads the same as written.
  const unfolded = text === written;
  const phrase = (s: string | null, near = 0): string | null => {
    if (!s || unfolded) return s;
    const at = text.indexOf(s, Math.max(0, near - 2000));
    const i = at >= 0 ? at : text.indexOf(s);
    return i >= 0 ? written.slice(i, i + s.length) : s;
  };
  const title = context.title ? foldSpelling(context.title.normalize("NFC")) : null;
  const seg = segmentParagraphs(text, { title, boilerplateHashes: context.boilerplateHashes });
  const lines = seg.paragraphs;
  const given = isCalendarDay(context.published) ? context.published : null;
  const fromText = publishedFromText(text, lines);
  const published = given ?? fromText?.value ?? null;

  const content: Span[] = lines.filter((p) => CONTENT_KINDS.has(p.kind));
  const directives = findDirectives(text, content);
  const numbers: Span[] = [];
  for (const d of directives) if (d.id) for (const m of d.mentions) numbers.push(m);
  const dateRegions = fromText ? [...content, fromText.line].sort((a, b) => a.start - b.start) : content;
  const resolved = findDates(text, dateRegions, numbers, { published });
  const officials = findOfficials(text, content);
  const deadlines = findDeadlines(text, resolved, content);
  const body = lines.filter((p) => p.kind === "body");

  return {
    title: context.title ? context.title.normalize("NFC").trim() : phrase(seg.title),
    published,
    eventDate: eventDateOf(body, resolved, directives, published),
    authors: seg.authors.map((a) => phrase(a)!),
    // A closing "./." is the sentence's full stop.
    paragraphs: body.map((p) => {
      const t = written.slice(p.start, p.end);
      return t.endsWith("./.") ? t.replace(CLOSING_MARK, ".") : t;
    }),
    directives: directives.map((d) => {
      const at = d.mentions[0]?.start ?? 0;
      return { ...d, issuedBy: phrase(d.issuedBy, at), title: phrase(d.title, at), mentions: d.mentions.map(asWritten) };
    }),
    officials: officials.map((o) => {
      const at = o.mentions[0]?.start ?? 0;
      const first = o.mentions.find((m) => m.text === o.name);
      return {
        name: first ? written.slice(first.start, first.end) : phrase(o.name, at)!,
        roles: o.roles.map((r) => phrase(r, at)!),
        mentions: o.mentions.map(asWritten),
      };
    }),
    dates: resolved.map(({ value, start, end }) => ({ value, text: written.slice(start, end), start, end })),
    deadlines: deadlines.map((d) => ({ ...asWritten(d), due: d.due, task: phrase(d.task, d.start)! })),
    text: written,
  };
}
