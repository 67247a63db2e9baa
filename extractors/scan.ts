/**
 * Regex scanning with a condition on the character before each match. A leading
 * lookbehind ("not after a letter") keeps V8 from skipping ahead to a match's first
 * character and makes a pattern several times slower; checking the one character before
 * a match in code keeps the pattern fast and the meaning the same.
 */

/**
 * Every match of the global regex `re` in `text` whose preceding character does not match
 * `notAfter` (start of text always passes). A rejected match is retried one character on,
 * so no later match is lost.
 *
 * @example matchesNotAfter("ab 12 c34", /\d+/gu, /\p{L}/u).map((m) => m[0]) // ["12"]
 */
export function matchesNotAfter(text: string, re: RegExp, notAfter: RegExp | ((text: string, index: number) => boolean)): RegExpExecArray[] {
  if (!re.global) throw new Error(`matchesNotAfter needs a global regex, got ${re}`);
  const out: RegExpExecArray[] = [];
  const rejects = rejecter(notAfter);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (rejects(text, m.index)) {
      // One code point on: inside a surrogate pair a unicode regex would restart at the same match.
      const c = text.charCodeAt(m.index);
      re.lastIndex = m.index + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
      continue;
    }
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * What a "not after" regex says of the UTF-16 unit before a match, remembered per regex and
 * unit: `notAfter.test(text[i - 1])` made a one-character string and ran the regex for every
 * candidate. The answers are the regex's own, unit by unit (0 not asked yet, 1 no, 2 yes).
 */
const unitAnswers = new WeakMap<RegExp, Uint8Array>();

function rejecter(notAfter: RegExp | ((text: string, index: number) => boolean)): (text: string, index: number) => boolean {
  if (typeof notAfter === "function") return notAfter;
  let answers = unitAnswers.get(notAfter);
  if (!answers) unitAnswers.set(notAfter, (answers = new Uint8Array(0x10000)));
  const known = answers;
  return (t, i) => {
    if (i <= 0) return false;
    const unit = t.charCodeAt(i - 1);
    let a = known[unit]!;
    if (a === 0) {
      notAfter.lastIndex = 0;
      known[unit] = a = notAfter.test(String.fromCharCode(unit)) ? 2 : 1;
    }
    return a === 2;
  };
}

/**
 * The regions in ascending order of start: the array itself when it already is (the lines
 * of a text come in order), else a sorted copy. Never sorted in place.
 */
export function byStart<R extends { start: number }>(regions: readonly R[]): readonly R[] {
  for (let i = 1; i < regions.length; i++) {
    if (regions[i]!.start < regions[i - 1]!.start) return [...regions].sort((a, b) => a.start - b.start);
  }
  return regions;
}

/** A letter or combining mark (the character before a word must not be one). */
export const LETTER = /[\p{L}\p{M}]/u;

/**
 * Which region (a line of content) holds a position. Patterns scan the whole text once —
 * one regex call per pattern instead of one per line — and keep the matches that lie
 * inside one region.
 */
export class RegionIndex<R extends { start: number; end: number }> {
  private readonly sorted: readonly R[];

  constructor(regions: readonly R[]) {
    this.sorted = byStart(regions);
  }

  /** The region holding all of [start, end), or null. */
  at(start: number, end = start): R | null {
    const s = this.sorted;
    let lo = 0, hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = s[mid]!;
      if (start < r.start) hi = mid - 1;
      else if (start >= r.end && !(start === r.end && end === start)) lo = mid + 1;
      else return end <= r.end ? r : null;
    }
    return null;
  }

  /** True when there is no region at all. */
  get empty(): boolean {
    return this.sorted.length === 0;
  }
}

/* Character classes of {@link charClass}, as bits. */
/** `\p{Lu}`: an upper-case letter. */
export const UPPER = 1;
/** `[\p{L}\p{M}]`: a letter or a combining mark. */
export const LETTER_OR_MARK = 2;
/** `\p{N}`: any number character. */
export const NUMBER = 4;
/** `\s` of a regex. */
export const SPACE = 8;
/** `\p{L}`: a letter (no marks). */
export const ALPHA = 16;
/** Set on every entry that has been computed. */
const KNOWN = 128;

