/**
 * Dates: every explicit day, month and quarter, normalized to `YYYY-MM-DD`, `YYYY-MM` or
 * `YYYY-Qn`; dates written without a year resolved from the publication date or the
 * article's own years.
 */
import { isCalendarDay } from "./calendar-day.ts";
import { ALPHA, LETTER, NotAfterLetter, RegionIndex, endsSentence, SPACE, UnitMarks, charClass, codePointWidth, digitRuns, matchesAt, runsIn, scanWindows, stickyOf, unitClass, wordStartsBefore } from "./scan.ts";
import type { DateMention, Span } from "./types.ts";
import { TYPE_WORDS } from "./patterns/documents.ts";

/** A date as read, before its year is known. */
export interface RawDate extends Span {
  kind: "day" | "month" | "quarter";
  day: number | null;
  month: number | null;
  quarter: number | null;
  /** Null when the text gives no year. */
  year: number | null;
  /** The word before the date ("chiều", "ngày", "trước", "từ" …), lower-cased, or "". */
  cue: string;
  /**
   * A year named relatively after a date without one: 0 for "năm nay" (the publication's), 1 for
   * "năm sau" / "năm tới", -1 for "năm ngoái" / "năm trước" (from the year the text is about,
   * see `shiftedYear`); null when none is.
   */
  shift: number | null;
}

/** What resolves a year that the text leaves out. */
export interface DateContext {
  /** Publication date `YYYY-MM-DD`. */
  published?: string | null;
}

/** A year stated somewhere in the text, used to resolve dates written without one. */
interface YearAnchor {
  year: number;
  /** 1: a full date or "năm YYYY"; 2: a year inside a number or a term range. */
  rank: 1 | 2;
}

const MONTH_WORDS: Readonly<Record<string, number>> = {
  Một: 1, Hai: 2, Ba: 3, Tư: 4, Năm: 5, Sáu: 6, Bảy: 7, Tám: 8, Chín: 9, Mười: 10, "Mười một": 11, "Mười Một": 11, "Mười hai": 12, "Mười Hai": 12,
};
const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** Words that may stand right before a yearless day ("Chiều 13/11", "trước 30/6"). */
const DAY_CUE = "(?:sáng|chiều|tối|trưa|đêm|rạng sáng|ngày|hôm|từ|đến|tới|trước|sau|nay|qua|mùng|mồng|cuối|đầu|hạn|nhất|là|dịp|niệm|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)";
const SEP = "\\s*[/.-]\\s*";
const D = "(\\d{1,2})";
const Y = "(\\d{4})";

/** `ngày 13 tháng 11 năm 2014`, `13 tháng 11 năm 2014`, `ngày 13 tháng 11` */
const DAY_WORDS = new RegExp(`${D}\\s+tháng\\s+${D}(?:\\s*(?:năm|,)\\s*${Y})?(?![\\d])`, "giu");
/** `các ngày 13 và 14 tháng 11 năm 2014` */
const DAY_WORDS_LIST = new RegExp(`${D}((?:\\s*(?:,|và)\\s*\\d{1,2}(?!\\d)){1,6})\\s+tháng\\s+${D}(?:\\s*(?:năm|,)\\s*${Y})?(?![\\d])`, "giu");
/** `quý I và quý II/2015`, `quý I, II/2015` */
const QUARTER_LIST = new RegExp(`[qQ]uý\\s+(IV|I{1,3}|[1-4])((?:\\s*(?:,|và|-|đến)\\s*(?:[qQ]uý\\s+)?(?:IV|I{1,3}|[1-4])(?![\\p{L}\\d])){1,3})(?:(?:${SEP}|\\s*,?\\s*năm\\s+)${Y}(?![\\d]))?`, "gu");
/**
 * What may not follow a day and month read without a year: more digits or another separator
 * and digits ("25/5/2024", "25/5 - 2024"). A sentence's full stop before the next sentence's
 * number may ("trước ngày 25/5. 100% chi bộ …"), unless that number is a year ("25/5. 2024").
 */
