/**
 * `extract(text, context) → ArticleRecord`: the extraction pipeline of one article,
 * built from separate extractors that each return spans with offsets into the normalized
 * text. Pure: no I/O, no clock, no environment.
 */
import { isCalendarDay } from "./calendar-day.ts";
import { findDates, type ResolvedDate } from "./dates.ts";
import { RECURRING_AFTER, findDeadlines } from "./deadlines.ts";
import { findDirectives } from "./directives.ts";
import { foldSpelling, normalizeText } from "./normalize.ts";
import { findOfficials, withSigners } from "./officials.ts";
import { CONTENT_KINDS, isDateLine, segmentParagraphs, type Segmentation } from "./paragraphs.ts";
import { CLOSING_MARK } from "./patterns/boilerplate.ts";
import { NotAfterLetter } from "./scan.ts";
import type { ArticleRecord, Deadline, Directive, ExtractContext, Official, Paragraph, Span } from "./types.ts";

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

/** Words of a plan after a date: the day is when something will happen, not the event reported. */
const PLANNED = new NotAfterLetter(String.raw`(?:sẽ|dự kiến)(?![\p{L}])`, "u");
/** A comma and "ngày" right before a day: the day opens a clause ("…, ngày 14/5, …"). */
const CLAUSE_DAY_BEFORE = /,\s*ngày\s*$/iu;
/**
 * A document named without a number right before "ngày": the day is its issue date, no event
 * ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; …"). The types of TYPE_WORDS that
 * name legal texts, not those that also name events or talks ("Chương trình nghệ thuật diễn ra
 * ngày …", "Báo cáo viên …"), and "Bộ luật", "Hiến pháp", "Điều lệ".
 */
const NAMED_DOCUMENT_BEFORE =
  /(?<![\p{L}])(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh|Điều lệ|Nghị định|Nghị quyết|Quyết định|Chỉ thị|Kết luận|Quy định|Thông tư|Hướng dẫn|Thông báo|Kế hoạch|Công văn)(?:\s+[^\s.;,:!?]+){0,12}\s+ngày\s*$/u;
/** A time of day before a date marks the report's own event: "Chiều 13/11", "sáng 12/3". */
const TIME_OF_DAY = new Set(["sáng", "chiều", "tối", "trưa", "đêm", "rạng sáng", "hôm"]);

/**
 * The day of the reported event: in the first paragraphs, a day dated with a time of day
 * ("Chiều 13/11"), else a day that opens a paragraph ("Ngày 19-4, …", "Từ ngày 10/11 …") and
 * is no document's issue date; never a due date; else the issue a lead reports ("ban hành Hướng dẫn … ngày X");
 * else the publication date.
 */