const CLASS_TESTS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^\p{Lu}$/u, UPPER],
  [/^[\p{L}\p{M}]$/u, LETTER_OR_MARK],
  [/^\p{N}$/u, NUMBER],
  [/^\s$/u, SPACE],
  [/^\p{L}$/u, ALPHA],
];

function classOfString(s: string): number {
  let bits = KNOWN;
  for (const [re, bit] of CLASS_TESTS) if (re.test(s)) bits |= bit;
  return bits;
}

/**
 * The classes of every UTF-16 unit, filled 256 units at a time on first use: a loop over
 * char codes asks a table, not a Unicode-property regex, what each character is. The bits
 * are exactly what the regex classes above say (they are computed with them).
 */
const UNIT_CLASSES = new Uint8Array(0x10000);
const ASTRAL_CLASSES = new Map<number, number>();

function fillBlock(unit: number): number {
  const base = unit & 0xff00;
  for (let c = base; c < base + 0x100; c++) UNIT_CLASSES[c] = classOfString(String.fromCharCode(c));
  return UNIT_CLASSES[unit]!;
}

/** The class bits of the UTF-16 unit `unit` taken alone (a lone surrogate has none). */
export function unitClass(unit: number): number {
  const bits = UNIT_CLASSES[unit]!;
  return bits !== 0 ? bits : fillBlock(unit);
}

/**
 * The class bits of the code point at `i` (a surrogate pair is one character, as a `u`
 * regex reads it); see {@link codePointWidth} for how many units it takes.
 */
export function charClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return unitClass(c);
  const next = text.charCodeAt(i + 1);
  if (!(next >= 0xdc00 && next <= 0xdfff)) return unitClass(c);
  const cp = (c - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
  let bits = ASTRAL_CLASSES.get(cp);
  if (bits === undefined) ASTRAL_CLASSES.set(cp, (bits = classOfString(String.fromCodePoint(cp))));
  return bits;
}

/** 2 for a surrogate pair at `i`, else 1. */
export function codePointWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * Candidate-driven scanning. A pattern that must start at a digit ("13/11", "39-CT/TW") or
 * has a digit right after a few words ("Chỉ thị số 39", "tháng 12/2014") is not run over
 * every position of the text: the digit runs are found once per text, cheap checks in
 * code pick the ones the pattern could use, and a sticky copy of the pattern is tried
 * there only. {@link matchesAt} keeps the semantics of {@link matchesNotAfter} (the same
 * matches, in the same order, each scan resuming after the last match kept) as long as
 * every position where a kept match could start is among the candidates.
 */

/**
 * The digit runs (`[0-9]+`) of the texts asked about lately, as flat [start, length] pairs:
 * directives and dates both read them, one right after the other for one article, or a whole
 * batch of other articles apart (see `extractMany`). Bounded in texts and characters (a
 * long-running worker keeps it), and emptied when full: two batches of articles fit.
 */
const digitRunCache = new Map<string, readonly number[]>();
let digitRunCacheChars = 0;
const DIGIT_RUN_CACHE_TEXTS = 128;
const DIGIT_RUN_CACHE_CHARS = 2 * 1024 * 1024;

const DIGIT = /[0-9]/g;

/** Every run of ASCII digits in `text`, as flat [start, length] pairs (cached for the texts read lately). */
export function digitRuns(text: string): readonly number[] {
  const cached = digitRunCache.get(text);
  if (cached) return cached;
  const runs: number[] = [];
  // The regex finds the next digit faster than a loop over char codes; the run is read in code.
  DIGIT.lastIndex = 0;
  while (DIGIT.test(text)) {
    const i = DIGIT.lastIndex - 1;
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    runs.push(i, j - i);
    DIGIT.lastIndex = j;
  }
  if (digitRunCache.size >= DIGIT_RUN_CACHE_TEXTS || digitRunCacheChars + text.length > DIGIT_RUN_CACHE_CHARS) {
    digitRunCache.clear();
    digitRunCacheChars = 0;
  }
  digitRunCache.set(text, runs);
  digitRunCacheChars += text.length;
  return runs;
}

/**
 * True for a character that a document number or a date may hold: letters, marks, numbers,
 * spaces, surrogates (astral letters) and "/.,-&". Nothing else is read by those patterns.
 */
