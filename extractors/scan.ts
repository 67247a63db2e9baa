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
  const rejects = typeof notAfter === "function" ? notAfter : (t: string, i: number) => i > 0 && notAfter.test(t[i - 1]!);
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

/** A letter or combining mark (the character before a word must not be one). */
export const LETTER = /[\p{L}\p{M}]/u;
/** A letter, mark or digit. */
export const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Which region (a line of content) holds a position. Patterns scan the whole text once —
 * one regex call per pattern instead of one per line — and keep the matches that lie
 * inside one region.
 */
export class RegionIndex<R extends { start: number; end: number }> {
  private readonly sorted: R[];

  constructor(regions: readonly R[]) {
    this.sorted = [...regions].sort((a, b) => a.start - b.start);
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

/** Character classes of {@link charClass}, as bits. */
export const UPPER = 1;
/** `[\p{L}\p{M}]`: a letter or a combining mark. */
export const LETTER_OR_MARK = 2;
/** `\p{N}`: any number character. */
export const NUMBER = 4;
/** `\s` of a regex. */
export const SPACE = 8;
/** `[\p{Ll}\p{M}]`: a lower-case letter or a combining mark. */
export const LOWER_OR_MARK = 16;
/** Set on every entry that has been computed. */
const KNOWN = 128;

const CLASS_TESTS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^\p{Lu}$/u, UPPER],
  [/^[\p{L}\p{M}]$/u, LETTER_OR_MARK],
  [/^\p{N}$/u, NUMBER],
  [/^\s$/u, SPACE],
  [/^[\p{Ll}\p{M}]$/u, LOWER_OR_MARK],
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
