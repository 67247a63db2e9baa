/**
 * Officials: every person named together with a position, in the patterns of committee
 * news — "đồng chí X - title, title", "Ông X, title", "title X", lists after "các đồng
 * chí:" — with honorifics and ranks stripped, roles kept as written and in order, and the
 * same person's mentions (also by given name alone) merged into one official.
 */
import {
  AGENCY_FIELDS, COMMA_PHRASES, FAMILY_NAMES, GIVEN_NAMES_TOO, HONORIFICS, NAMESAKE_ORGS, NAMESAKE_PLACES, NOT_NAME_SYLLABLES, NOT_OFFICIALS, PLACE_WORDS, RANKS, ROLE_HEADS, PROVINCES, ROLE_PREFIXES, ROLE_STOP_EXCEPTIONS, ROLE_STOPS,
} from "./patterns/people.ts";
import { LETTER, LETTER_OR_MARK, NUMBER, RegionIndex, SPACE, UPPER, charClass, codePointWidth, matchLengthWithin, matchesNotAfter, unanchoredSticky, unitClass } from "./scan.ts";
import { foldSpelling } from "./normalize.ts";
import type { Official, Span } from "./types.ts";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const byLength = (a: string, b: string) => b.length - a.length;
const alt = (words: readonly string[]) => [...new Set(words)].sort(byLength).map(escape).map((w) => w.replace(/ /g, "\\s+")).join("|");

/** A capitalized syllable ("Nguyễn", "Đức"). */
const SYLLABLE = /\p{Lu}[\p{Ll}\p{M}]*(?![\p{L}\p{M}\d])/u;
/** The honorific or rank right before a name ("đồng chí ", "Ông ", "Thiếu tướng ", "các đồng chí: "). */
const HONORIFIC_BEFORE = new RegExp(`(?:${alt(HONORIFICS)}|các\\s+đồng\\s+chí\\s*:?|${alt(RANKS)})\\s*:?\\s*(?:(?:${alt(RANKS)})\\.?\\s*)?$`, "iu");
/** A rank at the start of a run ("Đại tá Nguyễn …" is read as one run only when "tá" is capitalized). */
const LEADING_HONORIFIC_WORDS = ["Ông", "Bà", "Anh", "Chị", "Đồng Chí", "Cụ", "Ngài"];
const LEADING_HONORIFIC = new RegExp(`^(?:${LEADING_HONORIFIC_WORDS.join("|")})\\s+`, "u");
/** The first letters of those words: a run opening with another has no honorific to test for. */
const LEADING_HONORIFIC_FIRST = new Set(LEADING_HONORIFIC_WORDS.map((w) => w.charCodeAt(0)));
/** A given name as one word: a capital, then lower-case letters and marks ("Nam", "Phúc"). */
const GIVEN_WORD = /^\p{Lu}[\p{Ll}\p{M}]*$/u;
/** The honorifics, longest first, as their words: "đồng chí" is two words, any white space between them. */
const HONORIFIC_WORDS = [...new Set(HONORIFICS)].sort(byLength).map((h) => h.split(" "));

/**
 * True when the given name at `start` (`length` units, one {@link GIVEN_WORD}) is a mention
 * by given name alone, as in "ông Nam", "đồng chí Phúc": inside one region, white space and
 * an honorific (as written, not after a letter) before it, and after it neither a letter nor
 * white space and another capitalized word ("ông Nam Anh" names someone else). Found with
 * `indexOf` per known given name instead of a regex over every region: a region holds few.
 */
function givenNameAt(text: string, start: number, length: number, index: RegionIndex<Span>): boolean {
  const end = start + length;
  const region = index.at(start, end);
  if (!region) return false;
  if (end < region.end) {
    if (charClass(text, end) & (LETTER_OR_MARK | UPPER)) return false;
    if (unitClass(text.charCodeAt(end)) & SPACE && end + 1 < region.end && charClass(text, end + 1) & UPPER) return false;
  }
  let at = start;
  while (at > region.start && unitClass(text.charCodeAt(at - 1)) & SPACE) at--;
  if (at === start) return false;
  for (const words of HONORIFIC_WORDS) {
    const from = honorificEndingAt(text, at, region.start, words);
    if (from >= 0 && (from === region.start || !LETTER.test(text[from - 1]!))) return true;
  }
  return false;
}

/** Where the honorific `words` starts when it ends at `end` (white space between its words), or -1. */
function honorificEndingAt(text: string, end: number, floor: number, words: readonly string[]): number {
  let at = end;
  for (let w = words.length - 1; w >= 0; w--) {
    const word = words[w]!;
    if (w < words.length - 1) {
      const before = at;
      while (at > floor && unitClass(text.charCodeAt(at - 1)) & SPACE) at--;
      if (at === before) return -1;
    }
    if (at - word.length < floor || !text.startsWith(word, at - word.length)) return -1;
    at -= word.length;
  }
  return at;
}
/** The start of a position: optional "nguyên/tân/quyền", then a role head. */
const ROLE_START = new RegExp(`^(?:(?:${alt(ROLE_PREFIXES)})\\s+)?(?:${alt(ROLE_HEADS)})(?![\\p{L}\\p{M}])`, "iu");
/**
 * Whether a UTF-16 unit may open a ROLE_START match: the first letter of a prefix or a head,
 * in any case the pattern's case-insensitive matching accepts (asked of the pattern itself,
 * 256 units at a time on first use). 0 unknown, 1 yes, 2 no.
 */
const ROLE_FIRST = new RegExp(`^(?:${[...new Set([...ROLE_PREFIXES, ...ROLE_HEADS].map((w) => w.charAt(0)))].map(escape).join("|")})`, "iu");
const ROLE_FIRST_UNITS = new Uint8Array(0x10000);

function mayStartRole(unit: number): boolean {
  let known = ROLE_FIRST_UNITS[unit];
  if (known === undefined) return false;
  if (known === 0) {
    const base = unit & 0xff00;
    for (let c = base; c < base + 0x100; c++) ROLE_FIRST_UNITS[c] = ROLE_FIRST.test(String.fromCharCode(c)) ? 1 : 2;
    known = ROLE_FIRST_UNITS[unit]!;
  }
  return known === 1;
}
/** A role head anywhere in a piece of text (for "… có Bí thư Tỉnh ủy X"). */
const ROLE_ANYWHERE = new RegExp(`(?:(?:${alt(ROLE_PREFIXES)})\\s+)?(?:${alt(ROLE_HEADS)})(?![\\p{L}\\p{M}])`, "giu");
/** A stop word (ROLE_STOPS: "phát biểu", "cho biết", "và"; lower case only) anywhere inside a role phrase, at a word start. */
const INNER_STOP = new RegExp(`(?:^|\\s)(?!(?:${alt(ROLE_STOP_EXCEPTIONS)})(?![\\p{L}\\p{M}]))(?:${alt(ROLE_STOPS)})(?![\\p{L}\\p{M}])`, "u");
/** The last word of a text (letters, digits, "/", "." and ":" kept), lower-cased: the cheap test before the phrase patterns. */
function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) !== 32) start--;
  return text.slice(start, end).toLowerCase();
}

