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