function mayBeInNumber(c: number): boolean {
  if (c === 47 || c === 46 || c === 44 || c === 45 || c === 38 || (c >= 0xd800 && c <= 0xdfff)) return true;
  return (unitClass(c) & (LETTER_OR_MARK | NUMBER | SPACE)) !== 0;
}

/**
 * The spans of `text` where a match that lies inside one of `regions` can start, as merged,
 * ascending, flat [from, to) pairs: each region, widened back over the characters a match
 * may hold (a match that starts before a region and runs into it moves the scan on, so it
 * must be found too). Matches elsewhere are dropped by the callers anyway.
 */
export function scanWindows(text: string, regions: readonly { start: number; end: number }[]): number[] {
  const sorted = byStart(regions);
  const out: number[] = [];
  for (const r of sorted) {
    const lastTo = out.length ? out[out.length - 1]! : -1;
    let from = r.start;
    while (from > 0 && from > lastTo && mayBeInNumber(text.charCodeAt(from - 1))) from--;
    if (from <= lastTo) out[out.length - 1] = Math.max(lastTo, r.end);
    else out.push(from, r.end);
  }
  return out;
}

/** The whole text as one window. */
export const wholeText = (text: string): number[] => [0, text.length];

/**
 * The digit runs that start inside `windows` and are at most `maxLength` digits long, as
 * flat [start, length] pairs.
 */
export function runsIn(text: string, windows: readonly number[], maxLength = Infinity): number[] {
  const runs = digitRuns(text);
  const out: number[] = [];
  let w = 0;
  for (let i = 0; i < runs.length && w < windows.length; i += 2) {
    const start = runs[i]!;
    while (w < windows.length && start >= windows[w + 1]!) w += 2;
    if (w >= windows.length) break;
    if (start >= windows[w]! && runs[i + 1]! <= maxLength) out.push(start, runs[i + 1]!);
  }
  return out;
}

/**
 * The word starts (a letter or mark not after one) among the last `count` words before
 * `at`, ascending, going back over letters, marks and spaces only: where a pattern whose
 * digits follow a few words ("Chỉ thị số 39") can start, given where its digits are.
 */
export function wordStartsBefore(text: string, at: number, count: number): number[] {
  const out: number[] = [];
  let i = at;
  while (out.length < count) {
    while (i > 0 && unitClass(text.charCodeAt(i - 1)) & SPACE) i--;
    let j = i;
    while (j > 0 && unitClass(text.charCodeAt(j - 1)) & LETTER_OR_MARK) j--;
    if (j === i) break;
    out.push(j);
    i = j;
  }
  return out.reverse();
}

/** A sticky copy of a global regex, for trying it at one position. */
export function stickyOf(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace("g", "") + "y");
}

/**
 * The matches of the sticky regex `re` at the ascending candidate positions `starts`, as
 * {@link matchesNotAfter} finds them with the global form: a candidate after an accepted
 * match's start but before its end is skipped, one whose preceding character `notAfter`
 * rejects is passed over.
 */
export function matchesAt(text: string, re: RegExp, starts: readonly number[], notAfter: RegExp | ((text: string, index: number) => boolean)): RegExpExecArray[] {
  if (!re.sticky) throw new Error(`matchesAt needs a sticky regex, got ${re}`);
  const out: RegExpExecArray[] = [];
  const rejects = rejecter(notAfter);
  let resume = 0;
  for (const at of starts) {
    if (at < resume || rejects(text, at)) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    out.push(m);
    resume = at + Math.max(1, m[0].length);
  }
  return out;
}

/**
 * One mark per code unit of the text being read, in an array kept from one text to the next:
 * a new `Uint8Array` per text and pass is memory outside the heap that the collector must
 * track. Each user keeps its own instance; what it holds is the marks of one text.
 */
export class UnitMarks {
  private bits = new Uint8Array(0);

  /** Zeroed marks for offsets 0 … `length` of a text (the end offset included). */
  reset(length: number): Uint8Array {
    const need = length + 1;
    // Grown to the longest text read, given back after an outsized one.
    if (this.bits.length < need || (this.bits.length > 0x10000 && this.bits.length > 4 * need)) this.bits = new Uint8Array(need);
    else this.bits.fill(0, 0, need);
    return this.bits;
  }
}