const NO_YEAR_AFTER = "(?![\\d]|\\s*\\/\\s*\\d|\\s*-\\s*\\d(?!\\d?\\s*(?:[/.]\\s*\\d|h(?![\\p{L}])|giờ))|\\s*\\.\\d|\\s*\\.\\s+\\d{4}(?!\\d))";
/** A day right after a date, joined to it: "13/11 và 14/11", "ngày 19/8, 20/8". */
const CHAINED_DAY = new RegExp(`^\\s*(?:,|và|đến|tới|-)\\s*(?:ngày\\s+)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})${NO_YEAR_AFTER}`, "iu");
/** `29/10/2014`, `17-4-2012`, `01.8.1930` */
const DAY_NUMERIC = new RegExp(`${D}\\s*([/.-])\\s*${D}\\s*\\2\\s*${Y}(?![\\d]|[/.]\\d)`, "gu");
/** What opens a day list before its first digit: its cue (group 1 where captured), or a "(" with or without one. */
const dayListLead = (cue: string) => `(?:${cue}(?:\\s+|\\s*\\(\\s*)|\\(\\s*)(?:ngày\\s+)?`;
/** `ngày 10 và 11-2`, `chiều 16 và sáng 17.10`, `từ 23-25.9`, `ngày 19, 20/8/2015`, `trong 2 ngày (18 - 19/12/2023)` */
const DAY_LIST = new RegExp(
  `${dayListLead(`(${DAY_CUE})`)}(?<!\\d)${D}(?!\\d)((?:\\s*(?:,|và|-|đến)\\s*(?:(?:sáng|chiều|tối|trưa|ngày)\\s+)?\\d{1,2}(?!\\d)){1,6})${SEP}${D}(?:${SEP}${Y})?(?![\\d]|[/.-]\\d)`,
  "giu",
);
/** `Chiều 13/11`, `Sáng nay (01.8)`, `trước 30/6`, `chậm nhất ngày 30/6` */
const DAY_YEARLESS = new RegExp(`${D}${SEP}${D}${NO_YEAR_AFTER}`, "gu");
/** The cue a yearless day needs before it, read from the text before its digits. */
const YEARLESS_CUE = new RegExp(`(?:^|[^\\p{L}\\p{M}])(${DAY_CUE})\\s*,?\\s*(?:ngày\\s*)?\\(?$`, "iu");
const NOT_AFTER_DIGIT = /[\d/.,-]/u;
/** `tháng 12/2014`, `tháng 12-2014`, `tháng 12 năm 2014` */
const MONTH_YEAR = new RegExp(`tháng\\s+${D}(?:${SEP}|\\s*,?\\s*năm\\s+)${Y}(?![\\d])`, "giu");
/** `tháng 9, 10 và 11-2012`, `tháng 7 và 8`, `tháng 5 - 6/2024` (a listed month is no day: "tháng 11, 12/11" is not one) */
const MONTH_LIST = new RegExp(`tháng\\s+${D}((?:\\s*(?:,|và|-|đến)\\s*\\d{1,2}(?!\\d|[/.](?!\\d{4}(?!\\d))\\d)){1,11})(?:(?:${SEP}|\\s*,?\\s*năm\\s+)${Y}(?![\\d]))?`, "giu");
/** `tháng 7`, `tháng Tám`, `tháng Tám năm 2020` (not "tháng Giêng", "tháng Chạp": lunar months by name) */
const MONTH_ALONE = new RegExp(
  `[tT]háng\\s+(\\d{1,2}|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười một|Mười Một|Mười hai|Mười Hai|Mười)(?![\\p{L}\\d]|[/.-]\\d)(?!\\s+(?:lần|ngày|buổi|đợt|kỳ|tuần|tháng)(?![\\p{L}]))(?:\\s*,?\\s*năm\\s+${Y})?`,
  "gu",
);
/** Events named by their month, right before a month word: "Cách mạng Tháng Tám". */
const EVENT_NAMED_BY_MONTH = /(?:[cC]ách mạng|[kK]hởi nghĩa)\s+$/u;
/** `quý II/2012`, `quý III năm 2017`, `quý IV` */
const QUARTER = new RegExp(`[qQ]uý\\s+(IV|I{1,3}|[1-4])(?![\\p{L}\\d])(?:(?:${SEP}|\\s*,?\\s*năm\\s+)${Y}(?![\\d]))?`, "gu");
/** A lunar date: not mapped to the calendar. */
const LUNAR = /^[\s,(]{0,3}(?:(?:năm\s+\p{L}+\s+)?(?:âm lịch|âm|ÂL)|năm\s+(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi))(?![\p{L}])/iu;
/** The year in words after a day and month: "2/9 năm 2024", "30-4, năm 2024". */
const YEAR_IN_WORDS_AFTER = /^\s*,?\s*năm\s+((?:19|20)\d{2})(?!\d)/u;
/** The year stated in words right after a day and month ending at `end`, and the length of its words; else null. */
function statedYear(text: string, end: number): { year: number; length: number } | null {
  // Most dates have no "năm" after them: no regex run then (normalized text has no runs of spaces).
  if (codeAfterSeparators(text, end) !== 110) return null;
  const m = YEAR_IN_WORDS_AFTER.exec(text.slice(end, end + 16));
  return m ? { year: Number(m[1]), length: m[0].length } : null;
}
/** A year named relatively, after a date: "tháng 1 năm sau", "ngày 15/3 năm nay". */
const RELATIVE_YEAR_AFTER = /^\s*,?\s*năm\s+(nay|sau|tới|tiếp theo|kế tiếp|ngoái|trước)(?![\p{L}\p{M}])/u;
const YEAR_SHIFT: Readonly<Record<string, number>> = { nay: 0, sau: 1, "tới": 1, "tiếp theo": 1, "kế tiếp": 1, "ngoái": -1, "trước": -1 };
/** The relative year after `end`, if any: its shift and the length of its words. */
function relativeYear(text: string, end: number): { shift: number; length: number } | null {
  // Most dates have no "n" of "năm" after them: no regex run then.
  if (codeAfterSeparators(text, end) !== 110) return null;
  const m = RELATIVE_YEAR_AFTER.exec(text.slice(end, end + 24));
  return m ? { shift: YEAR_SHIFT[m[1]!]!, length: m[0].length } : null;
}
/** A count after a yearless "D/M" makes it a fraction or a range: "10/12 xã", "từ 2-3 lần". */
const COUNTED_AFTER =
  /^\s*(?:%|xã|phường|thị trấn|huyện|quận|tỉnh|đơn vị|đảng bộ|chi bộ|tổ chức|cơ sở|người|đảng viên|trường|hộ|thôn|bản|ấp|khu|tổ|cơ quan|doanh nghiệp|đồng chí|cán bộ|chỉ tiêu|tiêu chí|nội dung|đại biểu|phiếu|ý kiến|lượt|lớp|lần|ngày|năm|tháng|tuần|giờ|phút|buổi|đợt|kỳ|km|ha|tỷ|triệu|nghìn|ngàn|điểm|vòng|bước|mô hình|công trình|dự án|sản phẩm|em|học sinh|hội viên|thành viên|trường hợp|vụ|lần|người)(?![\p{L}])/iu;
/** The char code at `at` past at most three spaces, commas and "(": what may open the word after a date. */
function codeAfterSeparators(text: string, at: number): number {
  let j = at;
  for (let c = text.charCodeAt(j); j < at + 3 && (c === 44 || c === 40 || unitClass(c) & SPACE); c = text.charCodeAt(++j));
  return text.charCodeAt(j);
}
/**
 * False where LUNAR cannot match at `at`: past at most three of its leading spaces, commas and
 * "(", it needs "â"/"Â" ("âm", "ÂL") or "n"/"N" ("năm Giáp Ngọ âm lịch").
 */
function mayBeLunar(text: string, at: number): boolean {
  const c = codeAfterSeparators(text, at);
  return c === 0xe2 || c === 0xc2 || c === 110 || c === 78;
}
/** "ngày 13 tháng 11": the cue word before a day written in words belongs to its span. */
const DAY_WORD_CUE = /(?:ngày|mùng|mồng)\s+$/iu;
/** What may not stand right before each pattern's first character. */
const NOT_AFTER_DIGIT_OR_LETTER = /[\d\p{L}\p{M}]/u;
const NOT_AFTER_NUMBER = /[\d/.,]/u;
/** "tháng 7" after a count is a duration: "6 tháng", "9 tháng 7 ngày". */
const afterCountOrLetter = (t: string, i: number) => (i > 0 && LETTER.test(t[i - 1]!)) || /\d\s?$/u.test(t.slice(Math.max(0, i - 2), i));

/** Before a day list's first digit: its cue ("chiều 16 và sáng 17.10"), for trying DAY_LIST only there. */
const DAY_LIST_BEHIND = new RegExp(`(?<=${dayListLead(DAY_CUE)})\\d`, "iuy");
/** Before a month's digits: "tháng " (MONTH_YEAR, MONTH_LIST). */
const MONTH_BEHIND = /(?<=tháng\s+)\d/iuy;

/** The sticky twin of each scanning pattern, tried at candidate positions only. */
const STICKY = new Map([DAY_WORDS_LIST, DAY_WORDS, DAY_LIST, DAY_NUMERIC, MONTH_YEAR, MONTH_LIST, DAY_YEARLESS, QUARTER_LIST, QUARTER, MONTH_ALONE].map((re) => [re, stickyOf(re)]));

/** The positions inside `windows` where `first` (an ASCII letter, in either case) stands before `rest`. */
function wordAt(text: string, windows: readonly number[], first: string, rest: string): number[] {
  const out: number[] = [];
  const upper = first.toUpperCase().charCodeAt(0), lower = first.charCodeAt(0);
  // The next occurrence of `rest` not yet looked at; searches only move on, window after window.
  let next = 0;
  for (let w = 0; w < windows.length && next !== -1; w += 2) {
    const from = windows[w]!, to = windows[w + 1]!;
    if (next < from + 1) next = text.indexOf(rest, from + 1);
    for (; next !== -1 && next - 1 < to; next = text.indexOf(rest, next + 1)) {
      const c = text.charCodeAt(next - 1);
      if (c === upper || c === lower) out.push(next - 1);
    }
  }
  return out;
}

/**
 * Where each date pattern can start inside the windows of one text, each list found once:
 * every pattern starts at a run of one or two digits ("D" is `\d{1,2}` not after a digit),
 * at the words right before one, or at "tháng" / "quý".
 */
class DateStarts {
  private runs: number[] | null = null;
  private readonly lists = new Map<RegExp, number[]>();

  constructor(private readonly text: string, private readonly windows: readonly number[]) {}

  of(re: RegExp): number[] {
    if (re === MONTH_ALONE) return this.memo(re, () => wordAt(this.text, this.windows, "t", "háng"));
    if (re === QUARTER || re === QUARTER_LIST) return this.memo(QUARTER, () => wordAt(this.text, this.windows, "q", "uý"));
    if (re === DAY_LIST) return this.memo(re, () => this.afterWords(DAY_LIST_BEHIND, 4, true));
    if (re === MONTH_YEAR || re === MONTH_LIST) return this.memo(MONTH_YEAR, () => this.afterWords(MONTH_BEHIND, 1));
    // What the digits run into, checked in code: "13/11", "13 tháng 11", "13 và 14 tháng 11".
    if (re === DAY_NUMERIC || re === DAY_YEARLESS) return this.memo(DAY_NUMERIC, () => this.followedBy(0, (c) => c === 47 || c === 46 || c === 45));
    if (re === DAY_WORDS) return this.memo(re, () => this.followedBy(1, (c) => c === 116 || c === 84));
    return this.memo(DAY_WORDS_LIST, () => this.followedBy(0, (c) => c === 44 || c === 118 || c === 86));
  }

  private memo(key: RegExp, make: () => number[]): number[] {
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = make()));
    return list;
  }

  /** The runs of one or two digits, as flat [start, length] pairs. */
  private shortRuns(): number[] {
    return (this.runs ??= runsIn(this.text, this.windows, 2));
  }

  /** The starts of the short runs after which, past at least `spaces` spaces, comes a character `next` accepts. */
  private followedBy(spaces: number, next: (c: number) => boolean): number[] {
    const out: number[] = [];
    const runs = this.shortRuns();
    for (let i = 0; i < runs.length; i += 2) {
      let at = runs[i]! + runs[i + 1]!;
      const from = at;
      while (at < this.text.length && unitClass(this.text.charCodeAt(at)) & SPACE) at++;
      if (at - from >= spaces && next(this.text.charCodeAt(at))) out.push(runs[i]!);
    }
    return out;
  }

  /**
   * The last `words` word starts before each short run after a space that `behind` (a sticky
   * lookbehind) accepts; with `bracket`, also before a run just inside "(", and the "(" itself.
   */
  private afterWords(behind: RegExp, words: number, bracket = false): number[] {
    const out: number[] = [];
    const runs = this.shortRuns();
    const text = this.text;
    for (let i = 0; i < runs.length; i += 2) {
      const at = runs[i]!;
      let open = at;
      while (open > 0 && unitClass(text.charCodeAt(open - 1)) & SPACE) open--;
      const inBracket = bracket && open > 0 && text.charCodeAt(open - 1) === 40;
      if (!inBracket && open === at) continue;
      behind.lastIndex = at;
      if (!behind.test(text)) continue;
      if (!inBracket) for (const s of wordStartsBefore(text, at, words)) out.push(s);
      else out.push(...wordStartsBefore(text, open - 1, words), open - 1);
    }
    return out;
  }
}