const lastWords = (phrases: readonly string[]) => new Set(phrases.map((p) => lastWord(p.replace(/\.$/u, ""))));
/** Words an honorific or a rank ends with: only after one can HONORIFIC_BEFORE match. */
const HONORIFIC_TAILS = new Set([...lastWords([...HONORIFICS, ...RANKS]), ...lastWords(RANKS.map((r) => `${r}.`)), "chí:", "chí", "đ/c", ":"]);
const PLACE_TAILS = lastWords(PLACE_WORDS);
const ADMIN_TAILS = new Set(["ủy", "uỷ", "ubnd", "hđnd", "mttq", "quận", "huyện", "tỉnh", "phố", "tp", "tp.", "phường", "xã", "xã", "trấn"]);
/** "." ":" ",": the punctuation a last word may carry ("TP.", "chí:"). */
const endsWithPunct = (w: string) => {
  const c = w.charCodeAt(w.length - 1);
  return c === 46 || c === 58 || c === 44;
};
/** True when the last word (see {@link lastWord}) is one of `tails`, with or without its punctuation. */
const isTail = (w: string, tails: ReadonlySet<string>) => tails.has(w) || (endsWithPunct(w) && tails.has(withoutTrailingPunct(w)));

/** `w` without its trailing "." ":" ",": what `w.replace(/[.:,]+$/u, "")` gives, without the regex. */
function withoutTrailingPunct(w: string): string {
  let end = w.length;
  while (end > 0) {
    const c = w.charCodeAt(end - 1);
    if (c !== 46 && c !== 58 && c !== 44) break;
    end--;
  }
  return w.slice(0, end);
}

/** A place or institution word before a run: "phường Nguyễn Du", "trường Lê Quý Đôn" (not the "xã" of "văn xã", the social sector). */
const PLACE_BEFORE = new RegExp(`(?<![\\p{L}])(?<!văn\\s)(?:${alt(PLACE_WORDS)})\\s*$`, "u");
/** Committee and administrative words after which a two-syllable run is a place ("Quận ủy Hoàng Mai"). */
const ADMIN_BEFORE = /(?<![\p{L}])(?<!văn\s)(?:ủy|UBND|HĐND|MTTQ|quận|huyện|tỉnh|thành phố|TP\.?|phường|xã|thị xã|thị trấn)\s*$/u;
/** A commune, ward or village as the unit of a position ("Chủ tịch UBND xã", "Bí thư Đảng ủy phường", "Trưởng thôn"), right before a run. */
/** COMMUNE_OF_POSITION's last word, tested first: the pattern is tried at every position. */
const COMMUNE_UNIT_AT_END = /(?:xã|phường|trấn|thôn|ấp|bản|xóm)\s*$/u;
const COMMUNE_OF_POSITION =
  /(?<![\p{L}])(?:(?:ủy|UBND|HĐND|MTTQ|Ủy ban nhân dân|Hội đồng nhân dân|Công an|Quân sự|Nông dân|Phụ nữ|Cựu chiến binh|Chữ thập đỏ)\s+(?:thị xã|xã|phường|thị trấn)|(?:Trưởng|Phó)\s+(?:thôn|ấp|bản|xóm))\s*$/u;
/**
 * The words that give a person a new position: "giữ chức", "được bầu làm", "tiếp tục được bầu
 * giữ chức", "(tái) đắc cử", "trúng cử", "được bầu tái cử chức" … (not "làm" alone: "… làm
 * trưởng đoàn" leads a visit).
 */
const APPOINTED_TO =
  "(?:tiếp tục\\s+)?(?:được\\s+)?(?:(?:bầu|bổ nhiệm|điều động|phân công|chỉ định)\\s+)?giữ chức|(?:tiếp tục\\s+)?(?:được\\s+)?(?:bầu|bổ nhiệm|điều động|phân công|chỉ định)\\s+làm|" +
  "(?:tiếp tục\\s+)?(?:(?:được\\s+)?(?:bầu\\s+)?(?:tái\\s+)?(?:đắc|trúng)\\s+cử|(?:được\\s+)?(?:bầu\\s+)?tái\\s+cử)(?:\\s+chức(?:\\s+vụ)?)?";
/** Separators between a name and its roles, and between roles. */
const AFTER_NAME = new RegExp(`^\\s*(?:-|,|\\(|:)\\s*|^\\s+(?:${APPOINTED_TO}|làm|là)\\s+`, "u");
/** "kiêm": the word that joins two positions one person holds at once. */
const CONCURRENTLY = "kiêm";
/** A position held now or at the same time, after another: "nguyên Chủ tịch UBND huyện, hiện là Chủ tịch Hội Cựu chiến binh". */
const STILL_HOLDS = "(?:hiện|nay|hiện nay|đồng thời)\\s+(?:là|giữ chức)";
/**
 * Between two positions of one person: a comma, a dash, "kiêm" (holding both: "Phó Chủ tịch
 * UBND huyện kiêm Trưởng Công an huyện"), or "giữ chức" before the one given now ("ông A,
 * Phó Giám đốc Sở Nội vụ giữ chức Giám đốc Sở Nội vụ").
 */
