/**
 * The publication date of a page, from what the page says about itself: meta tags, JSON-LD,
 * `<time>`, then a visible date line ("Ngày đăng: 17/07/2019 | 09:15", "Thứ Tư, 08/04/2015,
 * 08:11"). Always returned as a Vietnam-local calendar date `YYYY-MM-DD`.
 */

/** Vietnam is UTC+7 all year. */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

const LABELLED = /(?:ngày\s+đăng|đăng\s+ngày|ngày\s+phát\s+hành|phát\s+hành|ngày\s+xuất\s+bản|xuất\s+bản|thời\s+gian\s+đăng|đăng\s+lúc|gửi\s+lúc|ngày\s+cập\s+nhật|cập\s+nhật)(?:\s+lúc)?\s*:?\s*(?:\d{1,2}[:h]\d{2}(?::\d{2})?\s*,?\s*)?(?:thứ\s+\S+,?\s*)?(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/i;
const WEEKDAY = /(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)\s*,?\s*(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/i;
const WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i;
/**
 * A line that is a stamp of day and time, in either order: "Ngày 15/05/2024 | 14:20", "20/02/2017
 * - 09:52", "06/06/2024 11:13:03 CH", "12:07:05 04/12/2013", with at most more metadata after a
 * "|" ("| Lượt xem: 245"). Not a listed story's "14/05/2024 10:20 Huyện …".
 */
const STAMPED = new RegExp(
  "^(?:ngày\\s+)?(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\s*[|,-]?\\s*\\d{1,2}[:h]\\d{2}(?::\\d{2})?|" +
    "^\\d{1,2}:\\d{2}(?::\\d{2})?\\s*[|,-]?\\s*(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})",
  "i",
);
/** What may follow a stamp on its line. */
const STAMP_TAIL = /^\s*(?:am|pm|sa|ch)?\s*(?:\(?gmt\s*\+\s*7\)?|\[gmt\s*\+\s*7\])?\s*(?:\|.*)?$/i;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function validDay(y: number, m: number, d: number): string | null {
  if (y < 1945 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A machine date (ISO 8601, RFC 822, or `dd/mm/yyyy`) as a Vietnam-local `YYYY-MM-DD`, or null.
 * @example toVietnamDate("2024-03-01T20:30:00Z") // "2024-03-02"
 */
export function toVietnamDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(text);
  if (dmy) return validDay(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (plain) return validDay(Number(plain[1]), Number(plain[2]), Number(plain[3]));
  const isoLocal = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.exec(text);
  if (isoLocal) return validDay(Number(isoLocal[1]), Number(isoLocal[2]), Number(isoLocal[3]));
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const local = new Date(ms + VIETNAM_OFFSET_MS);
  return validDay(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/**
 * A visible date line's date: labelled dates first (đăng, phát hành, cập nhật), then a
 * weekday date, then "ngày … tháng … năm …".
 * @example dateFromText("Ngày đăng: 17/07/2019 | 09:15") // "2019-07-17"
 */
export function dateFromText(text: string): string | null {
  return dateFromLines([text]);
}

/**
 * The best date line among `lines`: a labelled date anywhere beats a stamp of day and time,
 * which beats a weekday date (headers often show today's), which beats "ngày … tháng … năm
 * …". Long lines (prose) are skipped.
 */
export function dateFromLines(lines: readonly string[]): string | null {
  for (const re of [LABELLED, STAMPED, WEEKDAY, WORDS]) {
    for (const line of lines) {
      if (line.length > 160) continue;
      const m = re.exec(line.trim());
      if (m && re === STAMPED && !STAMP_TAIL.test(line.trim().slice(m[0].length))) continue;
      // STAMPED has the day in groups 1–3 or, time first, 4–6.
      const [d, mo, y] = m ? (m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]]) : [];
      const day = m ? validDay(Number(y), Number(mo), Number(d)) : null;
      if (day) return day;
    }
  }
  return null;
}

function fromJsonLd(value: unknown, depth = 0): string | null {
  if (depth > 6 || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = fromJsonLd(v, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === "string") return record.datePublished;
  for (const key of ["@graph", "mainEntity", "mainEntityOfPage"]) {
    const found = fromJsonLd(record[key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** JSON-LD blocks' raw texts, parsed; unreadable ones are skipped (common and harmless). */
export function parseJsonLd(blocks: readonly string[]): unknown[] {
  const out: unknown[] = [];
  for (const raw of blocks) {
    try {
      out.push(JSON.parse(raw));
    } catch {
      // Other sources still give the date.
    }
  }
  return out;
}

/** The element a profile's date selector found: its machine attribute and its text. */
export interface SelectedDate {
  attribute: string | null;
  text: string;
}

/** Where a page may state its date; the lazy ones are computed only when needed. */
export interface DateSources {
  selected: SelectedDate | null;
  /** Meta values by lower-cased property / name / itemprop. */
  metas: ReadonlyMap<string, string>;
  jsonLd: () => unknown[];
  timeDatetime: string | null;
  visibleText: () => readonly string[];
}

const META_KEYS = [
  "article:published_time",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish-date",
  "dc.date.issued",
  "dc.date",
  "date",
  "og:published_time",
];

/** The page's publication date, `YYYY-MM-DD`, or null: profile selector, meta, JSON-LD, `<time>`, then a date line. */
export function findPublished(sources: DateSources): string | null {
  const { selected } = sources;
  if (selected) {
    const found = toVietnamDate(selected.attribute) ?? dateFromText(selected.text) ?? toVietnamDate(selected.text);
    if (found) return found;
  }
  for (const key of META_KEYS) {
    const found = toVietnamDate(sources.metas.get(key));
    if (found) return found;
  }
  const fromLd = toVietnamDate(fromJsonLd(sources.jsonLd()));
  if (fromLd) return fromLd;
  const fromTime = toVietnamDate(sources.timeDatetime);
  if (fromTime) return fromTime;
  return dateFromLines(sources.visibleText());
}
