/**
 * Paragraph segmentation: each line of the normalized text classified as the title, a
 * body paragraph, a caption, a byline, page boilerplate, a repeat of an earlier line, or
 * the headline of a second story bundled into the same text.
 */
import { isBylineWithPhotographer, isLabelledByline, parseByline } from "./bylines.ts";
import { positionLine, type Signer } from "./officials.ts";
import { BOILERPLATE_LINES, CAPTION_MARKERS, RELATED_HEADER, SCENE_CAPTION, SHARING_LINK, SOURCE_CREDIT, UNIT_CREDIT } from "./patterns/boilerplate.ts";
import { NotAfterLetter } from "./scan.ts";
import type { Paragraph, ParagraphKind } from "./types.ts";

/** Options of {@link segmentParagraphs}. */
export interface SegmentOptions {
  /** A title known from elsewhere (the page's metadata). */
  title?: string | null;
  /** Hashes (see {@link paragraphHash}) of paragraphs known to repeat across a site's pages. */
  boilerplateHashes?: ReadonlySet<string>;
}

/** The lines of an article, classified. */
export interface Segmentation {
  paragraphs: Paragraph[];
  /** The headline, or null when the text opens straight into the body. */
  title: string | null;
  /** Names read from byline lines, in order. */
  authors: string[];
  /** Who signed the document the text ends with, under the position signed as ("CHÁNH VĂN PHÒNG" / "Nguyễn Văn Tuấn"). */
  signers: Signer[];
}

/** A reposted document's list of recipients opens with "Nơi nhận:". */
const RECIPIENTS_HEADER = /^nơi nhận\s*:/iu;
/** One recipient: a short list item ending in ";" or "." ("- Như trên;", "- Ban Tổ chức Tỉnh ủy (b/c);", "- Lưu VT."). */
const RECIPIENT = /^\s*[-+•]\s*.{1,120}[;.,]\s*$/u;
/** A signature's "for" line above the position: "T/M BAN THƯỜNG VỤ", "TM. BAN CHẤP HÀNH", "KT. CHỦ TỊCH", "TL. BAN THƯỜNG VỤ". */
const SIGNING_FOR = /^(?:T\/M|TM|T\.M|T\/L|TL|T\.L|K\/T|KT|K\.T|TUQ|Q)\s*[.:]?\s+\p{Lu}/u;
/** A note between the position and the name: "(Đã ký)", "(đã ký và đóng dấu)". */
const SIGNED_NOTE = /^\(?\s*(?:đã\s+ký|ký)(?:\s+[\p{L}\s]{0,20})?\s*\)?\.?$/iu;