const BETWEEN_ROLES = new RegExp(`^\\s*(?:,\\s*)?(?:${APPOINTED_TO}|${STILL_HOLDS})\\s+|^\\s*(?:-|,)\\s*|^\\s+${CONCURRENTLY}\\s+`, "u");
/** Two fields of one agency's name ("Văn hóa, Thể thao"): the dash or comma between them. */
const FIELDS = `(?:${alt(AGENCY_FIELDS)})(?![\\p{L}\\p{M}])`;
const FIELD_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{M}])(?:${alt(AGENCY_FIELDS)})$`, "u");
const FIELD_JOIN = new RegExp(`\\s*[-,]\\s*(?=${FIELDS})`, "uy");
/**
 * The length of the dash or comma at `at` inside a body's name, where it continues the position
 * instead of ending it: between two fields of one agency's name ("Sở Lao động - Thương binh và
 * Xã hội", the role before it ending in the first), or in a phrase of COMMA_PHRASES ("phòng,
 * chống"); else -1.
 */
function joinInsideName(text: string, at: number): number {
  FIELD_JOIN.lastIndex = at;
  if (FIELD_JOIN.test(text) && FIELD_BEFORE.test(text.slice(Math.max(0, at - 32), at))) return FIELD_JOIN.lastIndex - at;
  // "Ban Chỉ đạo phòng, chống tham nhũng", "Ban Chính sách, chiến lược Trung ương".
  for (const [before, after] of COMMA_PHRASES) {
    if (!text.endsWith(before, at)) continue;
    COMMA_AT.lastIndex = at;
    const comma = COMMA_AT.exec(text);
    if (comma && text.startsWith(after, at + comma[0].length)) return comma[0].length;
  }
  return -1;
}
const COMMA_AT = /,\s*/uy;
/** What separates the positions written before a name: a comma (not one inside an agency's name or a COMMA_PHRASES phrase), or "kiêm" between spaces. */
const INSIDE_PHRASE = COMMA_PHRASES.map(([before, after]) => `(?!(?<=${escape(before)},)\\s*${escape(after)}(?![\\p{L}\\p{M}]))`).join("");
const ROLE_PIECE_JOIN = new RegExp(`,(?!(?<=(?:^|[^\\p{L}\\p{M}])(?:${alt(AGENCY_FIELDS)}),)\\s*${FIELDS})${INSIDE_PHRASE}|\\s${CONCURRENTLY}(?=\\s)`, "u");
const AFTER_NAME_AT = unanchoredSticky(AFTER_NAME);
const BETWEEN_ROLES_AT = unanchoredSticky(BETWEEN_ROLES);
/** After a family name: a given name and more ("Nguyễn Văn A"), read at `lastIndex`. */
const NAME_AHEAD = /\s*\p{Lu}[\p{Ll}\p{M}]*\s+\p{Lu}/uy;
/** Phrases by their first word, each as its words: "phát biểu" is filed under "phát". */
function byFirstWord(phrases: Iterable<string>): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const phrase of new Set(phrases)) {
    const words = phrase.split(" ");
    out.set(words[0]!, [...(out.get(words[0]!) ?? []), words]);
  }
  return out;
}
/** The phrases as written and in capitals: a headline or lead set in capitals ("BÍ THƯ HUYỆN ỦY PHÁT BIỂU") ends its positions too. */
const withCapitals = (phrases: readonly string[]) => [...phrases, ...phrases.map((p) => p.toUpperCase())];
const STOPS_BY_FIRST_WORD = byFirstWord(withCapitals(ROLE_STOPS));
const EXCEPTIONS_BY_FIRST_WORD = byFirstWord(withCapitals(ROLE_STOP_EXCEPTIONS));

const isWordChar = (text: string, i: number) => (charClass(text, i) & (LETTER_OR_MARK | NUMBER)) !== 0;

/** The end of the white space from `i` on. */
function spaceEnd(text: string, i: number): number {
  while (i < text.length && unitClass(text.charCodeAt(i)) & SPACE) i++;
  return i;
}

/** True when the stop phrase `words` stands at `at` (white space between its words), followed by no letter or mark. */
function stopPhraseAt(text: string, at: number, words: readonly string[]): boolean {
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      const next = spaceEnd(text, at);
      if (next === at) return false;
      at = next;
    }
    if (!text.startsWith(words[w]!, at)) return false;
    at += words[w]!.length;
  }
  return at >= text.length || !(charClass(text, at) & LETTER_OR_MARK);
}

/**
 * The next word of a role from `at`: where it ends, or -1 when the role ends there — a stop
 * word or phrase (ROLE_STOPS: "phát biểu", "và", "cho biết") or no word at all. A word is
 * letters, marks and digits, with a dot, apostrophe, "&" or "/" only inside it ("TP.HCM",
 * "T.Ư"), so a sentence's full stop ends the role. White space before it is part of the step.
 * It reads as a sticky regex would, a stop alternative first, then a word alternative
 * (`\s*[\p{L}\p{M}\p{N}]+` then `[.'&/]` and more of them, repeated), but over char codes,
 * with the stop words looked up by their first word.
 */
export function nextRoleWord(text: string, at: number): number {
  const start = spaceEnd(text, at);
  if (start >= text.length || !isWordChar(text, start)) return -1;
  let letters = start;
  while (letters < text.length && charClass(text, letters) & LETTER_OR_MARK) letters += codePointWidth(text, letters);
  const first = letters > start ? text.slice(start, letters) : "";
  const stops = STOPS_BY_FIRST_WORD.get(first);
  if (stops && !EXCEPTIONS_BY_FIRST_WORD.get(first)?.some((words) => stopPhraseAt(text, start, words))) {
    for (const words of stops) if (stopPhraseAt(text, start, words)) return -1;
  }
  let end = start;
  let joined: number;
  for (;;) {
    while (end < text.length && isWordChar(text, end)) end += codePointWidth(text, end);
    const c = text.charCodeAt(end);
    // "." "'" "&" "/" joining two parts of one word.
    if ((c === 46 || c === 39 || c === 38 || c === 47) && end + 1 < text.length && isWordChar(text, end + 1)) end++;
    // A transliterated place's hyphens after its capital: "tỉnh Chăm-pa-xắc".
    else if (c === 45 && charClass(text, start) & UPPER && (joined = transliterationEnd(text, end)) > end) end = joined;
    else return end;
  }
}
const MAX_ROLE_TOKENS = 16;

/** The end of the letters and marks from `i` on: the rest of a word. */
function wordEnd(text: string, i: number): number {
  while (i < text.length && charClass(text, i) & LETTER_OR_MARK) i += codePointWidth(text, i);
  return i;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** An apostrophe: ' or ’. */
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/**
 * The end of the capitalized word at `q` (its first letter a capital). The prefix of Ê Đê and
 * other minority names, one capital and an apostrophe, is part of the word ("H'Yim", "K’Sor")
 * and a word of its own before a space ("H' Yim").
 */
function nameWordEnd(text: string, q: number): number {
  const end = wordEnd(text, q + codePointWidth(text, q));
  if (end !== q + 1 || !isApostrophe(text.charCodeAt(end))) return transliterationEnd(text, end);
  const next = end + 1;
  if (next < text.length && charClass(text, next) & UPPER) return wordEnd(text, next + codePointWidth(text, next));
  return next;
}

/** First words of positions, in lower case: a dash glued before one ends the name ("Nguyễn Văn Phúc-bí thư …"). */
const POSITION_FIRST_WORDS = new Set([...ROLE_PREFIXES, ...ROLE_HEADS].map((r) => r.split(" ")[0]!.toLowerCase()));

/**
 * The end of a word written as a transliteration, its syllables joined by hyphens and all but
 * the first in lower case: Lao and Khmer names as Vietnamese writes them ("Xỉ-sổm-phon
 * Phôm-vi-hản", "Thoòng-lun Xi-sú-lít"), and their places ("Chăm-pa-xắc"). From `end`, the end
 * of the word's first syllable; a dash before a capital ("Mác-Lênin") or a position's first word
 * joins nothing.
 */
function transliterationEnd(text: string, end: number): number {
  while (text.charCodeAt(end) === 45 && end + 1 < text.length && (charClass(text, end + 1) & (LETTER_OR_MARK | UPPER)) === LETTER_OR_MARK) {
    const next = wordEnd(text, end + 1);
    if (POSITION_FIRST_WORDS.has(text.slice(end + 1, next))) break;
    end = next;
  }
  return end;
}
/** "H'Yim", "H’Hen", "H'": a minority name's prefix (one capital and an apostrophe), with or without the syllable it joins. */
const MINORITY_PREFIXED = /^\p{Lu}['’](?:\p{Lu}[\p{Ll}\p{M}]*)?$/u;

/**
 * The runs of 2–10 capitalized syllables, the raw material of names, as `[start, end)` pairs
 * in one flat array: exactly what `/W(?:[^\S\n]W){1,9}(?![\p{L}\p{M}\d])/gu` finds scanning the
 * text from the start, a word W being `\p{Lu}(?:['’](?:\p{Lu}[\p{L}\p{M}]*)?|[\p{L}\p{M}]*(?:-S)*)`,
 * S a syllable of letters and marks not opening with a capital nor being a position's first
 * word (see {@link nameWordEnd}, {@link transliterationEnd}), keeping the matches that do not follow a letter, mark or number. One loop over char codes and a class table: the regex with its Unicode
 * classes tried at every position was the slowest scan of the extractors.
 *
 * A run takes words while a single space (not a line break) and a capital follow; when a digit follows the
 * last word, that word is given back (the regex's lookahead) and the run must still have two.
 */
function capitalizedRuns(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  for (let q = 0; q < n; ) {
    const c = text.charCodeAt(q);
    // Most characters are lower case or punctuation: ASCII ones need no table, others one read.
    if (c >= 97 ? (c <= 122 || (c < 0xd800 ? !(unitClass(c) & UPPER) : !(charClass(text, q) & UPPER))) : c < 65 || c > 90) {
      q += c < 0xd800 ? 1 : codePointWidth(text, q);
      continue;
    }
    let end = nameWordEnd(text, q);
    let beforeEnd = -1, words = 1;
    // (A line break ends the run: the next line's first word is no part of this line's name.)
    while (words < 10 && end + 1 < n && text.charCodeAt(end) !== 10 && unitClass(text.charCodeAt(end)) & SPACE && charClass(text, end + 1) & UPPER) {
      beforeEnd = end;
      end = nameWordEnd(text, end + 1);
      words++;
    }
    if (end < n && isDigit(text.charCodeAt(end))) {
      end = beforeEnd;
      words--;
    }
    if (words < 2 || (q > 0 && unitClass(text.charCodeAt(q - 1)) & (LETTER_OR_MARK | NUMBER))) {
      q += codePointWidth(text, q);
      continue;
    }
    out.push(q, end);
    q = end;
  }
  return out;
}

/** A person found at one place, with the roles written there. */
interface PersonHit {
  name: string;
  roles: string[];
  mention: Span;
}

/** The words of a run: what `run.split(/\s+/u)` gives, read over char codes. */
function syllables(run: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < run.length; i++) {
    if (!(unitClass(run.charCodeAt(i)) & SPACE)) continue;
    out.push(run.slice(from, i));
    let j = i + 1;
    while (j < run.length && unitClass(run.charCodeAt(j)) & SPACE) j++;
    from = j;
    i = j - 1;
  }
  out.push(run.slice(from));
  return out;
}

/** "NGUYỄN" → "Nguyễn": names written in capitals are checked like any other. */
const titleCase = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();
/** Every Vietnamese syllable has a vowel; "UBND", "HĐND", "TW" have none. */
const VOWEL = /[aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ]/iu;
const hasVowel = (w: string) => VOWEL.test(w);

/**
 * A pure test of one word, remembered: the same syllables ("Nguyễn", "Văn", "Ban") come back
 * in run after run, and case folding each time costs more than a lookup. The memory is
 * dropped when it grows large, so arbitrary text cannot make it grow without bound.
 */
function remembered(test: (word: string) => boolean): (word: string) => boolean {
  let seen = new Map<string, boolean>();
  return (word) => {
    let answer = seen.get(word);
    if (answer === undefined) {
      if (seen.size >= 4096) seen = new Map();
      seen.set(word, (answer = test(word)));
    }
    return answer;
  };
}

/** A transliterated name's word: syllables of at most 7 letters joined by hyphens ("Xi-sú-lít"). */
const isTransliterated = (s: string) => s.includes("-");
const isNameSyllable = remembered((s) => {
  if (MINORITY_PREFIXED.test(s)) return s.length <= 9;
  if (isTransliterated(s)) return s.split("-").every((part, i) => part.length > 0 && part.length <= 7 && hasVowel(part) && (i === 0 || part === part.toLowerCase()));
  if (s.length > 7) return false;
  const t = titleCase(s);
  return (s === t || s === s.toUpperCase()) && hasVowel(s) && !NOT_NAME_SYLLABLES.has(t);
});

const isFamily = remembered((w) => FAMILY_NAMES.has(titleCase(w)) || (MINORITY_PREFIXED.test(w) && FAMILY_NAMES.has(w.slice(0, 2).replace("’", "'"))));
/** Military ranks: a person named with one alone is an official ("Đại tướng Phan Văn Giang"). */
const MILITARY_RANK = /(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy)|(?:Phó |Chuẩn )?Đô đốc/u;

/** An envoy's position, which names the country posted to after "tại": "Đại sứ Việt Nam tại Lào". */
const ENVOY = /^(?:(?:nguyên|tân|quyền)\s+)?(?:Phó\s+)?(?:Đại\s+sứ|Tổng\s+Lãnh\s+sự|Lãnh\s+sự|Trưởng\s+Đại\s+diện|Tham\s+tán)/iu;
/** "tại" before a capital: the post of an envoy ("… tại Lào", "… tại Hoa Kỳ"). */
const POSTED_AT = /\s+tại(?=\s+\p{Lu})/uy;
const POSTED_AT_INSIDE = new RegExp(POSTED_AT.source, "u");

/** Reads one position starting at `at`, or null. Returns the role as written and where it ends. */
function readRole(text: string, at: number, limit: number): { role: string; end: number } | null {
  if (!mayStartRole(text.charCodeAt(at)) || at >= limit) return null;
  const rest = text.slice(at, Math.min(limit, at + 240));
  const head = ROLE_START.exec(rest);
  if (!head) return null;
  let end = head[0].length;
  const envoy = ENVOY.test(head[0]);
  for (let n = 0; n < MAX_ROLE_TOKENS; n++) {
    let next = nextRoleWord(rest, end);
    if (next < 0 && envoy) {
      POSTED_AT.lastIndex = end;
      if (POSTED_AT.test(rest)) next = nextRoleWord(rest, POSTED_AT.lastIndex);
    }
    if (next < 0) {
      // "Giám đốc Sở Văn hóa, Thể thao và Du lịch": the comma is inside the department's name.
      const join = joinInsideName(rest, end);
      if (join < 0) break;
      end += join;
      next = nextRoleWord(rest, end);
      if (next < 0) break;
    }
    // A following person's name ends the role, right after its head too: "… Bí thư Quận ủy
    // Nguyễn Văn A", "nguyên Ủy viên Bộ Chính trị Bùi Ngọc Dũng".
    const word = spaceEnd(rest, end);
    // ("Thành phố Hồ Chí Minh" is a place: a name of NOT_OFFICIALS continues the position.)
    if (charClass(rest, word) & UPPER && FAMILY_NAMES.has(rest.slice(word, next)) && !namesNoOfficial(rest, word)) {
      NAME_AHEAD.lastIndex = next;
      if (NAME_AHEAD.test(rest)) break;
    }
    end = next;
  }
  const role = rest.slice(0, end).replace(/[\s.]+$/u, "");
  return role ? { role, end: at + role.length } : null;
}

/** A person's age or year of birth, or place in a photo, after the name, before the positions: " (sinh năm 1970)", ", 65 tuổi", " (bên phải)", " (thứ 2 từ trái sang)". */
const AGE_ASIDE =
  /^\s*(?:\(\s*(?:(?:sinh\s+năm|năm\s+sinh|SN)\s*\d{4}|\d{1,3}\s+tuổi|(?:(?:ngồi|đứng)\s+)?(?:bên\s+)?(?:phải|trái|giữa)(?:\s+ảnh)?|thứ\s+(?:\d|hai|ba|tư|năm)\s+từ\s+(?:trái|phải)(?:\s+sang)?(?:\s+(?:trái|phải))?)\s*\)|,\s*(?:sinh\s+năm\s+\d{4}|\d{1,3}\s+tuổi))(?=\s*[,(-])/u;

/** Reads the positions written after a name: "- Bí thư Quận ủy, Chủ tịch HĐND quận". */
function rolesAfter(text: string, at: number, limit: number): { roles: string[]; starts: number[]; end: number } {
  // "Ông Trần Văn Cường (sinh năm 1970), Bí thư Đảng ủy xã": the positions after the age.
  const c = text.charCodeAt(at + (text.charCodeAt(at) === 32 ? 1 : 0));
  if (c === 40 || c === 44) {
    const aside = AGE_ASIDE.exec(text.slice(at, Math.min(limit, at + 40)));
    if (aside) at += aside[0].length;
  }
  let sep = matchLengthWithin(text, AFTER_NAME_AT, AFTER_NAME, at, limit);
  // Written without a separator, a position opens with a capital: "đồng chí Nguyễn Văn Thắng Bí thư Huyện ủy".
  if (sep < 0 && text.charCodeAt(at) === 32 && charClass(text, at + 1) & UPPER && readRole(text, at + 1, limit)) sep = 1;
  const roles: string[] = [];
  const starts: number[] = [];
  if (sep < 0) return { roles, starts, end: at };
  let pos = at + sep;
  let end = at;
  // "(" among the separator's characters only: a search on to the text's end made a long line quadratic.
  let paren = false;
  for (let i = at; i < pos && !paren; i++) paren = text.charCodeAt(i) === 40;
  for (;;) {
    const r = readRole(text, pos, paren ? Math.min(limit, closing(text, pos, limit)) : limit);
    if (!r) break;
    roles.push(r.role);
    starts.push(pos);
    end = r.end;
    const next = matchLengthWithin(text, BETWEEN_ROLES_AT, BETWEEN_ROLES, r.end, limit);
    if (next < 0) break;
    pos = r.end + next;
  }
  return { roles, starts, end };
}

/**
 * A family name and a name syllable, capitalized, right after `at`: another person's name
 * begins there. Past the end of the positions two syllables are enough; inside a position
 * (see readRole) a name needs a third, since "Tỉnh ủy Cao Bằng" continues the position.
 */
const NEXT_NAME = /^\s+(\p{Lu}[\p{L}\p{M}]*)\s+(\p{Lu}[\p{L}\p{M}]*)/u;
function nameFollows(text: string, at: number, limit: number): boolean {
  const m = NEXT_NAME.exec(text.slice(at, Math.min(limit, at + 40)));
  if (m === null || !isFamily(m[1]!) || !isNameSyllable(m[2]!)) return false;
  // The name starts past the white space NEXT_NAME opens with.
  return !namesNoOfficial(text, at + m[0].length - m[0].trimStart().length);
}

/** True when a name of NOT_OFFICIALS ("Hồ Chí Minh") starts at `at`: a place or an idea there, not a person. */
function namesNoOfficial(text: string, at: number): boolean {
  for (const name of NOT_OFFICIALS) if (text.startsWith(name, at)) return true;
  return false;
}

function closing(text: string, from: number, limit: number): number {
  const i = text.indexOf(")", from);
  return i < 0 || i > limit ? limit : i;
}

/** The last "." of `s` that ends a sentence: followed by white space or the end, and not the dot of "TP.". */
function lastFullStop(s: string): number {
  let dot = s.lastIndexOf(".");
  while (dot >= 0 && ((dot + 1 < s.length && !(unitClass(s.charCodeAt(dot + 1)) & SPACE)) || /(?:^|[^\p{L}])TP$/iu.test(s.slice(Math.max(0, dot - 3), dot)))) {
    dot = dot > 0 ? s.lastIndexOf(".", dot - 1) : -1;
  }
  return dot;
}

/** Reads the positions written before a name: "Tổng Bí thư, Chủ tịch nước Tô Lâm". */
function rolesBefore(text: string, regionStart: number, at: number, commaBefore = false): string[] {
  const from = Math.max(regionStart, at - 160);
  let clause = text.slice(from, at);
  // A sentence's full stop cuts it, not the dot of "TP.HCM", "T.Ư" or "TP. Hồ Chí Minh".
  const cut = Math.max(lastFullStop(clause), clause.lastIndexOf(";"), clause.lastIndexOf(":"), clause.lastIndexOf("("), clause.lastIndexOf("\n"));
  if (cut >= 0) clause = clause.slice(cut + 1);
  if (!/\s$/u.test(clause)) return [];
  if (commaBefore) {
    if (!/,\s*$/u.test(clause)) return [];
    clause = clause.replace(/,\s*$/u, " ");
  }
  const pieces = mergeContinuations(clause.split(ROLE_PIECE_SPLIT));
  const roles: string[] = [];
  // The position right before a name is short: look at its last 120 characters only.
  const last = pieces.pop()!.slice(-120);
  const head = matchesNotAfter(last, ROLE_ANYWHERE, LETTER)[0];
  if (!head) return [];
  let role = last.slice(head.index).trim();
  // Nothing but the position may stand between it and the name, or what qualifies it: "Phó
  // Chủ tịch UBND tỉnh phụ trách khối văn xã Nguyễn Văn An" is "Phó Chủ tịch UBND tỉnh".
  // (An envoy's "tại" names the post: "Đại sứ Việt Nam tại Lào Nguyễn Minh Tâm".)
  const inner = ENVOY.test(head[0]) ? role.slice(head[0].length).replace(POSTED_AT_INSIDE, "") : role.slice(head[0].length);
  if (INNER_STOP.test(inner)) {
    const qualified = QUALIFIER.exec(inner);
    if (!qualified || INNER_STOP.test(inner.slice(0, qualified.index))) return [];
    role = role.slice(0, head[0].length + qualified.index).trim();
  }
  roles.unshift(role);
  while (pieces.length) {
    const piece = pieces.pop()!.trim();
    if (mayStartRole(piece.charCodeAt(0)) && ROLE_START.test(piece) && piece.length <= 120) {
      roles.unshift(piece);
      continue;
    }
    // The first of the positions may follow the words that open the list: "Dự hội nghị có Phó
    // Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn Sơn".
    const opening = matchesNotAfter(piece, ROLE_ANYWHERE, LETTER)[0];
    if (opening && LIST_OPENING.test(piece.slice(0, opening.index))) {
      const first = piece.slice(opening.index);
      if (first.length <= 120 && !INNER_STOP.test(first.slice(opening[0].length))) roles.unshift(first);
    }
    break;
  }
  return roles;
}

/** Words after a position that qualify it, the rest of the phrase no part of its name: "phụ trách …", "nhiệm kỳ …". */
const QUALIFIER = /(?:^|\s)(?:phụ\s+trách|nhiệm\s+kỳ)(?![\p{L}\p{M}])/u;

/**
 * The comma-separated pieces before a name, with a piece that continues the one before it
 * joined back: it is in lower case and opens no position ("Trưởng Ban Chỉ đạo phòng, chống tham
 * nhũng, tiêu cực"; not "…, sau đó Chủ tịch UBND tỉnh", "…, phó bí thư huyện ủy").
 */
const LOWER_START = /^\p{Ll}/u;
const HAS_CAPITAL = /\p{Lu}/u;
/** ROLE_PIECE_JOIN keeping its separators: pieces at even indexes, separators at odd ones. */
const ROLE_PIECE_SPLIT = new RegExp(`(${ROLE_PIECE_JOIN.source})`, "u");
function mergeContinuations(parts: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const piece = parts[i]!;
    const trimmed = piece.trimStart();
    const continues = i > 0 && parts[i - 1] === "," && LOWER_START.test(trimmed) && !HAS_CAPITAL.test(trimmed) && !ROLE_START.test(trimmed);
    if (continues) out[out.length - 1] += `,${piece}`;
    else out.push(piece);
  }
  return out;
}

/**
 * Before a name: an organization often named after a person ("Trường … Trần Phú", "Công ty Lê
 * Gia", "Khu phố Lê Lợi"), with at most three words of its name between and no unit of
 * administration among them (after "Trung tâm Y tế huyện" a name is a person's again).
 */
const ORG_NAMED_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{M}])(?:${alt(NAMESAKE_ORGS)})(?:\\s+(?!(?:huyện|tỉnh|quận|xã|phường|thị|thành|TP)(?![\\p{L}\\p{M}]))[\\p{L}\\p{M}]+){0,3}\\s+$`,
  "u",
);

/**
 * A position the names of a list share, written once before its colon: "các đồng chí Phó Chủ
 * tịch UBND tỉnh: Nguyễn Thành Công, Lê Thị Thu Hằng", "các Phó Bí thư Tỉnh ủy: A và B", "các đồng chí:
 * Phó Bí thư Tỉnh ủy: A, B". The
 * names before this one in the list are capitalized words between commas or "và".
 */
const SHARED_ROLE = new RegExp(
  `(?:^|[^\\p{L}\\p{M}])[Cc]ác\\s+(?:đồng\\s+chí\\s*:?\\s*)?((?:${alt(ROLE_HEADS)})(?![\\p{L}\\p{M}])[^:;.()\\n]{0,80}?)\\s*:\\s*` +
    `(?:\\p{Lu}[\\p{L}\\p{M}'’]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’]*){1,4}\\s*(?:,|và)\\s*){0,12}$`,
  "u",
);
function sharedRole(text: string, regionStart: number, at: number): string[] {
  const from = Math.max(regionStart, at - 400);
  // Most names have no colon before them: looked for in place, before any slice.
  let colon = at - 1;
  while (colon >= from && text.charCodeAt(colon) !== 58) colon--;
  if (colon < from) return [];
  const m = SHARED_ROLE.exec(text.slice(from, at));
  if (!m || INNER_STOP.test(m[1]!.slice(ROLE_START.exec(m[1]!)?.[0].length ?? 0))) return [];
  return [m[1]!.trim()];
}

/** Between two names of a list: a comma or "và". */
const LIST_JOIN = /^\s*(?:,|và)\s*$/u;
/** "các" or "các đồng chí" right before a position: the position is a list's, in the plural. */
const PLURAL = /(?:^|[^\p{L}\p{M}])[Cc]ác\s+(?:đồng\s+chí\s+)?$/u;
/** "đối với" before an honorific and a name: whom a position named before it concerns. */
const FOR_PERSON = /\sđối\s+với\s+$/u;
/** A deputy's position, which several people hold at once ("Phó Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy"). */
const DEPUTY = /^(?:nguyên\s+)?Phó\s/iu;
/** True when the first of the positions read before a name at `at` stands right after "các (đồng chí)". */
function pluralBefore(text: string, floor: number, at: number, firstRole: string): boolean {
  const roleAt = text.lastIndexOf(firstRole, at);
  return roleAt >= floor && PLURAL.test(text.slice(Math.max(floor, roleAt - 16), roleAt));
}

/** The words that open a list of positions and names: "Dự hội nghị có …", "Đoàn gồm …". */
const LIST_OPENING = /(?:^|\s)(?:có|gồm)\s+$/u;

/** Middle names that end no place name: "Văn" (men), "Thị" (women). */
const MIDDLE_ONLY: ReadonlySet<string> = new Set(["Văn", "Thị", "VĂN", "THỊ"]);
/** Picks the person's name out of a capitalized run of name syllables: after a place ("Cao Bằng Đinh Văn Khoa"). */
function nameInRun(words: string[], afterAdmin: boolean, strong: boolean): number | null {
  // Every word is a name syllable (the run was cut at the first that is not).
  const candidates: number[] = [];
  for (let k = 0; k <= words.length - 2; k++) {
    const len = words.length - k;
    // Minority names run longer: "Y Thanh Hà Niê Kđăm" after an honorific.
    if (len > (strong && k === 0 ? 5 : 4)) continue;
    if (k === 0 && strong) candidates.push(k);
    else if (isFamily(words[k]!)) candidates.push(k);
    // A transliterated name has no Vietnamese family name: every word of it is hyphenated
    // ("Chủ tịch nước Lào Thoòng-lun Xi-sú-lít").
    else if (words.slice(k).every(isTransliterated)) candidates.push(k);
    // A Khmer name of a short syllable and a hyphenated one: "Thủ tướng Campuchia Hun Ma-nét".
    else if (len === 2 && isTransliterated(words[k + 1]!) && !isTransliterated(words[k]!) && words[k]!.length <= 4) candidates.push(k);
  }
  if (!candidates.length) return null;
  // "Cao Bằng Đinh Văn Khoa": a place of two syllables, then the name. Not when the second is a
  // middle name, which ends no place: "Nguyễn Thị Lê Hoa" is one name ("Lê" a family name too).
  if (afterAdmin && words.length >= 4 && candidates.includes(2) && !MIDDLE_ONLY.has(words[1]!)) return 2;
  return candidates[0]!;
}

/** The words before a name whose birth or death is commemorated: "Ngày sinh Đại tướng …", "ngày mất của đồng chí …". */
const COMMEMORATED =
  /(?<![\p{L}])(?:ngày sinh|ngày mất|ngày giỗ|ngày hy sinh|ngày tưởng niệm|năm sinh)(?:\s+của)?\s+(?:(?:đồng chí|cố|Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Chủ tịch|Tổng Bí thư|Thủ tướng|Bí thư|Anh hùng|liệt sĩ)\s+){0,3}$/iu;

/** A plural list's names before the last one: "các đồng chí Nguyễn Văn An, Lê Thị Bình và ". */
const PLURAL_LIST_BEFORE = /(?<![\p{L}])[Cc]ác\s+đồng\s+chí\s*:?\s*((?:\p{Lu}[\p{L}\p{M}'’]*(?:\s+\p{Lu}[\p{L}\p{M}'’]*){1,4}\s*(?:,|và)\s*){1,12})$/u;
/** One name of such a list, and what joins it to the next. */
const LISTED_NAME = /(\p{Lu}[\p{L}\p{M}'’]*(?:\s+\p{Lu}[\p{L}\p{M}'’]*){1,4})\s*(?:,|và)\s*/gu;

