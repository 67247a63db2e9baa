/**
 * Hand-written scanners read exactly as the regexes they stand for: each is compared with
 * the regex form at every position of generated role-like text (stop words and phrases with
 * odd spacing, words joined by "." "'" "&" "/", transliterations joined by hyphens, digits, marks,
 * letters outside the BMP, lone surrogates) and of arbitrary Unicode.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextRoleWord } from "../../extractors/officials.ts";
import { NotAfterLetter, matchesAt, matchesNotAfter, stickyOf } from "../../extractors/scan.ts";
import { ROLE_HEADS, ROLE_PREFIXES, ROLE_STOP_EXCEPTIONS, ROLE_STOPS } from "../../extractors/patterns/people.ts";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
/** The stop phrases as one alternation, longest first, any white space between words. */
const STOPS = [...new Set([...ROLE_STOPS, ...ROLE_STOPS.map((w) => w.toUpperCase())])].sort((a, b) => b.length - a.length).map(escape).map((w) => w.replace(/ /g, "\\s+")).join("|");
/** One step of a role as a sticky regex: a stop (group 1) or one more word. */
const EXCEPTIONS = [...ROLE_STOP_EXCEPTIONS, ...ROLE_STOP_EXCEPTIONS.map((w) => w.toUpperCase())].map(escape).map((w) => w.replace(/ /g, "\\s+")).join("|");
/**
 * After a word that opens with a capital, a hyphen and a syllable not in capitals join it, unless
 * that syllable opens a position: "Chăm-pa-xắc" is one word, "Phúc-bí thư" is not.
 */
const POSITION_FIRST = [...new Set([...ROLE_PREFIXES, ...ROLE_HEADS].map((r) => r.split(" ")[0]!.toLowerCase()))].sort((a, b) => b.length - a.length).map(escape).join("|");
const HYPHEN_JOIN = `-(?!(?:${POSITION_FIRST})(?![\\p{L}\\p{M}]))(?=[\\p{L}\\p{M}])(?!\\p{Lu})[\\p{L}\\p{M}]+[\\p{L}\\p{M}\\p{N}]*`;
const WORD = `[\\p{L}\\p{M}\\p{N}]+(?:[.'&/][\\p{L}\\p{M}\\p{N}]+)*`;
const CAPITAL_WORD = `(?=\\p{Lu})[\\p{L}\\p{M}\\p{N}]+(?:[.'&/][\\p{L}\\p{M}\\p{N}]+|${HYPHEN_JOIN})*`;
const ROLE_STEP = new RegExp(`(\\s*(?!(?:${EXCEPTIONS})(?![\\p{L}\\p{M}]))(?:${STOPS})(?![\\p{L}\\p{M}]))|\\s*(?:${CAPITAL_WORD}|${WORD})`, "uy");

/** What the regex says at `at`: the step's end, or -1 for a stop or no word. */
function byRegex(text: string, at: number): number {
  ROLE_STEP.lastIndex = at;
  const m = ROLE_STEP.exec(text);
  return !m || m[1] !== undefined ? -1 : at + m[0].length;
}

/** True when `at` falls between the two halves of a surrogate pair. */
function insidePair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1), here = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && here >= 0xdc00 && here <= 0xdfff;
}

const ROLE_FRAGMENTS = [
  ...ROLE_STOPS, ...ROLE_STOP_EXCEPTIONS, "dự  khuyết", "dự khuyếtx", "phát  biểu", "cho\tbiết", "các đồng  chí", "và", "vàng", "dựán", "dự1", "Dự", "Và", "VÀ", "DỰ", "DỰ KHUYẾT", "PHÁT  BIỂU", "Phát Biểu", "ĐỒNG CHÍ",
  "Bí thư", "Quận ủy", "Chủ tịch", "UBND", "TP.HCM", "T.Ư", "Q.1", "A&B", "số 3/2024", "l'a", "Nguyễn", "Văn",
  " ", "  ", "\u00a0", "\t", ".", "..", ",", "-", "'", "&", "/", "(", ")", ":", "1", "2024", "\u0301", "\u0323",
  "𝐀", "𝐚𝐛", "\ud800", "\udfff", "ủy", "uỷ", "Đ",
  "Chăm-pa-xắc", "Xay-nhạ-bu-ly", "-pa", "-bí", "-Lênin", "Phúc-bí", "-xắc2", "Pa2-xắc",
];
const roleText = fc.array(fc.constantFrom(...ROLE_FRAGMENTS), { maxLength: 24 }).map((parts) => parts.join(""));
const anyText = fc.oneof(roleText, fc.string({ unit: "grapheme", maxLength: 80 }), fc.string({ unit: "binary", maxLength: 80 }));