function eventDateOf(
  body: readonly Paragraph[],
  dates: readonly ResolvedDate[],
  directives: readonly Directive[],
  deadlines: readonly Span[],
  published: string | null,
  given: boolean,
): string | null {
  const lead = body.slice(0, 3);
  // A reported event has happened by the day of the report: a later day, its year written, is a
  // plan or a deadline. (A day without its year takes one from the publication already.)
  // (With a publication date the caller knows, a day whose year came from elsewhere, such as a
  // range's end, is a plan too when it falls more than a week after: "Từ 8h ngày 15/3 đến 17h
  // ngày 16/3/2025, diễn ra hội thi". A date read off the page may be the day it was viewed.)
  const weekAfter = published && given ? dayAfter(published, 7) : null;
  const laterThanReport = (d: ResolvedDate) => published !== null && (d.raw.year !== null ? d.value > published : weekAfter !== null && d.value > weekAfter);
  // A due date is no event: "- Chi bộ trực thuộc: hoàn thành trước ngày 30/4/2025." under the lead.
  const due = (d: ResolvedDate) => deadlines.some((x) => x.start <= d.start && d.end <= x.end);
  const days = dates.filter((d) => d.raw.kind === "day" && !laterThanReport(d) && !due(d));
  const issueDates = new Set<number>();
  for (const d of directives) for (const m of d.mentions) issueDates.add(m.end);
  const isIssueDate = (d: ResolvedDate, p: Paragraph) => {
    // (Within the paragraph: a headline naming a document ends right before the lead's "Ngày 22/11, …".)
    for (let at = d.start; at >= Math.max(p.start, d.start - 14); at--) if (issueDates.has(at)) return true;
    return d.raw.cue === "ngày" && NAMED_DOCUMENT_BEFORE.test(p.text.slice(Math.max(0, d.start - p.start - 120), d.start - p.start));
  };
  for (const p of lead) {
    const firstSentenceEnd = p.start + Math.max(60, p.text.search(/[.;](?:\s|$)/u));
    const inFirstSentence = (d: ResolvedDate) => d.start >= p.start && d.start <= firstSentenceEnd;
    const timed = days.find((d) => inFirstSentence(d) && TIME_OF_DAY.has(d.raw.cue));
    if (timed) return timed.value;
    const sentenceAfter = (d: ResolvedDate) => p.text.slice(d.end - p.start).split(/[.;!?](?:\s|$)/u, 1)[0]!;
    // "Ngày 10/5, các xã sẽ triển khai …": a plan, not the event reported.
    // (A day of every year is none either: "Ngày 19/5 hằng năm là dịp …".)
    const planned = (d: ResolvedDate) => PLANNED.test(sentenceAfter(d)) || RECURRING_AFTER.test(sentenceAfter(d));
    const opening = days.find((d) => d.start >= p.start && d.start <= p.start + 60 && EVENT_CUES.has(d.raw.cue) && !isIssueDate(d, p) && !planned(d));
    if (opening) return opening.value;
    // "Thực hiện Kế hoạch số 12-KH/HU …, ngày 14/5, Đảng ủy xã tổ chức …": a day opening a clause of the first sentence.
    const clause = days.find((d) => inFirstSentence(d) && d.raw.cue === "ngày" && CLAUSE_DAY_BEFORE.test(p.text.slice(Math.max(0, d.start - p.start - 12), d.start - p.start)) && /^\s*,/u.test(p.text.slice(d.end - p.start)) && !isIssueDate(d, p) && !planned(d));
    if (clause) return clause.value;
  }
  const first = body[0];
  const issuing = first ? first.text.search(/ban hành/iu) : -1;
  if (first && issuing >= 0) {
    // The document issued is the one named after "ban hành", not one it implements before it
    // ("Thực hiện Quyết định … ngày 12/4, UBND huyện ban hành Kế hoạch … ngày 2/5").
    const inFirst = (m: Span) => m.start >= first.start && m.end <= first.end;
    const after = first.start + issuing;
    let issued: Directive | undefined;
    let at = Infinity;
    for (const d of directives) {
      if (!d.date) continue;
      for (const m of d.mentions) if (inFirst(m) && m.start >= after && m.start < at) [issued, at] = [d, m.start];
    }
    issued ??= directives.find((d) => d.date && d.mentions.some(inFirst));
    if (issued?.date) return issued.date;
  }
  return published;
}

/** The calendar day `days` after `day` (both `YYYY-MM-DD`); null when `day` is none. */
function dayAfter(day: string, days: number): string | null {
  const t = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(t.getTime())) return null;
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** One article for {@link extractMany}: its raw text (or HTML converted to text) and what the caller knows of it. */
export interface ExtractInput {
  text: string;
  context?: ExtractContext;
}

/** What {@link extractMany} gives for one input: its record, or the error that stopped it. */
export type ExtractOutcome = { ok: true; record: ArticleRecord } | { ok: false; error: Error };

/** An article on its way through the stages: what each stage has found so far. */
interface Work {
  raw: string;
  context: ExtractContext;
  written: string;
  text: string;
  seg: Segmentation;
  fromText: { value: string; line: Paragraph } | null;
  published: string | null;
  content: Span[];
  directives: Directive[];
  resolved: ResolvedDate[];
  officials: Official[];
  deadlines: Deadline[];
  error: Error | null;
}

/**
 * Articles read together, stage by stage: every article of a batch is normalized and
 * segmented, then every one read for directives, then dates, officials and deadlines. The
 * records are what {@link extract} gives each article alone; reading a batch one stage at a
 * time keeps each stage's code and patterns hot, so a batch of 64 articles takes about a
 * fifth less time than the same articles one after the other (`npm run bench:extract`).
 */
const BATCH = 64;

/**
 * Extracts the records of many articles, as {@link extract} does each, faster in bulk. An
 * article whose extraction throws gets its error in its outcome; the others are not affected.
 *
 * @example extractMany([{ text: "Đống Đa họp\nQuận ủy quán triệt Chỉ thị số 39-CT/TW." }]).map((o) => o.ok && o.record.directives[0]?.id)
 * // ["39-CT/TW"]
 */