/**
 * "Các đồng chí Nguyễn Văn An, Lê Thị Bình, Trần Văn Cường, Ủy viên Ban Thường vụ Huyện ủy": the
 * positions after the last name of a plural list are every listed person's.
 */
function shareRolesUpPluralList(text: string, hits: PersonHit[]): PersonHit[] {
  const out: PersonHit[] = [];
  // Every hit so far by where its name starts: a listed name may be one already.
  const byStart = new Map<number, PersonHit>();
  for (const h of hits) {
    if (h.roles.length && text.charCodeAt(h.mention.start - 1) === 32) {
      const from = Math.max(0, h.mention.start - 300);
      const list = PLURAL_LIST_BEFORE.exec(text.slice(from, h.mention.start));
      if (list) {
        const listAt = from + list.index + list[0].length - list[1]!.length;
        for (const m of list[1]!.matchAll(LISTED_NAME)) {
          const start = listAt + m.index, name = m[1]!;
          const known = byStart.get(start);
          if (known) {
            if (!known.roles.length) known.roles = h.roles;
            continue;
          }
          const listed: PersonHit = { name, roles: h.roles, mention: { start, end: start + name.length, text: name } };
          out.push(listed);
          byStart.set(start, listed);
        }
      }
    }
    out.push(h);
    byStart.set(h.mention.start, h);
  }
  return out.sort((a, b) => a.mention.start - b.mention.start);
}