describe("nextRoleWord", () => {
  // Every position but the middle of a surrogate pair: a role is read on from where a step ended.
  it("reads as the stop-or-word regex at every position", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (let at = 0; at <= text.length; at++) {
          if (insidePair(text, at)) continue;
          expect([at, nextRoleWord(text, at)]).toEqual([at, byRegex(text, at)]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["Bí thư Quận ủy phát biểu", 2, 6],
    [" phát biểu", 0, -1],
    [" phát  biểu tại", 0, -1],
    [" phát biểuxyz", 0, 5],
    [" và", 0, -1],
    [" vàng", 0, 5],
    [" TP.HCM.", 0, 7],
    [" dự1", 0, -1],
    [" Dự", 0, 3],
    [" VÀ", 0, -1],
    [" PHÁT BIỂU", 0, -1],
    [" DỰ KHUYẾT", 0, 3],
    [" Phát Biểu", 0, 5],
    [" .", 0, -1],
    [" Chăm-pa-xắc phát biểu", 0, 12],
    [" Mác-Lênin", 0, 4],
    [" Phúc-bí thư", 0, 5],
    [" ủy-chủ tịch", 0, 3],
    ["", 0, -1],
  ] as const)("%j at %i ends at %i", (text, at, end) => {
    expect(nextRoleWord(text, at)).toBe(end);
    expect(byRegex(text, at)).toBe(end);
  });
});

describe("NotAfterLetter", () => {
  // Patterns of the shapes the extractors give it: words with lookarounds, a capture, an end anchor.
  const PATTERNS: Array<[source: string, flags: string]> = [
    [String.raw`(?:phải|cần|sẽ)(?![\p{L}])`, "iu"],
    [String.raw`((?<!đã\s)trình|hoàn thành|nộp)(?![\p{L}])`, "iu"],
    [String.raw`(Chỉ\s+thị|Kế\s+hoạch)(?:\s+số)?\s*$`, "iu"],
    [String.raw`đã\s+(?:hoàn thành|xong)`, "u"],
    [String.raw`a|ab`, "u"],
  ];
  const WORDS = ["phải", "Phải", "cần", "sẽ", "trình", "đã trình", "hoàn thành", "nộp", "Chỉ thị", "Kế hoạch số", "xong", "đã xong", "a", "ab", "b"];
  const GLUE = ["", " ", "  ", "\n", ",", ".", "x", "ế", "1", "\u0301", "𝐀", "𝐚", "\ud835", "\udc00", "-", "(", "“"];
  const text = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...GLUE)), { maxLength: 20 }).map((parts) => parts.join(""));
  const anyText = fc.oneof(text, fc.string({ unit: "grapheme", maxLength: 60 }), fc.string({ unit: "binary", maxLength: 60 }));

  it("finds the match the pattern with a leading (?<![\\p{L}]) finds", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), anyText, ([source, flags], s) => {
        const fast = new NotAfterLetter(source, flags).exec(s);
        const slow = new RegExp(String.raw`(?<![\p{L}])(?:${source})`, flags).exec(s);
        expect(fast && [fast.index, [...fast]]).toEqual(slow && [slow.index, [...slow]]);
      }),
      { numRuns: 5000 },
    );
  });

  it("lists every match the lookbehind form finds, scanning on", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), anyText, ([source, flags], s) => {
        const slow = new RegExp(String.raw`(?<![\p{L}])(?:${source})`, flags.includes("g") ? flags : `${flags}g`);
        const expected: number[] = [];
        for (let m = slow.exec(s); m; m = slow.exec(s)) {
          expected.push(m.index);
          if (m[0].length === 0) slow.lastIndex = m.index + (s.codePointAt(m.index)! > 0xffff ? 2 : 1);
        }
        expect(new NotAfterLetter(source, flags).starts(s)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["cần", 0],
    ["Hội nghị cần", 9],
    ["xcần", -1],
    ["ếcần cần", 5],
    ["𝐀cần", -1],
    ["1cần", 1],
    ["\u0301cần", 1],
  ] as const)("%j: match at %i", (s, at) => {
    expect(new NotAfterLetter(String.raw`cần(?![\p{L}])`, "u").exec(s)?.index ?? -1).toBe(at);
  });

  it("refuses a sticky pattern", () => {
    expect(() => new NotAfterLetter("a", "uy")).toThrow(/sticky/);
  });
});

describe("matchesNotAfter and matchesAt with a regex for the character before", () => {
  // What they mean: a match counts unless the one UTF-16 unit before it matches `notAfter`.
  function reference(text: string, re: RegExp, notAfter: RegExp): Array<[number, string]> {
    const out: Array<[number, string]> = [];
    const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    for (let m = g.exec(text); m; m = g.exec(text)) {
      if (m.index > 0 && notAfter.test(text[m.index - 1]!)) {
        g.lastIndex = m.index + (/[\ud800-\udbff]/u.test(text[m.index]!) ? 2 : 1);
        continue;
      }
      out.push([m.index, m[0]]);
      if (m[0].length === 0) g.lastIndex++;
    }
    return out;
  }
  const NOT_AFTER = [/[\p{L}\p{M}]/u, /[\d/.,-]/u, /[\d\p{L}\p{M}]/u, /\p{Lu}/u];
  const PATTERN = /\d{1,2}\/\d{1,2}|số \d+|ngày/gu;
  const text = fc.array(fc.constantFrom("1/2", "12/11", "số 39", "ngày", "a", "ế", "\u0301", "𝐀", "\ud835", "-", "/", ".", " ", "7", "Đ"), { maxLength: 24 }).map((p) => p.join(""));

  it("keep the matches whose unit before the regex rejects not", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: "binary", maxLength: 40 })), fc.constantFrom(...NOT_AFTER), (s, notAfter) => {
        const expected = reference(s, PATTERN, notAfter);
        expect(matchesNotAfter(s, PATTERN, notAfter).map((m) => [m.index, m[0]])).toEqual(expected);
        // Every position a candidate: matchesAt gives the same.
        const starts = Array.from({ length: s.length + 1 }, (_, i) => i);
        expect(matchesAt(s, stickyOf(PATTERN), starts, notAfter).map((m) => [m.index, m[0]])).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
