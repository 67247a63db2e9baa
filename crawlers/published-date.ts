/**
 * The publication date of a page, from what the page says about itself: meta tags, JSON-LD,
 * `<time>`, then a visible date line ("Ngày đăng: 17/07/2019 | 09:15", "Thứ Tư, 08/04/2015,
 * 08:11"). Always returned as a Vietnam-local calendar date `YYYY-MM-DD`.
 */
import type { CheerioAPI } from "cheerio";

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[name="date"]',
  'meta[property="og:published_time"]',
];

/** Vietnam is UTC+7 all year. */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

const LABELLED = /(?:ngày\s+đăng|đăng\s+ngày|ngày\s+phát\s+hành|phát\s+hành|ngày\s+xuất\s+bản|xuất\s+bản|thời\s+gian\s+đăng|đăng\s+lúc|gửi\s+lúc|ngày\s+cập\s+nhật|cập\s+nhật)\s*:?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*,?\s*)?(?:thứ\s+\S+,?\s*)?(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/i;
const WEEKDAY = /(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)\s*,?\s*(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/i;
const WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i;

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
 * The best date line among `lines`: a labelled date anywhere beats a weekday date (headers
 * often show today's), which beats "ngày … tháng … năm …". Long lines (prose) are skipped.
 */
export function dateFromLines(lines: readonly string[]): string | null {
  for (const re of [LABELLED, WEEKDAY, WORDS]) {
    for (const line of lines) {
      if (line.length > 160) continue;
      const m = re.exec(line);
      const day = m ? validDay(Number(m[3]), Number(m[2]), Number(m[1])) : null;
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

/** JSON-LD blocks of the page, parsed; unreadable ones are skipped. */
export function jsonLd($: CheerioAPI): unknown[] {
  const out: unknown[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      out.push(JSON.parse($(el).text()));
    } catch {
      // A broken JSON-LD block is common and harmless: other sources still give the date.
    }
  });
  return out;
}

/** The element a profile's date selector found: its machine attribute and its text. */
export interface SelectedDate {
  attribute: string | null;
  text: string;
}

/**
 * The page's publication date, `YYYY-MM-DD`, or null. `selected` (a profile selector's
 * element) is tried first; `visibleText` is the page text to search for a date line last.
 */
export function findPublished($: CheerioAPI, visibleText: readonly string[], selected: SelectedDate | null = null, ld: unknown[] = jsonLd($)): string | null {
  if (selected) {
    const found = toVietnamDate(selected.attribute) ?? dateFromText(selected.text) ?? toVietnamDate(selected.text);
    if (found) return found;
  }
  for (const sel of META_SELECTORS) {
    const found = toVietnamDate($(sel).first().attr("content"));
    if (found) return found;
  }
  const fromLd = toVietnamDate(fromJsonLd(ld));
  if (fromLd) return fromLd;
  const time = $("time[datetime], [itemprop=datePublished][datetime]").first();
  const fromTime = toVietnamDate(time.attr("datetime"));
  if (fromTime) return fromTime;
  return dateFromLines(visibleText);
}