/** COMMEMORATED's words anywhere: one test of the text before any name is tried. */
const COMMEMORATION_ANYWHERE = /ngày (?:sinh|mất|giỗ|hy sinh|tưởng niệm)|năm sinh/iu;

/**
 * True when the run of capitals ending at `end` ends in a given name that is also a body's word
 * or a verb ("Trần Văn Phòng, nguyên Phó Giám đốc …", "Lương Văn Kiểm phát biểu"), where it ends the name.
 */
function endsInGivenName(text: string, end: number): boolean {
  return GIVEN_NAMES_TOO.has(text.slice(text.lastIndexOf(" ", end - 1) + 1, end)) && NAME_END_AFTER.test(text.slice(end, end + 3));
}

/** What may follow a name's last word: a separator, a bracket, a line's end, a word in lower case (not "Thường trực", "Thường vụ"). */
const NAME_END_AFTER = /^(?:\s*[,;:().]|\s+[-–]\s|\s*\n|\s+(?!(?:trực|vụ)(?![\p{L}]))\p{Ll}|$)/u;

/** Finds the people named with a position in the regions of the text. */
function findPeople(text: string, regions: readonly Span[]): PersonHit[] {
  const hits: PersonHit[] = [];
  const index = new RegionIndex(regions);
  if (index.empty) return hits;
  // Text already read as someone's roles holds no new person ("X - Bí thư Tỉnh ủy Cao Bằng").
  let rolesUntil = -1;
  // Where the last person's name (and the positions read after it) ended.
  let previousEnd = -1;
  // A position written once before a list of names ("các Phó Chủ tịch UBND tỉnh A, B"), and where the list's last name ended.
  // (A deputy's position, written in the singular, is shared only down a list that opens with a comma.)
  let listed: { roles: string[]; end: number; commaFirst: boolean } | null = null;
  // One scan of the whole text; a run counts inside one region (a line of content) only.
  const runs = capitalizedRuns(text);
  for (let r = 0; r < runs.length; r += 2) {
    const matchStart = runs[r]!, matchEnd = runs[r + 1]!;
    const region = index.at(matchStart, matchEnd);
    if (!region) continue;
    let runStart = matchStart;
    if (runStart < rolesUntil) continue;
    let run = text.slice(matchStart, matchEnd);
    let strong = false;
    let nameSyllables: string[] | null = null;
    const lead = LEADING_HONORIFIC_FIRST.has(text.charCodeAt(matchStart)) ? LEADING_HONORIFIC.exec(run) : null;
    if (lead) {
      run = run.slice(lead[0].length);
      runStart += lead[0].length;
      strong = true;
    }
    const before = text.slice(Math.max(region.start, runStart - 30), runStart);
    const beforeWord = lastWord(before);
    const honorific = isTail(beforeWord, HONORIFIC_TAILS) ? HONORIFIC_BEFORE.exec(before) : null;
    const honorificAt = honorific ? runStart - before.length + honorific.index : -1;
    if (honorific && (honorificAt === region.start || !LETTER.test(text[honorificAt - 1]!))) strong = true;
    else if (!lead) {
      // Not after an honorific, a name starts with a family name (or is a transliteration): a run without one is a place or a body.
      const all = syllables(run);
      if (!all.some(isFamily) && !all.some(isTransliterated)) continue;
      // The name is the last stretch of name syllables ("Hà Nội Nguyễn Quang Vinh"), before
      // the words that follow it in a text set in capitals ("… TỈNH ĐẶNG VĂN NAM DỰ HỘI NGHỊ").
      let to = all.length;
      const keepLast = all.length >= 3 && !isNameSyllable(all[to - 1]!) && isNameSyllable(all[to - 2]!) && isNameSyllable(all[to - 3]!) && endsInGivenName(text, matchEnd);
      if (!keepLast) while (to > 0 && !isNameSyllable(all[to - 1]!)) to--;
      let from = keepLast ? to - 1 : to;
      while (from > 0 && isNameSyllable(all[from - 1]!)) from--;
      if (from > 0) runStart += all.slice(0, from).join(" ").length + 1;
      if (from > 0 || to < all.length) run = all.slice(from, to).join(" ");
      // Those are the words of the run now, every one a name syllable.
      nameSyllables = all.slice(from, to);
    }
    let words = nameSyllables ?? syllables(run);
    // After an honorific the name is the first stretch: "Nguyễn Văn An Bí thư …".
    let stopAt = nameSyllables ? -1 : words.findIndex((w) => !isNameSyllable(w));
    if (stopAt >= 2 && stopAt === words.length - 1 && endsInGivenName(text, matchEnd)) stopAt = -1;
    if (stopAt >= 0) words = words.slice(0, stopAt);
    // A position written without a separator may open with a word that names can hold too
    // ("ông Đặng Văn Hòa Trưởng thôn 3"): from the third word on, a position that runs on past
    // the capitals ends the name.
    if (!nameSyllables && words.length >= 3) {
      const runEnd = runStart + run.length;
      for (let k = 2, at = runStart + words[0]!.length + 1 + words[1]!.length + 1; k < words.length; at += words[k]!.length + 1, k++) {
        const role = readRole(text, at, region.end);
        if (role && role.end > runEnd) {
          words = words.slice(0, k);
          break;
        }
      }
    }
    if (words.length < 2) continue;
    const placed = runStart > matchStart + (lead ? lead[0].length : 0);
    // The text before the name: what was before the run unless a place was cut off its front.
    const near = placed ? text.slice(Math.max(region.start, runStart - 30), runStart) : before;
    const nearWord = placed ? lastWord(near) : beforeWord;
    const afterAdmin = placed || (isTail(nearWord, ADMIN_TAILS) && ADMIN_BEFORE.test(near));
    const k = nameInRun(words, afterAdmin, strong);
    if (k === null) continue;
    const nameWords = words.slice(k);
    const name = nameWords.join(" ");
    // "phường Nguyễn Du" is a place; so is "Chủ tịch UBND phường Hoàng Văn Thụ", but three
    // syllables after a position's commune are its holder: "Chủ tịch UBND xã Trần Văn Tú".
    const communeHolder = nameWords.length >= 3 && COMMUNE_UNIT_AT_END.test(near) && COMMUNE_OF_POSITION.test(near) && !NAMESAKE_PLACES.has(name);
    if (!strong && k === 0 && !placed && !communeHolder && isTail(nearWord, PLACE_TAILS) && PLACE_BEFORE.test(near)) continue;
    const nameStart = runStart + (k ? words.slice(0, k).join(" ").length + 1 : 0);
    const nameEnd = nameStart + name.length;
    if (NOT_OFFICIALS.has(name) || (!strong && nameWords.length === 2 && PROVINCES.has(foldSpelling(name)))) continue;
    const after = rolesAfter(text, nameEnd, region.end);
    let roles = after.roles;
    let rolesEnd = after.end;
    // Two syllables right after a committee or unit word are its place: "Bí thư Quận ủy Hoàng Mai".
    // (No place opens with a minority name's prefix: "Phó Trưởng ban Dân tộc tỉnh H'Bla Êban".)
    const placeLike = !strong && k === 0 && nameWords.length === 2 && afterAdmin && !placed && !MINORITY_PREFIXED.test(nameWords[0]!);
    // "Bí thư Huyện ủy A, Chủ tịch UBND huyện B": the position right before the next name is that person's.
    if (roles.length && nameFollows(text, after.end, region.end)) {
      // After a place ("Bí thư Quận ủy Thạch Vân, …, Trưởng Ban Tuyên giáo Bùi Thu Toàn") they all are.
      if (placeLike) continue;
      roles = roles.slice(0, -1);
      rolesEnd = after.starts.at(-1)!;
    }
    if (roles.length) rolesUntil = rolesEnd;
    // Positions before a name are read after the previous person's name and roles, never across them.
    const floor = Math.max(region.start, previousEnd);
    // "Giám đốc Trường Chính trị Trần Phú", "Bí thư Chi bộ Khu phố Lê Lợi": two syllables that
    // end an organization's name are its namesake, not a person named with a position.
    if (!roles.length && !strong && nameWords.length === 2 && ORG_NAMED_BEFORE.test(text.slice(Math.max(floor, nameStart - 40), nameStart))) continue;
    let positionsBefore: string[] = [];
    if (!roles.length && !strong && !placeLike) roles = positionsBefore = rolesBefore(text, floor, nameStart);
    if (!roles.length && !placeLike) roles = sharedRole(text, region.start, nameStart);
    // "các Phó Bí thư Tỉnh ủy Vũ Đức Hòa và Hà Văn Tú": the next names of the list share the position.
    const join = listed && nameStart - listed.end <= 6 ? text.slice(listed.end, nameStart) : "";
    if (!roles.length && !placeLike && listed && LIST_JOIN.test(join) && (!listed.commaFirst || join.includes(","))) roles = listed.roles;
    // "Giám đốc Sở Nội vụ, ông Trần Văn Bình": the position before the honorific.
    if (!roles.length && strong && honorific) roles = rolesBefore(text, floor, honorificAt, true);
    // "miễn nhiệm chức danh Phó Chủ tịch UBND thành phố đối với ông Đoàn Văn Tâm": the position the person is relieved of or given.
    if (!roles.length && strong && honorific) {
      const forPerson = FOR_PERSON.exec(text.slice(Math.max(floor, honorificAt - 12), honorificAt));
      if (forPerson) roles = rolesBefore(text, floor, honorificAt - forPerson[0].length + 1);
    }
    if (!roles.length && strong && honorific && MILITARY_RANK.test(honorific[0])) roles = [MILITARY_RANK.exec(honorific[0])![0]];
    if (!roles.length && !strong) continue;
    hits.push({ name, roles, mention: { start: nameStart, end: nameEnd, text: name } });
    previousEnd = Math.max(nameEnd, rolesUntil);
    // A position in the plural opens a list. So does a deputy's, held by several, when a comma
    // follows the first name: "Phó Chủ tịch UBND tỉnh Lê Ngọc Hải, Vương Thị Thanh Nga" (not
    // "Phó Bí thư Tỉnh ủy Kiều Văn Nam và Tạ Thị Lan", which may name someone with him).
    if (positionsBefore.length && pluralBefore(text, floor, nameStart, positionsBefore[0]!)) listed = { roles: positionsBefore, end: nameEnd, commaFirst: false };
    else if (positionsBefore.length === 1 && DEPUTY.test(positionsBefore[0]!)) listed = { roles: positionsBefore, end: nameEnd, commaFirst: true };
    else if (listed && roles === listed.roles) {
      listed.end = nameEnd;
      listed.commaFirst = false;
    } else listed = null;
  }
  return hits;
}