/**
 * The length of what `anchored.exec(text.slice(at, limit))` matches, or -1, without cutting
 * the text: `sticky` (the same pattern without its "^", flag `y`) is tried at `at` on the
 * whole text. For a pattern without lookarounds, "$" or "\b", a match found there that ends
 * by `limit` is the one the slice gives (the slice offers the same paths, in the same order,
 * minus those that read past its end), and no match there means none in the slice. A match
 * that runs past `limit` is read again from the slice.
 */
export function matchLengthWithin(text: string, sticky: RegExp, anchored: RegExp, at: number, limit: number): number {
  sticky.lastIndex = at;
  if (!sticky.test(text)) return -1;
  if (sticky.lastIndex <= limit) return sticky.lastIndex - at;
  const m = anchored.exec(text.slice(at, limit));
  return m ? m[0].length : -1;
}

/** The sticky, unanchored twin of a pattern whose alternatives all start with "^", for {@link matchLengthWithin}. */
export function unanchoredSticky(anchored: RegExp): RegExp {
  const source = anchored.source.replace(/(^|\|)\^/g, "$1");
  if (source.includes("^") || source.includes("$") || /\(\?[=!<]|\\b/i.test(source)) throw new Error(`unanchoredSticky cannot take ${anchored}`);
  return new RegExp(source, anchored.flags + "y");
}

/** True when the code point that ends right before `i` is a letter (`\p{L}`): what `(?<![\p{L}])` at `i` rejects. */
export function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  let j = i - 1;
  const c = text.charCodeAt(j);
  // The low half of a surrogate pair: the character is the pair.
  if (c >= 0xdc00 && c <= 0xdfff && j > 0) {
    const high = text.charCodeAt(j - 1);
    if (high >= 0xd800 && high <= 0xdbff) j--;
  }
  return (charClass(text, j) & ALPHA) !== 0;
}

/**
 * A pattern that must not follow a letter, as a leading `(?<![\p{L}])` would say, tried fast:
 * with that lookbehind in front, V8 cannot skip ahead to where a match could begin and tries
 * every position (seven times slower over a sentence). The pattern is searched without it and
 * a match after a letter is passed over, the search going on one character later, so the
 * first match kept is the one the lookbehind form finds (`test/extractors/scanners.test.ts`).
 */
export class NotAfterLetter {
  private readonly re: RegExp;

  /** `source` without the lookbehind; `flags` as for the regex (a global copy is kept). */
  constructor(source: string, flags = "u") {
    if (flags.includes("y")) throw new Error(`NotAfterLetter cannot take a sticky pattern: /${source}/${flags}`);
    this.re = new RegExp(source, flags.includes("g") ? flags : `${flags}g`);
  }

  /** The first match in `text` not after a letter, or null. */
  exec(text: string): RegExpExecArray | null {
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!letterBefore(text, m.index)) return m;
      re.lastIndex = m.index + codePointWidth(text, m.index);
    }
    return null;
  }

  /** True when {@link exec} finds a match. */
  test(text: string): boolean {
    return this.exec(text) !== null;
  }

  /** The start of every match not after a letter, ascending; each search goes on after the last match kept. */
  starts(text: string): number[] {
    const out: number[] = [];
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (letterBefore(text, m.index)) re.lastIndex = m.index + codePointWidth(text, m.index);
      else {
        out.push(m.index);
        if (m[0].length === 0) re.lastIndex = m.index + codePointWidth(text, m.index);
      }
    }
    return out;
  }
}

/** True when the character at `i` ends a sentence: "." (not a decimal point or a date's "5.12"), ";", "!", "?" or a line break. */
export function endsSentence(text: string, i: number): boolean {
  // Char codes, not one-character strings: most Vietnamese letters are outside Latin-1, where each would be a new string.
  const c = text.charCodeAt(i);
  if (c === 46) {
    const before = text.charCodeAt(i - 1), after = text.charCodeAt(i + 1);
    return !(before >= 48 && before <= 57 && after >= 48 && after <= 57);
  }
  return c === 59 || c === 10 || c === 33 || c === 63;
}