const pad = (n: number) => String(n).padStart(2, "0");

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(month: number, year: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

function validDay(day: number, month: number, year: number | null): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysIn(month, year ?? 2000);
}

// From 1800: anniversaries cite the 19th century in full ("19/5/1890 - 19/5/2025", Hồ Chí Minh's birth).
const validYear = (y: number | null) => y === null || (y >= 1800 && y <= 2100);

/** The marks behind {@link Coverage}: one reading of one text at a time. */
const COVERAGE_MARKS = new UnitMarks();

/** Marks which code units of the text are already read (or masked), so no date is read twice. */
class Coverage {
  private readonly bits: Uint8Array;
  constructor(length: number) {
    this.bits = COVERAGE_MARKS.reset(length);
  }
  /** True when any unit of [start, end) is covered. */
  covers(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.bits[i]) return true;
    return false;
  }
  mark(start: number, end: number): void {
    this.bits.fill(1, start, end);
  }
}

/**
 * Reads every date in `text` between `regions` (the spans to read, e.g. body paragraphs),
 * skipping `masked` spans (document numbers). Years stay null where the text omits them.
 */
function readDates(text: string, regions: readonly Span[], masked: readonly Span[] = []): RawDate[] {
  const found: RawDate[] = [];
  const taken = new Coverage(text.length);
  for (const m of masked) taken.mark(m.start, m.end);
  const add = (d: Omit<RawDate, "text" | "shift">) => {
    if (!validYear(d.year)) return;
    if (mayBeLunar(text, d.end) && LUNAR.test(text.slice(d.end, d.end + 24))) return;
    // "tháng 1 năm sau": the relative year is part of the date's span.
    const relative = d.year === null ? relativeYear(text, d.end) : null;
    const end = relative ? d.end + relative.length : d.end;
    // One shape for every date read, whichever pattern read it.
    found.push({ start: d.start, end, kind: d.kind, day: d.day, month: d.month, year: d.year, quarter: d.quarter, cue: d.cue, shift: relative?.shift ?? null, text: text.slice(d.start, end) });
  };
  // Each pattern is tried where it can start (digits, "tháng", "quý"); a match counts inside one region only.
  const index = new RegionIndex(regions);
  if (index.empty) return found;
  let region: Span = regions[0]!;
  const starts = new DateStarts(text, scanWindows(text, regions));
  {
    const run = (re: RegExp, read: (m: RegExpExecArray, start: number, end: number) => void) => {
      // (A text without digits, "tháng" or "quý" gives a pattern no place to start: nothing to test first.)
      const notAfter = re === DAY_YEARLESS ? NOT_AFTER_DIGIT : re === DAY_WORDS || re === DAY_WORDS_LIST ? NOT_AFTER_DIGIT_OR_LETTER : re === DAY_NUMERIC ? NOT_AFTER_NUMBER : re === MONTH_ALONE ? afterCountOrLetter : LETTER;
      for (const m of matchesAt(text, STICKY.get(re)!, starts.of(re), notAfter)) {
        const start = m.index;
        const end = start + m[0].length;
        const at = index.at(start, end);
        if (!at || taken.covers(start, end)) continue;
        region = at;
        const before = found.length;
        read(m, start, end);
        // Only what was read as a date is taken; a rejected match leaves its text to others.
        if (found.length > before) taken.mark(start, end);
      }
    };
    run(DAY_WORDS_LIST, (m, start, end) => {
      const month = Number(m[3]), year = m[4] ? Number(m[4]) : null;
      const days = [Number(m[1]), ...(m[2]!.match(/\d{1,2}/g) ?? []).map(Number)];
      if (!days.every((d) => validDay(d, month, year))) return;
      for (const day of days) add({ start, end, kind: "day", day, month, year, quarter: null, cue: cueBefore(text, start) });
    });
    run(DAY_WORDS, (m, start, end) => {
      const day = Number(m[1]), month = Number(m[2]), year = m[3] ? Number(m[3]) : null;
      if (!validDay(day, month, year)) return;
      const cue = DAY_WORD_CUE.exec(text.slice(Math.max(region.start, start - 8), start));
      const from = cue ? start - cue[0].length : start;
      add({ start: from, end, kind: "day", day, month, year, quarter: null, cue: cue ? cue[0].trim().toLowerCase() : cueBefore(text, start) });
    });
    run(DAY_LIST, (m, start, end) => {
      // A list in brackets may have no cue: "(18 - 19/12/2023)".
      const cue = m[1]?.toLowerCase() ?? "";
      const month = Number(m[4]), year = m[5] ? Number(m[5]) : null;
      const days = [Number(m[2]), ...(m[3]!.match(/\d{1,2}/g) ?? []).map(Number)];
      if (!days.every((d) => validDay(d, month, year))) return;
      // A dash joins the last two days of a range ("từ 23-25.9"); before another joiner it is
      // a day and its month, and these are dates of their own ("ngày 30-4 và 1-5").
      const joiners = m[3]!.match(/,|và|đến|-/gu) ?? [];
      if (joiners.slice(0, -1).includes("-")) return;
      // The list starts at its first day (no cue word holds a digit).
      const from = start + m[0].search(/\d/u);
      for (const day of days) add({ start: from, end, kind: "day", day, month, year, quarter: null, cue });
    });
    run(DAY_NUMERIC, (m, start, end) => {
      const day = Number(m[1]), month = Number(m[3]), year = Number(m[4]);
      if (!validDay(day, month, year)) return;
      add({ start, end, kind: "day", day, month, year, quarter: null, cue: cueBefore(text, start) });
    });
    run(MONTH_YEAR, (m, start, end) => {
      const month = Number(m[1]), year = Number(m[2]);
      if (month < 1 || month > 12) return;
      add({ start, end, kind: "month", day: null, month, year, quarter: null, cue: cueBefore(text, start) });
    });
    run(MONTH_LIST, (m, start, end) => {
      const months = [Number(m[1]), ...(m[2]!.match(/\d{1,2}/g) ?? []).map(Number)];
      if (!months.every((x) => x >= 1 && x <= 12)) return;
      const year = m[3] ? Number(m[3]) : null;
      for (const month of months) add({ start, end, kind: "month", day: null, month, year, quarter: null, cue: cueBefore(text, start) });
    });
    run(DAY_YEARLESS, (m, start, end) => {
      const day = Number(m[1]), month = Number(m[2]);
      // "ngày 2/9 năm 2024": the year in words after the day and month (a full date, cue or not).
      const stated = statedYear(text, end);
      const year = stated?.year ?? null;
      if (!validDay(day, month, year)) return;
      const cue = YEARLESS_CUE.exec(text.slice(Math.max(region.start, start - 32), start));
      if (!stated && (!cue || (COUNTED_AFTER.test(text.slice(end, end + 20)) && !relativeYear(text, end)))) return;
      add({ start, end: end + (stated?.length ?? 0), kind: "day", day, month, year, quarter: null, cue: cue ? cue[1]!.toLowerCase() : cueBefore(text, start) });
    });
    run(QUARTER_LIST, (m, start, end) => {
      const quarters = [m[1]!, ...(m[2]!.match(/IV|I{1,3}|[1-4]/g) ?? [])].map((q) => ROMAN[q]!);
      const year = m[3] ? Number(m[3]) : null;
      for (const quarter of quarters) add({ start, end, kind: "quarter", day: null, month: null, quarter, year, cue: cueBefore(text, start) });
    });
    run(QUARTER, (m, start, end) => {
      add({ start, end, kind: "quarter", day: null, month: null, quarter: ROMAN[m[1]!]!, year: m[2] ? Number(m[2]) : null, cue: cueBefore(text, start) });
    });
    run(MONTH_ALONE, (m, start, end) => {
      const word = m[1]!;
      const month = /^\d/.test(word) ? Number(word) : MONTH_WORDS[word];
      if (!month || month < 1 || month > 12) return;
      // "Cách mạng Tháng Tám", "Tổng khởi nghĩa tháng Tám": a name, not a month of some year.
      if (!m[2] && !/^\d/.test(word) && EVENT_NAMED_BY_MONTH.test(text.slice(Math.max(0, start - 24), start))) return;
      add({ start, end, kind: "month", day: null, month, year: m[2] ? Number(m[2]) : null, quarter: null, cue: cueBefore(text, start) });
    });
    // Days joined to a date just read: "Ngày 13/11 và 14/11".
    for (let i = 0; i < found.length; i++) {
      const prev = found[i]!;
      const at = prev.kind === "day" ? index.at(prev.start, prev.end) : null;
      if (!at) continue;
      region = at;
      const chain = CHAINED_DAY.exec(text.slice(prev.end, Math.min(region.end, prev.end + 24)));
      if (!chain) continue;
      const start = prev.end + chain[0].search(/\d/u), end = prev.end + chain[0].length;
      const day = Number(chain[1]), month = Number(chain[2]);
      const stated = statedYear(text, end);
      const year = stated?.year ?? null;
      if (taken.covers(start, end) || !validDay(day, month, year) || (!stated && COUNTED_AFTER.test(text.slice(end, end + 20)))) continue;
      const until = end + (stated?.length ?? 0);
      add({ start, end: until, kind: "day", day, month, year, quarter: null, cue: prev.cue });
      taken.mark(start, until);
    }
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The word right before `at`, lower-cased ("trước", "trong", "chiều"). */
function cueBefore(text: string, at: number): string {
  const word = lastWordBefore(text, at);
  // A weekday between the time of day and the date is no cue of its own: "Sáng thứ Tư (12/11)",
  // "Chiều thứ Hai, 13/5" are dated by "sáng", "chiều" (else by the weekday: "thứ tư").
  if (word === "" || WEEKDAY_WORDS.has(word)) {
    const weekday = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, at - 28), at));
    if (weekday) return (weekday[1] ?? `${weekday[2]} ${weekday[3]}`).toLowerCase();
  }
  return word;
}