/** A lead that opens a news report: "Chiều 13/11,", "Sáng ngày 28/10/2014,", "(CT) - Ngày 19-4,". */
const DATELINE_LEAD =
  /^(?:[(\[]?[\p{L}.]{2,20}[)\]]?\s*-\s*)?(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|sáng nay|chiều nay|tối nay|vừa qua|mới đây|trong (?:hai|các|ba) ngày)(?: ngày)?\s*(?:\(?\d{1,2}\s*[/.-]\s*\d{1,2}|\d{1,2}(?: và| ,|,)|nay|qua)/iu;
/** A source tag that opens a lead: "(BTL) -", "KTĐT -", "(Thanhuytphcm.vn) -". */
const SOURCE_TAG = /^(?:\([\p{L}\p{N}.]{2,30}\)|[\p{Lu}\p{N}]{2,10}|[\p{L}]{3,20}\.vn)\s*-\s*/u;
/** Sentence-final punctuation. */
const FINAL_PUNCT = /[.!?…:;]$/u;
/** A caption that describes a photo without an "Ảnh:" marker. */
const PHOTO_CAPTION =
  /^(?:đồng chí|ông|bà|các đồng chí|lãnh đạo|các đại biểu|đại biểu|quang cảnh|toàn cảnh|đoàn công tác|hội nghị|các đơn vị)(?![\p{L}])(?:[^:;.]|\.(?=\S)){0,200}(?<![\p{L}])(?:phát biểu|trao|tặng|chụp ảnh|bỏ phiếu|dâng hương|dâng hoa|cắt băng|thăm hỏi|tặng quà|chúc mừng|biểu quyết)(?![\p{L}])[^:;.]{0,160}\.?$/iu;
/**
 * Words of a report's narration, which a photo's caption does without: tense ("đã", "sẽ"),
 * judgement ("rất"), a cause ("vì", "nhờ"), reported speech ("cho biết", "yêu cầu"). "Hội nghị đã biểu quyết thông qua nghị quyết." is body.
 */
const NARRATIVE = new NotAfterLetter(String.raw`(?:đã|sẽ|đang|cũng|rất|vì|nhờ|cho biết|yêu cầu|đề nghị|nhấn mạnh|khẳng định)(?![\p{L}])`, "iu");
const WORDS = /[\p{L}\p{N}]+/gu;

/** The lower-cased words of a text. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORDS) ?? [];
}

/**
 * A stable key for a paragraph: its lower-cased words joined by one space. Two lines with
 * the same words and punctuation differences hash alike.
 */
export function paragraphHash(text: string): string {
  return wordsOf(text).join(" ");
}

/** True for a UTF-16 unit that belongs to a word: letters, digits, marks (not punctuation or symbols). */
function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  return !((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff0f));
}

/** The FNV-1a offset basis 0x811c9dc5, as a signed 32-bit integer. */
const FNV_OFFSET = 0x811c9dc5 | 0;

/**
 * Each UTF-16 unit lower-cased, with whether the result is a word unit, filled 256 units at a
 * time on first use: `computed | word | lower unit`, or -1 where lower-casing the unit alone
 * is not what lower-casing the text does (Σ depends on what follows, "İ" grows, surrogates
 * pair up). A line with none of those is lower-cased unit by unit, without a copy.
 */
const FOLDED = new Int32Array(0x10000);
const FOLD_COMPUTED = 0x20000, FOLD_WORD = 0x10000;

function fillFolded(unit: number): number {
  const base = unit & 0xff00;
  for (let c = base; c < base + 0x100; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    const l = lower.charCodeAt(0);
    const special = lower.length !== 1 || c === 0x03a3 || (c >= 0xd800 && c <= 0xdfff);
    FOLDED[c] = special ? -1 : FOLD_COMPUTED | (isWordUnit(l) ? FOLD_WORD : 0) | l;
  }
  return FOLDED[unit]!;
}

/**
 * The word hashes of the line being read, kept from one line to the next: `LINE_WORDS[0 … n)`
 * after `wordHashes` returned n. Written in order from 0, so the array stays packed and only
 * grows to the longest line read; a line costs no array of its own.
 */
const LINE_WORDS: number[] = [];

/**
 * The words of a line as 32-bit hashes (FNV-1a over the lower-cased word), in order, read in
 * one pass without cutting strings: what the repeat index compares. They are written to
 * {@link LINE_WORDS}; returns how many there are.
 */
function wordHashes(text: string, start = 0, end = text.length): number {
  const out = LINE_WORDS;
  let n = 0;
  // Int32 arithmetic throughout (the same bits as unsigned): no value leaves the small-integer range.
  let h = FNV_OFFSET, inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let f = FOLDED[c]!;
    if (f === 0) f = fillFolded(c);
    if (f < 0) return wordHashesOfLower(text.slice(start, end).toLowerCase());
    if (f & FOLD_WORD) {
      h = Math.imul(h ^ (f & 0xffff), 0x01000193);
      inWord = true;
    } else if (inWord) {
      // 30 bits: small integers stay unboxed in sets and arrays.
      out[n++] = h & 0x3fffffff;
      h = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) out[n++] = h & 0x3fffffff;
  return n;
}