export function extractMany(inputs: readonly ExtractInput[]): ExtractOutcome[] {
  const out: ExtractOutcome[] = [];
  for (let from = 0; from < inputs.length; from += BATCH) {
    const batch = inputs.slice(from, from + BATCH).map(startWork);
    for (const stage of STAGES) {
      for (const w of batch) {
        if (w.error) continue;
        try {
          stage(w);
        } catch (err) {
          w.error = err instanceof Error ? err : new Error(String(err));
        }
      }
    }
    for (const w of batch) {
      if (w.error) out.push({ ok: false, error: w.error });
      else {
        try {
          out.push({ ok: true, record: assemble(w) });
        } catch (err) {
          out.push({ ok: false, error: err instanceof Error ? err : new Error(String(err)) });
        }
      }
    }
  }
  return out;
}

function startWork(input: ExtractInput): Work {
  return {
    raw: input.text, context: input.context ?? {}, written: "", text: "", seg: { paragraphs: [], title: null, authors: [], signers: [] },
    fromText: null, published: null, content: [], directives: [], resolved: [], officials: [], deadlines: [], error: null,
  };
}

/** The stages in order; each reads what the ones before it found. */
const STAGES: ReadonlyArray<(w: Work) => void> = [
  // Normalization, paragraphs and the publication date.
  (w) => {
    w.written = normalizeText(w.raw);
    // Every extractor reads one spelling; what the record shows is sliced from the text as
    // written, at the same offsets (folding keeps lengths).
    w.text = foldSpelling(w.written);
    const title = w.context.title ? foldSpelling(w.context.title.normalize("NFC")) : null;
    w.seg = segmentParagraphs(w.text, { title, boilerplateHashes: w.context.boilerplateHashes });
    const given = isCalendarDay(w.context.published) ? w.context.published : null;
    w.fromText = publishedFromText(w.text, w.seg.paragraphs);
    w.published = given ?? w.fromText?.value ?? null;
    w.content = w.seg.paragraphs.filter((p) => CONTENT_KINDS.has(p.kind));
  },
  // Directives, then dates (which leave document numbers alone): one after the other on one
  // text, as they share its scan of digit runs.
  (w) => {
    w.directives = findDirectives(w.text, w.content);
  },
  (w) => {
    const numbers: Span[] = [];
    for (const d of w.directives) if (d.id) for (const m of d.mentions) numbers.push(m);
    const dateRegions = w.fromText ? [...w.content, w.fromText.line].sort((a, b) => a.start - b.start) : w.content;
    w.resolved = findDates(w.text, dateRegions, numbers, { published: w.published });
  },
  (w) => {
    w.officials = withSigners(findOfficials(w.text, w.content), w.seg.signers);
  },
  (w) => {
    w.deadlines = findDeadlines(w.text, w.resolved, w.content);
  },
];

/** The record of an article whose stages have all run. */
function assemble(w: Work): ArticleRecord {
  const { written, text, seg, context, published, directives, officials, resolved, deadlines } = w;
  const asWritten = <T extends Span>(s: T): T => ({ ...s, text: written.slice(s.start, s.end) });
  // Where folding changed nothing, a phrase reads the same as written.
  const unfolded = text === written;
  const phrase = (s: string | null, near = 0): string | null => {
    if (!s || unfolded) return s;
    const at = text.indexOf(s, Math.max(0, near - 2000));
    const i = at >= 0 ? at : text.indexOf(s);
    return i >= 0 ? written.slice(i, i + s.length) : s;
  };
  const body = seg.paragraphs.filter((p) => p.kind === "body");
  return {
    title: context.title ? context.title.normalize("NFC").trim() : phrase(seg.title),
    published,
    eventDate: eventDateOf(body, resolved, directives, deadlines, published, published !== null && published === context.published),
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

/**
 * Extracts the record of one article from its text (or its HTML converted to text).
 *
 * @example extract("Đống Đa họp\nChiều 13/11/2014, Quận ủy quán triệt Chỉ thị số 39-CT/TW.").directives[0].id
 * // "39-CT/TW"
 */
export function extract(raw: string, context: ExtractContext = {}): ArticleRecord {
  const [outcome] = extractMany([{ text: raw, context }]);
  if (!outcome!.ok) throw outcome!.error;
  return outcome!.record;
}