const fold = (s: string) => (singleSpaced(s) ? s.toLowerCase() : s.toLowerCase().replace(/\s+/gu, " ").trim());

/** True when the only white space in `s` is single " " between words: then {@link fold} is lower case alone. */
function singleSpaced(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 32) return false;
    } else if (unitClass(c) & SPACE) return false;
  }
  return true;
}
/** A name's key, as {@link fold} gives it: a name is syllables joined by single spaces, so lower case is all it needs. */
const nameKey = (name: string) => name.toLowerCase();

/**
 * A line that is one position and nothing else, as written; null for any other line. With
 * `headOnly`, only a position's title itself ("CHÁNH VĂN PHÒNG", "PHÓ BÍ THƯ"; not "TRƯỞNG
 * GIANG", a name after a title's word); else a whole position ("PHÓ BÍ THƯ THƯỜNG TRỰC").
 * A signature block names its signer under one.
 */
export function positionLine(line: string, headOnly: boolean): string | null {
  const trimmed = line.trim();
  if (headOnly) {
    const head = ROLE_START.exec(trimmed);
    return head && head[0].length === trimmed.length ? trimmed : null;
  }
  const role = readRole(trimmed, 0, trimmed.length);
  return role && role.end === trimmed.length ? role.role : null;
}

/** A document's signer: the name under the position signed as (see `segmentParagraphs`). */
export interface Signer {
  name: string;
  role: string;
  mention: Span;
}