/** The words that name a weekday after "thứ" or "chủ". */
const WEEKDAY_WORDS = new Set(["hai", "ba", "tư", "năm", "sáu", "bảy", "nhật"]);
/** A weekday right before a date, with the time of day before it when written: "Sáng thứ Tư (", "chủ nhật, ". */
const WEEKDAY_BEFORE = /(?:(?<![\p{L}])(sáng|chiều|tối|trưa|đêm)\s+)?(?<![\p{L}])(thứ|chủ)\s+(hai|ba|tư|năm|sáu|bảy|nhật)\s*[(,]?\s*(?:ngày\s*)?$/iu;

/** The last word in the 16 characters before `at`, lower-cased (what `/([\p{L}]+)\s*$/u` finds there), or "". */
function lastWordBefore(text: string, at: number): string {
  // Read backwards in place.
  const from = Math.max(0, at - 16);
  let end = at;
  while (end > from && unitClass(text.charCodeAt(end - 1)) & SPACE) end--;
  let start = end;
  while (start > from) {
    const c = text.charCodeAt(start - 1);
    if (c >= 0xdc00 && c <= 0xdfff) {
      // A letter outside the BMP counts whole, and only when both halves are inside the 16.
      if (start - 2 >= from && charClass(text, start - 2) & ALPHA && codePointWidth(text, start - 2) === 2) start -= 2;
      else break;
    } else if (unitClass(c) & ALPHA) start--;
    else break;
  }
  return start < end ? text.slice(start, end).toLowerCase() : "";
}

/** Words before a year or date that point ahead of the article's own time: targets and due dates. */
const AHEAD = /(?:đến|tới|tầm nhìn|trước|sau|chậm nhất|muộn nhất|hạn|giai đoạn|mục tiêu|phấn đấu)\s*(?:năm|ngày|tháng)?\s*$/iu;

/** The years the text states as its own time: dates and "năm YYYY" (rank 1), numbers and terms (rank 2). */
function yearAnchors(text: string, dates: readonly RawDate[]): YearAnchor[] {
  const ahead = (at: number) => AHEAD.test(text.slice(Math.max(0, at - 24), at));
  const anchors: YearAnchor[] = dates
    .filter((d) => d.year !== null && !ahead(d.start))
    .map((d) => ({ year: d.year!, rank: 1 as const }));
  for (const at of yearsIn(text, 1950)) {
    const before = text.slice(Math.max(0, at - 8), at);
    if (ahead(at)) continue;
    // The end of a range ("2020 - 2025") is a term's end, not the article's time.
    if (/\d{4}\s*-\s*$/u.test(before)) continue;
    anchors.push({ year: Number(text.slice(at, at + 4)), rank: /năm\s*$/iu.test(before) ? 1 : 2 });
  }
  // "Tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW ngày 4/11/2013", "Sau 8 năm thi hành Luật số
  // 19/2010/QH12": the article's time is that many years after the document's own year.
  for (const m of text.matchAll(YEARS_OF_WORK)) {
    const years = Number(m[1]);
    if (years >= 1 && years <= 60) anchors.push({ year: Number(m[2] ?? m[3]) + years, rank: 1 });
  }
  return anchors;
}

/** The document type words, longest first, as one alternation ("Nghị quyết", "Luật" …). */
const DOCUMENT_WORDS = [...new Set(TYPE_WORDS.map(([w]) => w))].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");

/**
 * Years of work on a document with its year in its number or its issue date: "10 năm thực hiện
 * Nghị quyết số 29-NQ/TW ngày 4/11/2013", "5 năm thi hành Luật số 80/2015/QH13" (group 1 the
 * years; group 2 the year of the issue date, or group 3 the year inside the number).
 */
const YEARS_OF_WORK = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})\s+năm\s+(?:thực hiện|triển khai|thi hành)\s+(?:${DOCUMENT_WORDS})(?![\p{L}])[^,;.\n]{0,40}?` +
    String.raw`(?:(?<!từ\s)ngày\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19[5-9]|20\d)\d)(?!\d)|\d{1,4}\s*\/\s*((?:19[5-9]|20\d)\d)\s*\/)`,
  "giu",
);

/**
 * Where a year from `min` to 2099 stands in the text: a run of exactly four digits (a longer
 * number holds no year), what `/(19[5-9]\d|20\d\d)(?!\d)/` not after a digit finds for 1950.
 */
function yearsIn(text: string, min: number): number[] {
  const runs = digitRuns(text);
  const out: number[] = [];
  for (let i = 0; i < runs.length; i += 2) {
    if (runs[i + 1] !== 4) continue;
    const at = runs[i]!;
    const year = Number(text.slice(at, at + 4));
    if (year >= min && year <= 2099) out.push(at);
  }
  return out;
}

/** Where a sentence ends: ";", "!", "?", a line break, or a "." not before a digit. */
const SENTENCE_END = /[;!?\n]|\.(?!\d)/g;
/** "năm " right before a position. */
const YEAR_WORD_BEHIND = /(?<=năm\s+)/uy;

/**
 * The year for a date written without one: the publication year (the year before for a
 * past event that would fall months after publication); without a publication date, the
 * latest year the article states as its own time (a report comes after every earlier
 * date it cites), else the latest year of its numbers and terms.
 */
function resolveYear(d: RawDate, anchors: () => readonly YearAnchor[], published: Date | null, ahead: () => boolean = () => false): number | null {
  if (published) {
    const year = published.getUTCFullYear();
    const month = d.month ?? (d.quarter ? d.quarter * 3 - 2 : 1);
    const pubMonth = published.getUTCMonth() + 1;
    if (month - pubMonth >= 6 && !/^(trước|đến|tới|hạn|nhất|là)$/u.test(d.cue) && !ahead()) return year - 1;
    return year;
  }
  for (const rank of [1, 2] as const) {
    let best: number | null = null;
    for (const a of anchors()) if (a.rank === rank && (best === null || a.year > best)) best = a.year;
    if (best !== null) return best;
  }
  return null;
}

/**
 * The year of a date named with a relative year: "năm nay" is the publication's; "năm sau" and
 * "năm ngoái" count from the year the sentence is about, else from the publication's, else from
 * the article's own years.
 */
function shiftedYear(shift: number, sentenceYear: number | null | undefined, published: Date | null, ownYears: () => number | null): number | null {
  const base = shift === 0 ? (published?.getUTCFullYear() ?? sentenceYear ?? ownYears()) : (sentenceYear ?? published?.getUTCFullYear() ?? ownYears());
  return base === null || base === undefined ? null : base + shift;
}

/** Every sentence start of a text, ascending: 0 and the offset after each SENTENCE_END. */
function allSentenceStarts(text: string): number[] {
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  while (SENTENCE_END.test(text)) starts.push(SENTENCE_END.lastIndex);
  return starts;
}

/** The "năm YYYY" a text states, sentence by sentence: read once per text. */
class SentenceYears {
  /** Sentence start offsets, ascending: found only once the walks back have read as much as the text. */
  private starts: number[] | null = null;
  /** Characters read walking back from positions to their sentence's start (see {@link sentenceOf}). */
  private walked = 0;
  private readonly years = new Map<number, Array<{ at: number; year: number }>>();

  constructor(readonly text: string) {
    // "năm 2015": a year of 19xx or 20xx after "năm " (which does not end a longer word).
    for (const year of yearsIn(text, 1900)) {
      YEAR_WORD_BEHIND.lastIndex = year;
      if (!YEAR_WORD_BEHIND.test(text)) continue;
      let at = year;
      while (unitClass(text.charCodeAt(at - 1)) & SPACE) at--;
      at -= "năm".length;
      if (at > 0 && LETTER.test(text[at - 1]!)) continue;
      if (AHEAD.test(text.slice(Math.max(0, at - 24), at))) continue;
      const s = this.sentenceOf(at);
      const list = this.years.get(s) ?? [];
      list.push({ at, year: Number(text.slice(year, year + 4)) });
      this.years.set(s, list);
    }
  }

  /**
   * The start of the sentence holding `at`: just after the last end (SENTENCE_END) before it,
   * else 0. A text is asked about a few positions, so each is walked back from; once the
   * walks have read more than the text, every sentence start is found in one scan instead.
   */
  private sentenceOf(at: number): number {
    if (this.starts === null && this.walked <= 2 * this.text.length) {
      const t = this.text;
      let p = at - 1;
      for (; p >= 0; p--) {
        const c = t.charCodeAt(p);
        // ";" "!" "?" "\n", or "." not before an ASCII digit.
        if (c === 59 || c === 33 || c === 63 || c === 10) break;
        if (c === 46) {
          const next = t.charCodeAt(p + 1);
          if (!(next >= 48 && next <= 57)) break;
        }
      }
      this.walked += at - p;
      return p + 1;
    }
    const starts = (this.starts ??= allSentenceStarts(this.text));
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo]!;
  }

  /** "Kế hoạch năm 2015 … trước 30/6": the year the sentence of `at` states, nearest first. */
  yearAt(at: number): number | null {
    let best: number | null = null, distance = Infinity;
    for (const y of this.years.get(this.sentenceOf(at)) ?? []) {
      const d = Math.abs(y.at - at);
      if (d < distance) [best, distance] = [y.year, d];
    }
    return best;
  }
}

/** The sentence years of the last text read (the publication line and the body are read from one text). */
let lastSentenceYears: SentenceYears | null = null;

function sentenceYearsOf(text: string): SentenceYears {
  if (lastSentenceYears?.text !== text) lastSentenceYears = new SentenceYears(text);
  return lastSentenceYears;
}

/** Cues of the time of day of the reported event ("Chiều 13/11"). */
const REPORT_TIME: ReadonlySet<string> = new Set(["sáng", "chiều", "tối", "trưa", "đêm", "hôm"]);

/** Work due in the period right before its cue: "kiểm điểm trong tháng 7 và 8", "hoàn thành vào tháng 9". */
const DUE_BEFORE = /(?:^|[^\p{L}])(?:hoàn thành|hoàn tất|xong|kiểm điểm|báo cáo|nộp|gửi)\s+(?:trong|vào|trước)\s+$/iu;
/** What is to come: "sẽ", "dự kiến", a modal of what must be done. */
const TO_COME = new NotAfterLetter(String.raw`(?:sẽ|dự kiến|phải|cần|phấn đấu)(?![\p{L}])`, "iu");
/** What has been: "đã", "vừa qua". */
const HAS_BEEN = new NotAfterLetter(String.raw`(?:đã|vừa qua)(?![\p{L}])`, "iu");

/**
 * Whether the sentence of a date speaks of what is still to come: work due in its period, or a
 * plan ("sẽ", "dự kiến", "phải") with nothing said done. A month months after publication is
 * then of the publication's year ("Các chi bộ kiểm điểm trong tháng 7 và 8", published in
 * January), not of the year before, as a past event would be. The text's sentence ends and
 * those words are found once, when a date first asks; each date then looks them up.
 */
class SentencesAhead {
  private ends: number[] | null = null;
  private toCome: number[] = [];
  private hasBeen: number[] = [];

  constructor(private readonly text: string) {}

  of(d: RawDate): boolean {
    const text = this.text;
    if ((d.cue === "trong" || d.cue === "vào" || d.cue === "trước") && DUE_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start))) return true;
    if (this.ends === null) {
      this.ends = [];
      for (let i = 0; i < text.length; i++) if (endsSentence(text, i)) this.ends.push(i);
      this.toCome = TO_COME.starts(text);
      this.hasBeen = HAS_BEEN.starts(text);
    }
    // The sentence, at most 200 characters on either side of the date.
    const k = firstAtOrAfter(this.ends, d.end);
    const to = Math.min(k < this.ends.length ? this.ends[k]! : text.length, d.end + 200);
    const before = firstAtOrAfter(this.ends, d.start) - 1;
    const from = Math.max(before >= 0 ? this.ends[before]! + 1 : 0, d.start - 200);
    const within = (starts: number[]) => {
      const i = firstAtOrAfter(starts, from);
      return i < starts.length && starts[i]! < to;
    };
    return within(this.toCome) && !within(this.hasBeen);
  }
}

/** The index of the first value at or after `at` in the ascending `values` (their length if none). */
function firstAtOrAfter(values: readonly number[], at: number): number {
  let lo = 0, hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}


/** Between the two ends of a range or two dates of a list: "từ ngày 1/3 đến ngày 30/4/2024", "ngày 13/11 và 14/11/2024". */
/** Between a range's two ends, a time of the second may stand: "từ 8h ngày 15/3 đến 17h ngày 16/3/2025". */
const RANGE_JOIN = /^\s*(?:đến|tới|-|và|,)\s*(?:\d{1,2}\s*(?:h|giờ)\s*(?:\d{1,2}\s*(?:phút)?)?\s*,?\s*)?(?:ngày|tháng)?\s*$/iu;

/**
 * The year of a range's first end (or a list's date) written without one, from the next date,
 * which has it: "từ ngày 1/3 đến ngày 30/4/2024" → 2024; "từ 15/12 đến 15/1/2024" → 2023 (a
 * later month of the year before).
 */
function rangeEndYear(text: string, d: RawDate, next: RawDate | undefined): number | null {
  if (!next || next.year === null || next.kind !== d.kind || (d.kind !== "day" && d.kind !== "month")) return null;
  if (next.start < d.end || next.start - d.end > 28 || !RANGE_JOIN.test(text.slice(d.end, next.start))) return null;
  return d.month! > next.month! ? next.year - 1 : next.year;
}

/** Formats a resolved date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY-Qn`. */
function formatDate(d: Pick<RawDate, "kind" | "day" | "month" | "quarter">, year: number): string {
  if (d.kind === "quarter") return `${year}-Q${d.quarter}`;
  if (d.kind === "month") return `${year}-${pad(d.month!)}`;
  return `${year}-${pad(d.month!)}-${pad(d.day!)}`;
}