/** {@link wordHashes} of a text already lower-cased as a whole. */
function wordHashesOfLower(lower: string): number {
  const out = LINE_WORDS;
  let n = 0;
  let h = FNV_OFFSET, inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (isWordUnit(c)) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      out[n++] = h & 0x3fffffff;
      h = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) out[n++] = h & 0x3fffffff;
  return n;
}

/** The number of words in a line. */
function wordCount(text: string): number {
  let n = 0, inWord = false;
  for (let i = 0; i < text.length; i++) {
    const w = isWordUnit(text.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

const MINHASH_SEEDS = Int32Array.from([0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f, 0x165667b1, 0xd3a2646c, 0xfd7046c5, 0xb55a4f09]);
const BANDS = MINHASH_SEEDS.length / 2;

/**
 * The distinct words of the line being checked, in an open-addressing table that is reused
 * from line to line: deduplicating a line costs a probe per word, not a `Set` insert, and
 * the words an earlier line shares with it are counted by probing. Word hashes are 30-bit,
 * so -1 marks an empty slot.
 */
class WordTable {
  private slots = new Int32Array(64);
  private mask = 63;
  private shift = 26;

  /** The distinct words of the line being loaded, kept from line to line like {@link LINE_WORDS}. */
  private readonly distinct: number[] = [];

  /** Fills the table with `words[0 … count)` and returns them without repeats, in first-seen order. */
  load(words: readonly number[], count: number): number[] {
    let size = 64, bits = 6;
    while (size < count * 2) {
      size *= 2;
      bits++;
    }
    if (this.slots.length < size) this.slots = new Int32Array(size);
    this.slots.fill(-1, 0, size);
    this.mask = size - 1;
    this.shift = 32 - bits;
    const distinct = this.distinct;
    let d = 0;
    for (let k = 0; k < count; k++) {
      const w = words[k]!;
      let i = Math.imul(w, 0x9e3779b1) >>> this.shift;
      for (;;) {
        const slot = this.slots[i]!;
        if (slot === w) break;
        if (slot === -1) {
          this.slots[i] = w;
          distinct[d++] = w;
          break;
        }
        i = (i + 1) & this.mask;
      }
    }
    // One array of the exact size: the line's set is kept by the index.
    return distinct.slice(0, d);
  }

  /**
   * True when the words of `words` (distinct) that the loaded line has too number at least
   * 90% of `of`, stopping at the miss after which even all the words left could not reach it.
   */
  sharesNinetyPercent(words: readonly number[], of: number): boolean {
    let n = 0;
    for (let j = 0; j < words.length; j++) {
      const w = words[j]!;
      let i = Math.imul(w, 0x9e3779b1) >>> this.shift;
      for (;;) {
        const slot = this.slots[i]!;
        if (slot === w) {
          n++;
          break;
        }
        if (slot === -1) {
          if ((n + words.length - j - 1) / of < 0.9) return false;
          break;
        }
        i = (i + 1) & this.mask;
      }
    }
    return n / of >= 0.9;
  }
}

/**
 * Locality-sensitive keys of a word set: 8 min-hashes in 4 bands of 2. Two paragraphs share
 * a band with probability J² per band (J their word overlap): near-identical ones (J ≥ 0.8)
 * almost surely meet in one, unrelated ones that share common words rarely do.
 */
function bandKeys(words: readonly number[]): number[] {
  // The 8 minimums in one pass over the words, each word read once; as unsigned, kept in
  // int32: flipping the sign bit makes signed order unsigned order.
  let m0 = 0x7fffffff, m1 = 0x7fffffff, m2 = 0x7fffffff, m3 = 0x7fffffff, m4 = 0x7fffffff, m5 = 0x7fffffff, m6 = 0x7fffffff, m7 = 0x7fffffff;
  const s0 = MINHASH_SEEDS[0]!, s1 = MINHASH_SEEDS[1]!, s2 = MINHASH_SEEDS[2]!, s3 = MINHASH_SEEDS[3]!;
  const s4 = MINHASH_SEEDS[4]!, s5 = MINHASH_SEEDS[5]!, s6 = MINHASH_SEEDS[6]!, s7 = MINHASH_SEEDS[7]!;
  for (let j = 0; j < words.length; j++) {
    const w = words[j]!;
    let x = mix(w ^ s0);
    if (x < m0) m0 = x;
    x = mix(w ^ s1);
    if (x < m1) m1 = x;
    x = mix(w ^ s2);
    if (x < m2) m2 = x;
    x = mix(w ^ s3);
    if (x < m3) m3 = x;
    x = mix(w ^ s4);
    if (x < m4) m4 = x;
    x = mix(w ^ s5);
    if (x < m5) m5 = x;
    x = mix(w ^ s6);
    if (x < m6) m6 = x;
    x = mix(w ^ s7);
    if (x < m7) m7 = x;
  }
  // A band's key: its two 26-bit min-hashes in one number (52 bits, exact in a double).
  return [bandKey(m0, m1), bandKey(m2, m3), bandKey(m4, m5), bandKey(m6, m7)];
}

/** One min-hash value of a seeded word, sign bit flipped (see {@link bandKeys}). */
function mix(v: number): number {
  let x = Math.imul(v, 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return x ^ (x >>> 16) ^ 0x80000000;
}

/** Two minimums (sign bit flipped) as one band key: their top 26 bits each. */
function bandKey(a: number, b: number): number {
  return (((a ^ 0x80000000) >>> 0) >>> 6) * 0x4000000 + (((b ^ 0x80000000) >>> 0) >>> 6);
}

/** A line the repeat index keeps: its distinct words, and where it stands for its figures. */
interface SeenLine {
  words: number[];
  text: string;
  start: number;
  end: number;
}

/** The figures of a line, as numbers written in it ("10/6/2021" → 10, 6, 2021). */
function figuresOf(line: SeenLine): number[] {
  return (line.text.slice(line.start, line.end).match(/\d+/gu) ?? []).map(Number);
}

/**
 * True when one line's figures are all among the other's: a repeat with small differences
 * keeps its facts ("… năm 2023" added is one), where parallel items differ in them ("Cấp xã
 * hoàn thành … trước ngày 10/6", "Cấp huyện hoàn thành … trước ngày 14/6").
 */
function sameFigures(a: SeenLine, b: SeenLine): boolean {
  const x = figuresOf(a), y = figuresOf(b);
  return x.every((n) => y.includes(n)) || y.every((n) => x.includes(n));
}

/** One table for every index: a line is loaded and compared within one call. */
const SCRATCH_TABLE = new WordTable();

/** Detects lines that repeat an earlier line, whole or with small differences. */
class RepeatIndex {
  /** Lines seen, by the first hash of their word sequence → [second hash, word count] pairs. */
  private exact = new Map<number, number[]>();
  /** One map per band: band key → the lines filed under it. */
  private near: Array<Map<number, SeenLine[]>> = [];

  constructor() {
    for (let b = 0; b < BANDS; b++) this.near.push(new Map());
  }
  private recent: SeenLine[] = [];
  private readonly table = SCRATCH_TABLE;

  /**
   * True when `text.slice(start, end)` repeats a line seen before; otherwise remembers it.
   * Read in place: a line cut from the text is slower to read unit by unit than the text.
   */
  seen(text: string, start = 0, end = text.length): boolean {
    const count = wordHashes(text, start, end);
    if (!count) return false;
    const words = LINE_WORDS;
    // The line's words in order, as one key (two hashes of the sequence and the count).
    let a = FNV_OFFSET, b = 0x9e3779b9 | 0;
    for (let k = 0; k < count; k++) {
      const w = words[k]!;
      a = Math.imul(a ^ w, 0x01000193);
      b = Math.imul(b ^ w, 0x85ebca6b);
    }
    const same = this.exact.get(a);
    if (same) {
      for (let i = 0; i < same.length; i += 2) if (same[i] === b && same[i + 1] === count) return true;
      same.push(b, count);
    } else this.exact.set(a, [b, count]);
    if (count < 8) return false;
    const set = this.table.load(words, count);
    const line: SeenLine = { words: set, text, start, end };
    // A paragraph that repeats part of one just before it: "Ngày 3/2/1930, …" quoted again;
    // or one just before it with a few words more ("… các chỉ tiêu." again as "… các chỉ tiêu năm 2023.").
    for (const other of this.recent) {
      const o = other.words;
      const partOfOther = o.length > set.length && set.length >= 12 && this.table.sharesNinetyPercent(o, set.length);
      const otherWithMore = o.length <= set.length && o.length >= 10 && set.length <= o.length + Math.max(3, o.length >> 2) && this.table.sharesNinetyPercent(o, o.length);
      if ((partOfOther || otherWithMore) && sameFigures(line, other)) return true;
    }
    this.recent.push(line);
    if (this.recent.length > 3) this.recent.shift();
    const keys = bandKeys(set);
    // Shared words over the larger set: 1 for the same words, ≥ 0.9 for a near-identical paragraph.
    for (let b = 0; b < keys.length; b++) {
      for (const other of this.near[b]!.get(keys[b]!) ?? []) {
        if (this.table.sharesNinetyPercent(other.words, Math.max(set.length, other.words.length)) && sameFigures(line, other)) return true;
      }
    }
    for (let b = 0; b < keys.length; b++) {
      const bucket = this.near[b]!.get(keys[b]!);
      if (!bucket) this.near[b]!.set(keys[b]!, [line]);
      else if (bucket.length < 64) bucket.push(line);
    }
    return false;
  }
}

/** True for a line that reads like a headline: short, not a lead, at most one sentence. */
function isHeadlineLike(line: string): boolean {
  if (line.length < 10 || line.length > 250) return false;
  if (DATELINE_LEAD.test(line) || SOURCE_TAG.test(line)) return false;
  if (wordCount(line) < 3) return false;
  const sentences = line.split(/[.!?](?:\s+|$)/u).filter((s) => s.trim()).length;
  if (!/[.!?;]$/u.test(line)) return sentences <= 2;
  // A headline may end with a period; a lead sentence is longer or opens with a clause.
  return sentences === 1 && line.length <= 120 && !/^[^,]{1,40},\s/u.test(line);
}

/**
 * A line between paragraphs that is neither a sentence nor a heading: a caption without
 * its "Ảnh:" marker, or a link to another story. Headings are short or in capitals, list
 * items open with a marker, and a dated lead is body even without its period.
 */
function isAside(line: string): boolean {
  // (A document's subject line, "V/v báo cáo kết quả …", is no aside.)
  if (line.length >= 200 || /^[-+•*]|^\d+[.)]\s|^V\/v\s/u.test(line) || DATELINE_LEAD.test(line) || SOURCE_TAG.test(line)) return false;
  if (line === line.toUpperCase()) return false;
  return wordCount(line) >= 9;
}

/** A menu entry: a few words, no digit, no sentence's end ("Giới thiệu", "Tin tức - Sự kiện", "Văn bản chỉ đạo"). */
function isMenuItem(line: string): boolean {
  return line.length <= 40 && wordCount(line) <= 5 && !FINAL_PUNCT.test(line) && !/[\d,]/u.test(line);
}

/**
 * A site's menu above the headline in text cut from a page: three or more menu entries on
 * lines of their own, the first lines of content, with the text going on after them. They are
 * boilerplate, so the headline under them is the title.
 */
function markLeadingMenu(lines: Paragraph[]): void {
  const run: Paragraph[] = [];
  let next: Paragraph | undefined;
  for (const p of lines) {
    if (p.kind === "boilerplate") continue;
    if (p.kind !== "body" || !isMenuItem(p.text)) {
      next = p;
      break;
    }
    run.push(p);
  }
  if (run.length >= 3 && next) for (const p of run) p.kind = "boilerplate";
}

/** True for a short label above the headline ("hoạt động đảng", "Đảng bộ TP Cần Thơ"). */
function isSectionLabel(line: string, next: string | undefined): boolean {
  const n = wordCount(line);
  if (n === 0 || n > 6 || FINAL_PUNCT.test(line) || /\d{3,}/.test(line)) return false;
  if (/^\p{Ll}/u.test(line)) return true;
  // Above a headline (no final period), not above a one-sentence lead.
  return next !== undefined && isHeadlineLike(next) && !/[.!?]$/u.test(next) && wordCount(next) > n;
}

/**
 * One test for "any of these patterns matches": the patterns joined into one alternation per
 * set of flags, so a line costs a regex call or two instead of one per pattern. (Patterns
 * without backreferences or state, as here: a union matches exactly when one of them does.)
 * Patterns anchored at the line's start are joined apart from the others: a union of them
 * is tried at the start only, while one unanchored alternative makes a union try every
 * alternative at every position.
 */
function anyOf(patterns: readonly RegExp[]): (text: string) => boolean {
  const byFlags = new Map<string, string[]>();
  for (const re of patterns) {
    if (re.global || re.sticky || /\\[1-9]|\\k</.test(re.source)) throw new Error(`anyOf cannot join ${re}`);
    const key = `${re.flags}${anchoredAtStart(re) ? "^" : ""}`;
    byFlags.set(key, [...(byFlags.get(key) ?? []), `(?:${re.source})`]);
  }
  const unions = [...byFlags].map(([key, sources]) => new RegExp(sources.join("|"), key.replace("^", "")));
  return (text) => unions.some((re) => re.test(text));
}

/** True when every top-level alternative of the pattern starts with "^" (and it is not multiline). */
function anchoredAtStart(re: RegExp): boolean {
  if (re.multiline) return false;
  const source = re.source;
  let depth = 0, inClass = false, altStart = 0;
  for (let i = 0; i <= source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if ((c === "|" && depth === 0) || c === undefined) {
      if (source[altStart] !== "^") return false;
      altStart = i + 1;
    }
  }
  return true;
}

const isBoilerplateLine = anyOf(BOILERPLATE_LINES);
const hasCaptionMarker = anyOf(CAPTION_MARKERS);

function isBoilerplate(line: string, hashes: ReadonlySet<string> | undefined): boolean {
  // Page furniture is short; a long line is text.
  if (line.length <= 300 && (isBoilerplateLine(line) || (line.length <= 90 && SHARING_LINK.test(line)))) return true;
  return hashes !== undefined && hashes.size > 0 && hashes.has(paragraphHash(line));
}

/** "Bài, ảnh: Minh Anh" names the writer, not a photo. */
const BYLINE_LABEL = /^(?:bài|tin)(?:,| và)? ảnh\s*:/iu;

/**
 * True for an image caption. `unmarked` allows one without its "Ảnh:" marker, shaped like a
 * photo's description ("Lãnh đạo tỉnh chúc mừng …"); the text's first line is never one: a
 * photo sits under its headline, which may read just like that.
 */
function isCaption(line: string, unmarked: boolean): boolean {
  if (line.length > 400 || BYLINE_LABEL.test(line)) return false;
  // Every marker but the "Quang cảnh …" openers names the photo ("ảnh") or its source ("nguồn").
  const marked = /ảnh|nguồn|cảnh|đại biểu/iu.test(line);
  // "Tin: Minh Châu; Ảnh: Hồng Phúc" credits the photographer: a byline.
  if (marked && isBylineWithPhotographer(line)) return false;
  return (marked && (hasCaptionMarker(line) || (SCENE_CAPTION.test(line) && !NARRATIVE.test(line)))) || (unmarked && PHOTO_CAPTION.test(line) && !NARRATIVE.test(line));
}

/** True for a metadata line that carries the publication date ("Ngày đăng 05/05/2022 | 13:45"). */
export function isDateLine(line: string): boolean {
  return /^(?:(?:ngày )?(?:đăng|xuất bản|phát hành|cập nhật)|gửi lúc|đăng lúc|lượt xem|view count|thứ |chủ nhật|t[2-7],|cn,|ngày \d{1,2}(?: tháng|\s*[/.-])|\d{1,2}[/.:-]\d{1,2})/iu.test(line) &&
    /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2} tháng \d{1,2} năm \d{4}/u.test(line) &&
    isBoilerplateLine(line);
}

/**
 * The position a document's signer signs as, when the lines above line `i` are a signature's:
 * the position ("CHÁNH VĂN PHÒNG"), with a note ("(Đã ký)") after it and a "for" line
 * ("T.L BAN THƯỜNG VỤ") before it where written. Those lines become boilerplate.
 */
function signatureAbove(lines: Paragraph[], i: number, titleIndex: number): string | null {
  let k = i - 1;
  while (k > titleIndex && !lines[k]!.text.trim()) k--;
  const notes: Paragraph[] = [];
  while (k > titleIndex && SIGNED_NOTE.test(lines[k]!.text.trim())) {
    notes.push(lines[k]!);
    k--;
  }
  const above = lines[k];
  if (!above || k <= titleIndex || above.kind !== "body") return null;
  const forLine = k - 1 > titleIndex && lines[k - 1]!.kind === "body" && SIGNING_FOR.test(lines[k - 1]!.text.trim()) ? lines[k - 1]! : null;
  // Without a "for" line or a note, only a position's bare title marks a signature ("BÍ THƯ").
  const role = positionLine(above.text, !forLine && !notes.length);
  // A signature's position stands in capitals; a line of mixed case over a name is prose or a byline's unit.
  if (!role || role !== role.toUpperCase()) return null;
  for (const line of [...notes, above, ...(forLine ? [forLine] : [])]) line.kind = "boilerplate";
  return role;
}

/**
 * Splits normalized text (lines joined by "\n") into classified paragraphs.
 *
 * @example segmentParagraphs("Đống Đa họp\nChia sẻ Zalo\nChiều 13/11, Quận ủy họp.").paragraphs.map((p) => p.kind)
 * // ["title", "boilerplate", "body"]
 */
export function segmentParagraphs(text: string, options: SegmentOptions = {}): Segmentation {
  const lines: Paragraph[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    lines.push({ start: offset, end: offset + line.length, text: line, kind: "body" });
    offset += line.length + 1;
  }
  const hashes = options.boilerplateHashes;
  let related = false;
  // Under a document's "Nơi nhận:", its list of recipients.
  let recipients = false;
  // Whether a line of content came before (the first is read as the headline it may be).
  let seenContent = false;
  for (const p of lines) {
    recipients &&= RECIPIENT.test(p.text);
    if (!p.text) p.kind = "boilerplate";
    else if (recipients) p.kind = "boilerplate";
    else if (RECIPIENTS_HEADER.test(p.text)) {
      p.kind = "boilerplate";
      recipients = true;
    } else if (RELATED_HEADER.test(p.text)) {
      p.kind = "boilerplate";
      related = true;
    } else if (related && !(p.text.length > 200 && FINAL_PUNCT.test(p.text))) p.kind = "boilerplate";
    else if (isBoilerplate(p.text, hashes)) p.kind = "boilerplate";
    else if (isCaption(p.text, seenContent)) p.kind = "caption";
    if (related && p.kind !== "boilerplate") related = false;
    if (p.kind !== "boilerplate") seenContent = true;
  }

  markLeadingMenu(lines);

  // The title: a known title where the text repeats it, else the first headline-like line.
  const authors: string[] = [];
  let title: string | null = null;
  const knownTitle = options.title ? paragraphHash(options.title) : null;
  const leading = lines.filter((p) => p.kind === "body").slice(0, 4);
  if (knownTitle) {
    title = options.title!.trim();
    for (const p of leading) if (paragraphHash(p.text) === knownTitle) p.kind = "title";
  } else {
    // A byline with its publication time, or with its label, may stand above the headline.
    if (leading[0] && (/\d{1,2}[:/.-]\d{1,2}/u.test(leading[0].text) || isLabelledByline(leading[0].text)) && parseByline(leading[0].text)) {
      leading[0].kind = "byline";
      authors.push(...parseByline(leading[0].text)!);
      leading.shift();
    }
    let first = leading[0];
    if (first && isSectionLabel(first.text, leading[1]?.text)) {
      first.kind = "boilerplate";
      first = leading[1];
    }
    if (first && isHeadlineLike(first.text)) {
      first.kind = "title";
      title = first.text;
    }
  }

  // Bylines: right under the title, and the last lines of the text.
  const titleIndex = lines.findIndex((p) => p.kind === "title");
  const afterTitle = lines.slice(titleIndex + 1).find((p) => p.kind !== "boilerplate");
  if (titleIndex >= 0 && afterTitle && afterTitle.kind === "body" && !authors.length) {
    const names = parseByline(afterTitle.text);
    if (names) {
      afterTitle.kind = "byline";
      authors.push(...names);
    }
  }
  const tail: string[] = [];
  const signers: Signer[] = [];
  for (let i = lines.length - 1, looked = 0; i > titleIndex && looked < 3; i--) {
    const p = lines[i]!;
    if (p.kind === "boilerplate") continue;
    looked++;
    if (p.kind !== "body") continue;
    if (SOURCE_CREDIT.test(p.text) || UNIT_CREDIT.test(p.text)) {
      p.kind = "boilerplate";
      continue;
    }
    const names = parseByline(p.text);
    if (!names) break;
    const signer = names.length === 1 ? signatureAbove(lines, i, titleIndex) : null;
    if (signer) {
      // A signature, not a byline: the signer is an official of the document, no author of the text.
      const at = p.text.indexOf(names[0]!);
      signers.push({ name: names[0]!, role: signer, mention: { start: p.start + at, end: p.start + at + names[0]!.length, text: names[0]! } });
      p.kind = "boilerplate";
      break;
    }
    p.kind = "byline";
    tail.unshift(...names);
  }
  authors.push(...tail);

  // Repeats, and second-story headlines (a headline-like line followed by a dated lead).
  const repeats = new RepeatIndex();
  if (title) repeats.seen(title);
  const content = lines.filter((p) => p.kind === "body" || p.kind === "caption" || p.kind === "title");
  for (let i = 0; i < content.length; i++) {
    const p = content[i]!;
    if (p.kind === "title") continue;
    if (repeats.seen(text, p.start, p.end)) {
      p.kind = "repeat";
      continue;
    }
    const next = content[i + 1];
    if (p.kind !== "body" || i === 0 || FINAL_PUNCT.test(p.text)) continue;
    if (isHeadlineLike(p.text) && next && DATELINE_LEAD.test(next.text)) {
      p.kind = "headline";
      // A byline right above it ends the article: the rest is another story bundled into the
      // same text (a listing or tag page), its facts and its byline not the article's.
      const above = content[i - 1]!;
      const names = above.kind === "body" ? parseByline(above.text) : null;
      if (names) {
        above.kind = "byline";
        for (const later of lines.slice(lines.indexOf(p))) {
          // A byline of the other story read as the article's, at the end of the text, is not.
          if (later.kind === "byline") for (const name of parseByline(later.text) ?? []) if (authors.includes(name)) authors.splice(authors.lastIndexOf(name), 1);
          later.kind = "other";
        }
        authors.push(...names);
        break;
      }
    } else if (isAside(p.text)) p.kind = "caption";
  }
  return { paragraphs: lines, title, authors: [...new Set(authors)], signers };
}

/** The kinds of paragraph whose text the fact extractors read. */
export const CONTENT_KINDS: ReadonlySet<ParagraphKind> = new Set(["title", "body", "caption", "headline"]);