/** `officials` with each signer added: as a new official, or the position and mention added to the same person's. */
export function withSigners(officials: Official[], signers: readonly Signer[]): Official[] {
  for (const signer of signers) {
    const same = officials.find((o) => nameKey(o.name) === nameKey(signer.name));
    if (!same) {
      officials.push({ name: signer.name, roles: [signer.role], mentions: [signer.mention] });
      continue;
    }
    if (!same.roles.some((r) => fold(r) === fold(signer.role))) same.roles.push(signer.role);
    if (!same.mentions.some((m) => m.start === signer.mention.start)) same.mentions.push(signer.mention);
  }
  return officials;
}

/**
 * Finds every official named in the regions of `text`, one entry per person.
 *
 * @example findOfficials("Đồng chí Nguyễn Văn Nam - Bí thư Quận ủy phát biểu.", [{ start: 0, end: 52, text: "" }])
 * // [{ name: "Nguyễn Văn Nam", roles: ["Bí thư Quận ủy"], mentions: [...] }]
 */
export function findOfficials(text: string, regions: readonly Span[]): Official[] {
  let hits = findPeople(text, regions);
  // A person whose birth or death the article commemorates is a subject of its history, no
  // official of it: "Kỷ niệm 110 năm Ngày sinh Đại tướng Võ Nguyên Giáp".
  const commemorated = new Set<string>();
  if (COMMEMORATION_ANYWHERE.test(text)) {
    for (const h of hits) if (COMMEMORATED.test(text.slice(Math.max(0, h.mention.start - 70), h.mention.start))) commemorated.add(nameKey(h.name));
  }
  if (commemorated.size) hits = hits.filter((h) => !commemorated.has(nameKey(h.name)));
  if (hits.length && text.includes("ác đồng chí")) hits = shareRolesUpPluralList(text, hits);
  const people = new Map<string, { official: Official; roleKeys: Set<string> }>();
  const keys = hits.map((h) => nameKey(h.name));
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (!h.roles.length) continue;
    if (!people.has(keys[i]!)) people.set(keys[i]!, { official: { name: h.name, roles: [], mentions: [] }, roleKeys: new Set() });
  }
  // The same roles come back with every mention: each folded once.
  const roleKeys = new Map<string, string>();
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const p = people.get(keys[i]!);
    if (!p) continue;
    p.official.mentions.push(h.mention);
    for (const r of h.roles) {
      let k = roleKeys.get(r);
      if (k === undefined) roleKeys.set(r, (k = fold(r)));
      if (p.roleKeys.has(k)) continue;
      p.roleKeys.add(k);
      p.official.roles.push(r);
    }
  }
  // Later mentions by given name alone: "ông Nam" is the one official whose name ends so.
  const byGiven = new Map<string, Official[]>();
  for (const { official } of people.values()) {
    const given = official.name.slice(official.name.lastIndexOf(" ") + 1);
    const same = byGiven.get(given);
    if (same) same.push(official);
    else byGiven.set(given, [official]);
  }
  if (byGiven.size) {
    const index = new RegionIndex(regions);
    for (const [given, matches] of byGiven) {
      if (matches.length !== 1 || !GIVEN_WORD.test(given)) continue;
      const p = matches[0]!;
      for (let start = text.indexOf(given); start !== -1; start = text.indexOf(given, start + 1)) {
        if (!givenNameAt(text, start, given.length, index)) continue;
        if (!p.mentions.some((x) => x.start <= start && start < x.end)) p.mentions.push({ start, end: start + given.length, text: given });
      }
    }
  }
  const out = [...people.values()].map((p) => p.official);
  for (const p of out) p.mentions.sort((a, b) => a.start - b.start);
  return out;
}