/** A resolved date: the raw reading and its normalized value. */
export interface ResolvedDate extends DateMention {
  raw: RawDate;
}

/**
 * Finds and normalizes every date in the regions of `text`.
 *
 * @example findDates("Chiều 13/11, … ngày 29/10/2014", [{ start: 0, end: 31, text: "" }]).map((d) => d.value)
 * // ["2014-11-13", "2014-10-29"]
 */
export function findDates(text: string, regions: readonly Span[], masked: readonly Span[] = [], ctx: DateContext = {}): ResolvedDate[] {
  const raw = readDates(text, regions, masked);
  const published = isCalendarDay(ctx.published) ? new Date(ctx.published + "T00:00:00Z") : null;
  // The article's own years are read only when a yearless date needs them.
  let anchors: YearAnchor[] | null = null;
  const anchorsOf = () => (anchors ??= yearAnchors(text, raw));
  const out: ResolvedDate[] = [];
  const sentenceYears = raw.some((d) => d.year === null) ? sentenceYearsOf(text) : null;
  const sentencesAhead = new SentencesAhead(text);
  for (let i = 0; i < raw.length; i++) {
    const d = raw[i]!;
    // A time of day marks the report's own event, near its publication: "Sáng 11/2, Huyện ủy
    // tổng kết công tác năm 2023" (published 12/2/2024) is 2024, whatever year the sentence names.
    const bySentence = published && REPORT_TIME.has(d.cue) ? null : sentenceYears?.yearAt(d.start);
    const year = d.year ?? (d.shift !== null ? shiftedYear(d.shift, bySentence, published, () => resolveYear(d, anchorsOf, null)) : null) ??
      rangeEndYear(text, d, raw[i + 1]) ?? bySentence ?? resolveYear(d, anchorsOf, published, () => sentencesAhead.of(d));
    if (year === null) continue;
    if (d.kind === "day" && !validDay(d.day!, d.month!, year)) continue;
    out.push({ value: formatDate(d, year), text: d.text, start: d.start, end: d.end, raw: d });
  }
  return out;
}
